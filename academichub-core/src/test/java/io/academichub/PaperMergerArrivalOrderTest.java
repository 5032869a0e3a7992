package io.academichub;

import io.academichub.model.AnnounceType;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
import io.academichub.testing.InMemorySource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One work arriving as several records merges into one paper whatever order the records arrive in, also when two of
 * the records name no id in common and only the group as a whole proves they are one work.
 */
class PaperMergerArrivalOrderTest {

    private static final PaperId ARXIV = PaperId.arxiv("2606.20005");
    private static final PaperId PMID = PaperId.pmid("40000001");
    private static final PaperId DOI = PaperId.doi("10.1038/s41586-026-00001-x");

    private static Paper record(PaperId id, String source, LocalDate published, int version, PaperId... sameAs) {
        return Paper.builder(id).source(source).title("Record " + id + " v" + version).published(published)
                .version(version).url(URI.create("https://example.org/" + id.value()))
                .categories(List.of(source + "-" + id.value()))
                .sameAs(List.of(sameAs)).build();
    }

    /** The three records from the issue: arXiv, PubMed naming the DOI, the journal naming the arXiv id. */
    private static List<Paper> issueGroup() {
        return List.of(record(ARXIV, "arxiv", LocalDate.of(2026, 6, 19), 1),
                record(PMID, "pubmed", LocalDate.of(2026, 9, 3), 1, DOI),
                record(DOI, "nature", LocalDate.of(2026, 9, 1), 1, ARXIV));
    }

    @Test
    void everyArrivalOrderOfTheThreeRecordsGivesOnePaperUnderTheArxivId() {
        List<List<Paper>> orders = permutations(issueGroup());
        assertThat(orders).hasSize(6);
        for (List<Paper> order : orders) {
            PaperMerger.Result result = PaperMerger.mergeAndReport(order);

            assertThat(result.warnings()).as("order %s", ids(order)).isEmpty();
            assertThat(result.papers()).as("order %s", ids(order)).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(ARXIV);
                assertThat(p.sameAs()).containsExactlyInAnyOrder(PMID, DOI);
                assertThat(p.published()).isEqualTo(LocalDate.of(2026, 6, 19));
                assertThat(p.categories()).containsExactlyInAnyOrder("arxiv-2606.20005", "pubmed-40000001",
                        "nature-10.1038/s41586-026-00001-x");
            });
            assertThat(result.merges()).singleElement().satisfies(m ->
                    assertThat(m.merged()).containsExactlyElementsOf(ids(order)));
        }
    }

    @Test
    void everyArrivalOrderAcrossSourcesFetchesOnePaper() {
        for (List<Paper> order : permutations(issueGroup())) {
            AcademicHub.Builder hub = AcademicHub.builder();
            for (Paper p : order) {
                hub.source(InMemorySource.of(p.source(), p));
            }

            FetchSummary summary = hub.build().fetch(FetchRequest.latest());

            assertThat(summary.papers()).extracting(Paper::id).as("order %s", ids(order)).containsExactly(ARXIV);
            assertThat(summary.warnings()).isEmpty();
            assertThat(summary.allSucceeded()).isTrue();
        }
    }

    /**
     * Random groups of up to six records, each record linked to an earlier one of its group in a random direction
     * (one names the other, or both name a DOI that is no record's id), some arXiv records repeated in another
     * version; every group merges into one paper, and what identifies the paper (its id, its other ids, its dates,
     * its version) does not depend on the order of arrival.
     */
    @Test
    void randomGroupsMergeTheSameWayInEveryArrivalOrder() {
        Random random = new Random(20261201L);
        for (int trial = 0; trial < 300; trial++) {
            List<List<Paper>> groups = new ArrayList<>();
            int groupCount = 1 + random.nextInt(4);
            for (int g = 0; g < groupCount; g++) {
                groups.add(randomGroup(random, trial, g));
            }
            List<Paper> all = new ArrayList<>();
            groups.forEach(all::addAll);

            List<String> firstOutcome = null;
            for (int shuffle = 0; shuffle < 8; shuffle++) {
                Collections.shuffle(all, random);
                PaperMerger.Result result = PaperMerger.mergeAndReport(all);

                assertThat(result.warnings()).isEmpty();
                assertThat(result.papers()).as("trial %d, order %s", trial, ids(all)).hasSize(groupCount);
                assertThat(result.merges()).hasSize((int) groups.stream().filter(gr -> gr.size() > 1).count());
                // one paper per group, holding every id its records named, in order of first appearance
                List<Set<PaperId>> expectedOrder = groupsInOrderOfFirstAppearance(all, groups);
                List<String> outcome = new ArrayList<>();
                for (int i = 0; i < groupCount; i++) {
                    Paper p = result.papers().get(i);
                    Set<PaperId> named = new TreeSet<>(p.sameAs());
                    named.add(p.id());
                    assertThat(named).as("trial %d, order %s", trial, ids(all)).isEqualTo(expectedOrder.get(i));
                    outcome.add(p.id() + " " + new TreeSet<>(p.sameAs()) + " " + p.published() + " " + p.updated()
                            + " v" + p.version() + " " + p.announceType() + " " + new TreeSet<>(p.categories()));
                }
                Collections.sort(outcome);
                if (firstOutcome == null) {
                    firstOutcome = outcome;
                } else {
                    assertThat(outcome).as("trial %d, order %s", trial, ids(all)).isEqualTo(firstOutcome);
                }
            }
        }
    }

    @Test
    void aGroupThatCannotBeMergedKeepsItsRecordsAndSaysSo() {
        Paper other = record(PaperId.arxiv("2606.00001"), "arxiv", LocalDate.of(2026, 6, 19), 1);
        List<Paper> records = new ArrayList<>(issueGroup());
        records.add(1, other);
        records.add(other.toBuilder().version(2).build());

        PaperMerger.Result result = PaperMerger.mergeAndReport(records, group -> {
            if (group.get(0).id().equals(ARXIV)) {
                throw new IllegalStateException("broken merge");
            }
            return PaperMerger.merge(group).get(0);
        });

        // the failed group's three records stay, unmerged; the other group is still merged
        assertThat(result.papers()).extracting(Paper::id).containsExactly(ARXIV, PMID, DOI, other.id());
        assertThat(result.merges()).singleElement().satisfies(m -> assertThat(m.id()).isEqualTo(other.id()));
        assertThat(result.warnings()).containsExactly("could not merge [arxiv:2606.20005 (arxiv), pmid:40000001 "
                + "(pubmed), doi:10.1038/s41586-026-00001-x (nature)], kept them as separate papers: "
                + "java.lang.IllegalStateException: broken merge");
    }

    private static List<Paper> randomGroup(Random random, int trial, int g) {
        int size = 1 + random.nextInt(6);
        List<Paper> group = new ArrayList<>(size);
        for (int r = 0; r < size; r++) {
            // few dates, so ties happen, and some unknown
            LocalDate published = random.nextInt(6) == 0 ? null : LocalDate.of(2026, 6, 1 + random.nextInt(3));
            PaperId id;
            int kind = random.nextInt(4);
            if (kind == 3 && r > 0) {
                // the same arXiv paper again, in another version: linked by its id alone
                Paper earlier = group.get(random.nextInt(r));
                if (earlier.id().scheme().equals(PaperId.ARXIV)) {
                    group.add(earlier.toBuilder().version(1 + random.nextInt(3)).published(published)
                            .announceType(AnnounceType.values()[random.nextInt(AnnounceType.values().length)])
                            .build());
                    continue;
                }
                kind = 0;
            }
            id = switch (kind) {
                case 0 -> PaperId.arxiv(String.format("26%02d.%05d", 1 + g, trial * 10 + r));
                case 1 -> PaperId.doi("10.1000/t" + trial + ".g" + g + ".r" + r);
                default -> PaperId.pmid(String.valueOf(100000 + trial * 100 + g * 10 + r));
            };
            Paper p = record(id, "s" + r, published, 1);
            if (r > 0) {
                int j = random.nextInt(r);
                Paper earlier = group.get(j);
                switch (random.nextInt(3)) {
                    case 0 -> p = p.toBuilder().addSameAs(earlier.id()).build();
                    case 1 -> group.set(j, earlier.toBuilder().addSameAs(p.id()).build());
                    default -> {
                        PaperId shared = PaperId.doi("10.2000/t" + trial + ".g" + g + ".r" + r);
                        p = p.toBuilder().addSameAs(shared).build();
                        group.set(j, earlier.toBuilder().addSameAs(shared).build());
                    }
                }
            }
            group.add(p);
        }
        return group;
    }

    private static List<Set<PaperId>> groupsInOrderOfFirstAppearance(List<Paper> arrival, List<List<Paper>> groups) {
        List<Set<PaperId>> named = new ArrayList<>();
        for (List<Paper> group : groups) {
            Set<PaperId> ids = new TreeSet<>();
            group.forEach(p -> {
                ids.add(p.id());
                ids.addAll(p.sameAs());
            });
            named.add(ids);
        }
        LinkedHashSet<Set<PaperId>> ordered = new LinkedHashSet<>();
        for (Paper p : arrival) {
            named.stream().filter(ids -> ids.contains(p.id())).findFirst().ifPresent(ordered::add);
        }
        return new ArrayList<>(ordered);
    }

    private static List<PaperId> ids(List<Paper> papers) {
        return papers.stream().map(Paper::id).toList();
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
