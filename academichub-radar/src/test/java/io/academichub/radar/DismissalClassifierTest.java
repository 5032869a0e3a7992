package io.academichub.radar;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.store.InMemoryPaperStore;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-profile dismissal classifier ({@link DismissalModel#CLASSIFIER}, the default) on the real arXiv day of
 * 2024-11-28, with a profile like the judged quantum-error-correction one of the benchmarks.
 */
class DismissalClassifierTest {

    private static final List<Paper> DAY = RealDay.papers();
    /** Off topic for the profile, listed by it through its cs.AR category and the word "error". */
    private static final PaperId FPGA_ACCELERATOR = PaperId.arxiv("2411.18148");
    private static final PaperId NEAR_DUPLICATE = PaperId.doi("10.5555/fpga-transformer-accelerator");

    private static Profile qec() {
        return Profile.builder("qec")
                .interest("codes", "\"surface code\" OR qLDPC OR \"logical qubit\" OR \"error correction\" OR \"fault tolerant\"", 1)
                .interest("decoders", "(decoder OR syndrome) AND (quantum OR qubit)", 0.8)
                .categories("quant-ph", "cs.AR", "cs.ET")
                .seeds("2411.18090", "2406.17995")
                .build();
    }

    /**
     * The day with a near-duplicate of the FPGA accelerator paper added: its title and abstract with the last
     * sentence dropped, under another id and with no link to it (CONSTRUCTED from the real record, as a
     * conference version posted without naming its preprint would arrive).
     */
    private static List<Paper> dayWithNearDuplicate() {
        Paper original = DAY.stream().filter(p -> p.id().equals(FPGA_ACCELERATOR)).findFirst().orElseThrow();
        String text = original.abstractText();
        Paper copy = Paper.builder(NEAR_DUPLICATE).title(original.title()).authors(original.authors())
                .abstractText(text.substring(0, text.lastIndexOf(". ", text.length() - 2) + 1))
                .source("crossref").categories(original.categories()).published(original.published())
                .url(URI.create("https://doi.org/" + NEAR_DUPLICATE.value())).build();
        List<Paper> day = new ArrayList<>(DAY);
        day.add(copy);
        return day;
    }

    private static int position(List<Match> matches, PaperId id) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).paper().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Match> matchOf(List<Match> matches, PaperId id) {
        int at = position(matches, id);
        return at < 0 ? Optional.empty() : Optional.of(matches.get(at));
    }

    @Test
    void dismissingAnOffTopicPaperPushesItsNearDuplicateDownAndLeavesTheTopInPlace() {
        List<Paper> day = dayWithNearDuplicate();
        Radar radar = Radar.builder().build();
        List<Match> before = radar.rank(qec(), day);

        radar.dismiss(qec(), FPGA_ACCELERATOR);
        List<Match> after = radar.rank(qec(), day);

        Match was = matchOf(before, NEAR_DUPLICATE).orElseThrow();
        Match is = matchOf(after, NEAR_DUPLICATE).orElseThrow();
        assertThat(is.score()).isLessThan(was.score() * 0.6);
        assertThat(position(after, NEAR_DUPLICATE)).isGreaterThan(position(before, NEAR_DUPLICATE) + 10);
        // the papers on the topic keep their places and scores: nothing of theirs is like the dismissed paper
        List<Match> topBefore = before.subList(0, 6);
        assertThat(after.subList(0, 6)).isEqualTo(topBefore);
        assertThat(topBefore).allSatisfy(m -> assertThat(m.reasons()).noneMatch(r -> r.kind() == Reason.Kind.FEEDBACK));
    }

    @Test
    void theReasonNamesTheDismissedPaperAndTheWordsThatWeighed() {
        Radar radar = Radar.builder().build();
        radar.dismiss(qec(), FPGA_ACCELERATOR);

        Match lowered = matchOf(radar.rank(qec(), dayWithNearDuplicate()), NEAR_DUPLICATE).orElseThrow();

        Reason feedback = lowered.reasons().stream().filter(r -> r.kind() == Reason.Kind.FEEDBACK).findFirst()
                .orElseThrow();
        assertThat(feedback.text()).matches("lowered (\\d+)% by your feedback: like the paper you dismissed, "
                + "'A Runtime-Adaptive Transformer Neural Network Accelerator on FPGAs' \\(arxiv:2411.18148\\) "
                + "\\(terms: [a-z]+(, [a-z]+){4}\\)");
        assertThat(feedback.text()).contains("fpgas");
        assertThat(feedback.contribution()).isNegative();
        // the percentage is the contribution, rounded
        assertThat(feedback.text()).startsWith("lowered " + Math.round(-feedback.contribution() * 100) + "%");
        Reason score = lowered.reasons().get(lowered.reasons().size() - 1);
        assertThat(score.text()).contains("resemblance to dismissed papers");
    }

    @Test
    void theSameFeedbackGivesTheSameRankingEveryTime() {
        List<Paper> day = dayWithNearDuplicate();
        List<String> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Radar radar = Radar.builder().store(new InMemoryPaperStore()).build();
            radar.dismiss(qec(), FPGA_ACCELERATOR);
            radar.dismiss(qec(), PaperId.arxiv("2411.18354"));
            runs.add(json(radar.rank(qec(), day)));
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
        assertThat(runs.get(0)).contains("by your feedback");
    }

    @Test
    void theDismissedPaperItselfIsSaidToBeDismissed() {
        Radar radar = Radar.builder().build();
        radar.dismiss(qec(), FPGA_ACCELERATOR);

        Match itself = matchOf(radar.rank(qec(), DAY), FPGA_ACCELERATOR).orElseThrow();

        assertThat(itself.reasons()).filteredOn(r -> r.kind() == Reason.Kind.FEEDBACK).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("lowered 60% by your feedback: you dismissed this paper"));
    }

    @Test
    void withoutDismissalsBothModelsRankByteForByteAlike() {
        Radar classifier = Radar.builder().dismissalModel(DismissalModel.CLASSIFIER).build();
        Radar nearest = Radar.builder().dismissalModel(DismissalModel.NEAREST_DISMISSED).build();
        classifier.like(qec(), PaperId.arxiv("2411.18287"));
        nearest.like(qec(), PaperId.arxiv("2411.18287"));

        String a = json(classifier.rank(qec(), DAY));
        String b = json(nearest.rank(qec(), DAY));

        assertThat(a).isEqualTo(b).doesNotContain("\"kind\":\"feedback\"");
    }

    private static String json(List<Match> matches) {
        StringWriter out = new StringWriter();
        for (Match m : matches) {
            out.write(MatchJson.toJson(m));
            out.write('\n');
        }
        return out.toString();
    }
}
