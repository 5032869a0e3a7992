package io.academichub.radar;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.store.Feedback;
import io.academichub.store.InMemoryPaperStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Likes join the seeds, dismissals push similar papers down; both through the store, on the real arXiv day. */
class FeedbackTest {

    private static final List<Paper> DAY = RealDay.papers();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-28T12:00:00Z"), ZoneOffset.UTC);

    private static Optional<Match> matchOf(List<Match> matches, String arxivId) {
        return matches.stream().filter(m -> m.paper().id().equals(PaperId.arxiv(arxivId))).findFirst();
    }

    @Test
    void theNearestDismissedModelPushesSimilarPapersDownAndSaysSo() {
        Profile profile = Profile.builder("qec").interest("qec", "\"error correction\" OR decoder", 1).build();
        InMemoryPaperStore store = new InMemoryPaperStore();
        Radar radar = Radar.builder().store(store).clock(CLOCK).dismissalModel(DismissalModel.NEAREST_DISMISSED)
                .build();
        Match before = matchOf(radar.rank(profile, DAY), "2406.17995").orElseThrow();

        radar.dismiss(profile, PaperId.arxiv("2411.18090")); // the CIM surface-code decoder paper
        Match after = matchOf(radar.rank(profile, DAY), "2406.17995").orElseThrow();

        assertThat(store.feedback("qec")).containsExactly(
                new Feedback(PaperId.arxiv("2411.18090"), Feedback.Verdict.DISMISS, CLOCK.instant()));
        assertThat(after.score()).isLessThan(before.score());
        Reason lowered = after.reasons().stream().filter(r -> r.kind() == Reason.Kind.FEEDBACK).findFirst().orElseThrow();
        assertThat(lowered.contribution()).isNegative();
        assertThat(lowered.text()).matches("lowered \\d+%: resembles 'CIM-Based Parallel Fully FFNN Surface Code "
                + "High-Level Decoder for Quantum Error Correction' \\(arxiv:2411.18090\\), which you dismissed through .+");
        assertThat(before.reasons()).noneMatch(r -> r.kind() == Reason.Kind.FEEDBACK);
    }

    @Test
    void aLikedPaperJoinsTheSeeds() {
        Profile profile = Profile.builder("qec").interest("nv", "title:\"nitrogen vacancy\"", 1).build();
        Radar radar = Radar.builder().store(new InMemoryPaperStore()).clock(CLOCK).build();
        assertThat(matchOf(radar.rank(profile, DAY), "2406.17995")).isEmpty();

        radar.like(profile, PaperId.arxiv("2411.18090"));
        List<Match> after = radar.rank(profile, DAY);

        Match similar = matchOf(after, "2406.17995").orElseThrow();
        assertThat(similar.reasons().get(0).kind()).isEqualTo(Reason.Kind.SEED);
        assertThat(similar.reasons().get(0).text()).startsWith("similar to liked paper 'CIM-Based Parallel Fully FFNN");
    }

    @Test
    void feedbackOnAPaperShownEarlierIsFoundInTheStore() {
        // Day one shows the paper; day two no longer holds it, but the store does.
        Profile profile = Profile.builder("qec").interest("qec", "\"error correction\" OR decoder", 1).build();
        InMemoryPaperStore store = new InMemoryPaperStore();
        Radar radar = Radar.builder().store(store).clock(CLOCK).dismissalModel(DismissalModel.NEAREST_DISMISSED)
                .build();
        radar.scan(profile, DAY);
        radar.dismiss(profile, PaperId.arxiv("2411.18090"));
        List<Paper> dayTwo = DAY.stream().filter(p -> !p.id().equals(PaperId.arxiv("2411.18090"))).toList();

        List<Match> matches = radar.rank(profile, dayTwo);

        assertThat(matchOf(matches, "2406.17995").orElseThrow().reasons())
                .anySatisfy(r -> assertThat(r.kind()).isEqualTo(Reason.Kind.FEEDBACK));
    }
}
