package io.academichub.testing;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.store.Feedback;
import io.academichub.store.Feedback.Verdict;
import io.academichub.store.PaperStore;
import io.academichub.store.PaperStore.Novelty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract every {@link PaperStore} keeps, as JUnit 5 tests a store's test class inherits by implementing this
 * interface (as {@link SourceContract} does for sources). The test class says how to make a fresh, empty store;
 * each check opens its own and closes it.
 *
 * <pre>{@code
 * class H2PaperStoreContractTest implements PaperStoreContract {
 *     @TempDir Path dir;
 *     public PaperStore newStore() { return JdbcPaperStore.openH2(dir.resolve("s" + counter++)); }
 * }
 * }</pre>
 */
public interface PaperStoreContract {

    /** A new, empty store; each call returns a store that shares nothing with the ones made before. */
    PaperStore newStore();

    /**
     * Papers for the bulk checks: distinct ids, each valid. By default a few made-up ones; a store's test should give
     * real recorded papers (long abstracts, non-ASCII names, odd ids) so the round trip meets real content.
     */
    default List<Paper> papers() {
        List<Paper> papers = new ArrayList<>();
        papers.add(SamplePapers.fullArxiv());
        for (int i = 1; i <= 20; i++) {
            papers.add(SamplePapers.minimalArxiv(String.format("2606.%05d", 30000 + i)).build());
        }
        return papers;
    }

    @Test
    default void aFreshStoreHasShownNothing() {
        try (PaperStore store = newStore()) {
            List<Paper> papers = papers();
            Map<PaperId, Novelty> novelty = store.novelty("p", papers);
            assertThat(novelty.keySet()).containsExactlyElementsOf(papers.stream().map(Paper::id).toList());
            assertThat(novelty.values()).containsOnly(Novelty.NEW);
            assertThat(store.feedback("p")).isEmpty();
            assertThat(store.paper(papers.get(0).id())).isEmpty();
            assertThat(store.novelty("p", List.of())).isEmpty();
        }
    }

    @Test
    default void shownPapersAreSeenAfterwardsAndTheirContentIsKeptExactly() {
        try (PaperStore store = newStore()) {
            List<Paper> papers = papers();
            List<Paper> firstHalf = papers.subList(0, papers.size() / 2);
            store.recordShown("p", firstHalf);

            Map<PaperId, Novelty> novelty = store.novelty("p", papers);
            for (int i = 0; i < papers.size(); i++) {
                assertThat(novelty.get(papers.get(i).id())).as(papers.get(i).id().toString())
                        .isEqualTo(i < firstHalf.size() ? Novelty.SEEN : Novelty.NEW);
            }
            for (Paper p : firstHalf.subList(0, Math.min(20, firstHalf.size()))) { // all of them: the bulk check
                assertThat(store.paper(p.id())).as(p.id().toString()).contains(p);
            }
            assertThat(store.paper(papers.get(papers.size() - 1).id())).isEmpty();
        }
    }

    @Test
    default void aNewerVersionIsUpdatedOnceAndAnOlderOneChangesNothing() {
        try (PaperStore store = newStore()) {
            Paper v1 = SamplePapers.minimalArxiv("2606.20005").version(1).title("First version").build();
            Paper v2 = v1.toBuilder().version(2).title("Second version").build();
            store.recordShown("p", List.of(v1));

            assertThat(store.novelty("p", List.of(v2))).containsExactly(Map.entry(v1.id(), Novelty.UPDATED));
            store.recordShown("p", List.of(v2));
            assertThat(store.novelty("p", List.of(v2))).containsExactly(Map.entry(v1.id(), Novelty.SEEN));
            assertThat(store.novelty("p", List.of(v1))).containsExactly(Map.entry(v1.id(), Novelty.SEEN));
            assertThat(store.paper(v1.id())).contains(v2);

            store.recordShown("p", List.of(v1)); // an older version again: nothing changes
            assertThat(store.novelty("p", List.of(v2))).containsExactly(Map.entry(v1.id(), Novelty.SEEN));
            assertThat(store.paper(v1.id())).contains(v2);
        }
    }

    @Test
    default void profilesAreIndependent() {
        try (PaperStore store = newStore()) {
            Paper paper = SamplePapers.fullArxiv();
            store.recordShown("quantum", List.of(paper));
            store.recordFeedback("quantum", new Feedback(paper.id(), Verdict.LIKE, Instant.parse("2026-06-20T10:00:00Z")));

            assertThat(store.novelty("quantum", List.of(paper)).get(paper.id())).isEqualTo(Novelty.SEEN);
            assertThat(store.novelty("biology", List.of(paper)).get(paper.id())).isEqualTo(Novelty.NEW);
            assertThat(store.feedback("biology")).isEmpty();
            // the content is shared: feedback from any profile finds it
            assertThat(store.paper(paper.id())).contains(paper);
        }
    }

    @Test
    default void aPaperIsFoundByEachOfItsSameAsIds() {
        try (PaperStore store = newStore()) {
            Paper paper = SamplePapers.fullArxiv();
            store.recordShown("p", List.of(paper));
            assertThat(paper.sameAs()).isNotEmpty();
            for (PaperId other : paper.sameAs()) {
                assertThat(store.paper(other)).as(other.toString()).contains(paper);
            }
            assertThat(store.paper(PaperId.doi("10.1000/not-stored"))).isEmpty();
        }
    }

    @Test
    default void aNewerVersionReplacesTheSameAsIdsOfTheOlder() {
        try (PaperStore store = newStore()) {
            Paper v1 = SamplePapers.minimalArxiv("2606.20005").version(1)
                    .sameAs(List.of(PaperId.doi("10.1000/preprint-doi"))).build();
            Paper v2 = v1.toBuilder().version(2).sameAs(List.of(PaperId.doi("10.1000/journal-doi"))).build();
            store.recordShown("p", List.of(v1));
            store.recordShown("p", List.of(v2));
            assertThat(store.paper(PaperId.doi("10.1000/journal-doi"))).contains(v2);
            assertThat(store.paper(PaperId.doi("10.1000/preprint-doi"))).isEmpty();
        }
    }

    @Test
    default void feedbackIsKeptOldestFirstAndALaterVerdictReplacesTheEarlier() {
        try (PaperStore store = newStore()) {
            PaperId a = PaperId.arxiv("2606.20005");
            PaperId b = PaperId.doi("10.1101/2026.06.16.123456");
            PaperId neverShown = PaperId.pmid("27797938");
            Feedback likeA = new Feedback(a, Verdict.LIKE, Instant.parse("2026-06-20T10:00:00.123456Z"));
            Feedback dismissB = new Feedback(b, Verdict.DISMISS, Instant.parse("2026-06-20T10:01:00Z"));
            Feedback likeNeverShown = new Feedback(neverShown, Verdict.LIKE, Instant.parse("2026-06-20T10:02:00Z"));
            Feedback dismissA = new Feedback(a, Verdict.DISMISS, Instant.parse("2026-06-21T09:00:00Z"));

            store.recordFeedback("p", likeA);
            store.recordFeedback("p", dismissB);
            store.recordFeedback("p", likeNeverShown);
            assertThat(store.feedback("p")).containsExactly(likeA, dismissB, likeNeverShown);

            store.recordFeedback("p", dismissA);
            assertThat(store.feedback("p")).containsExactly(dismissB, likeNeverShown, dismissA);
            assertThat(store.feedback("other")).isEmpty();
        }
    }

    @Test
    default void everyPaperRoundTripsInBulk() {
        try (PaperStore store = newStore()) {
            List<Paper> papers = papers();
            store.recordShown("bulk", papers);
            Map<PaperId, Novelty> expected = new LinkedHashMap<>();
            papers.forEach(p -> expected.put(p.id(), Novelty.SEEN));
            assertThat(store.novelty("bulk", papers)).containsExactlyEntriesOf(expected);
            for (Paper p : papers) {
                assertThat(store.paper(p.id())).as(p.id().toString()).contains(p);
            }
            store.recordShown("bulk", papers); // showing the same again changes nothing
            assertThat(store.novelty("bulk", papers)).containsExactlyEntriesOf(expected);
        }
    }

    @Test
    default void aClosedStoreRefusesEveryCall() {
        PaperStore store = newStore();
        store.close();
        Paper paper = SamplePapers.fullArxiv();
        assertThatThrownBy(() -> store.novelty("p", List.of(paper))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.recordShown("p", List.of(paper))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.recordFeedback("p", new Feedback(paper.id(), Verdict.LIKE, Instant.EPOCH)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.feedback("p")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.paper(paper.id())).isInstanceOf(IllegalStateException.class);
        store.close(); // closing twice is harmless
    }
}
