package io.academichub;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.testing.SamplePapers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperMergerTest {

    /** 2606.20005 v1 as the cs.LG feed announced it (a cross-list), with little metadata. */
    private static Paper fromLgFeed() {
        return SamplePapers.minimalArxiv("2606.20005")
                .title("StreamKL v1 title")
                .authors(List.of(Author.of("José Pérez"), Author.of("Ann Lee")))
                .categories(List.of("cs.LG", "stat.ML"))
                .published(LocalDate.of(2026, 6, 17))
                .updated(Instant.parse("2026-06-17T00:00:00Z"))
                .version(1)
                .announceType(AnnounceType.CROSS)
                .journalRef("Proc. KDD 2026")
                .license("http://creativecommons.org/licenses/by/4.0/")
                .addSameAs(PaperId.doi("10.48550/arXiv.2606.20005"))
                .build();
    }

    /** 2606.20005 v2 as the cs.AI feed announced it, with affiliations and a PDF link. */
    private static Paper fromAiFeed() {
        return SamplePapers.minimalArxiv("2606.20005")
                .title("StreamKL: v2 title")
                .authors(List.of(Author.of("José Pérez", "Universidad de Chile"), new Author("Ann Lee", null, "0000-0002-1825-0097")))
                .abstractText("The v2 abstract.")
                .categories(List.of("cs.AI", "cs.LG"))
                .published(LocalDate.of(2026, 6, 19))
                .updated(Instant.parse("2026-06-19T00:00:00Z"))
                .version(2)
                .announceType(AnnounceType.REPLACE)
                .pdfUrl(URI.create("https://arxiv.org/pdf/2606.20005v2"))
                .doi("10.1145/3700000.3700001")
                .build();
    }

    @Test
    void samePaperFromTwoFeedsBecomesOne() {
        Paper merged = PaperMerger.mergeTwo(fromLgFeed(), fromAiFeed());

        assertThat(merged.version()).isEqualTo(2);
        assertThat(merged.title()).isEqualTo("StreamKL: v2 title");
        assertThat(merged.abstractText()).isEqualTo("The v2 abstract.");
        // union, the newest version's primary first
        assertThat(merged.categories()).containsExactly("cs.AI", "cs.LG", "stat.ML");
        assertThat(merged.primaryCategory()).isEqualTo("cs.AI");
        assertThat(merged.published()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(merged.updated()).isEqualTo(Instant.parse("2026-06-19T00:00:00Z"));
        assertThat(merged.announceType()).isEqualTo(AnnounceType.REPLACE);
        // richer fields filled from whichever record had them
        assertThat(merged.doi()).isEqualTo("10.1145/3700000.3700001");
        assertThat(merged.journalRef()).isEqualTo("Proc. KDD 2026");
        assertThat(merged.license()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
        assertThat(merged.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/2606.20005v2"));
        assertThat(merged.authors()).containsExactly(Author.of("José Pérez", "Universidad de Chile"),
                new Author("Ann Lee", null, "0000-0002-1825-0097"));
        assertThat(merged.sameAs()).extracting(PaperId::toString).containsExactly("doi:10.48550/arxiv.2606.20005");
    }

    @Test
    void theOrderOfArrivalDoesNotChangeTheResult() {
        assertThat(PaperMerger.mergeTwo(fromAiFeed(), fromLgFeed())).isEqualTo(PaperMerger.mergeTwo(fromLgFeed(), fromAiFeed()));
    }

    @Test
    void affiliationsComeFromTheOlderRecordWhenTheNewerLacksThem() {
        Paper older = fromLgFeed().toBuilder().authors(List.of(Author.of("José Pérez", "U. Chile"), Author.of("Ann Lee"))).build();
        Paper newer = fromAiFeed().toBuilder().authors(List.of(Author.of("José Pérez"), Author.of("Ann Lee"))).build();

        assertThat(PaperMerger.mergeTwo(older, newer).authors())
                .containsExactly(Author.of("José Pérez", "U. Chile"), Author.of("Ann Lee"));
    }

    @Test
    void differentBylinesKeepTheNewest() {
        Paper older = fromLgFeed();
        Paper newer = fromAiFeed().toBuilder().authors(List.of(Author.of("José Pérez"))).build();

        assertThat(PaperMerger.mergeTwo(older, newer).authors()).containsExactly(Author.of("José Pérez"));
        assertThat(PaperMerger.mergeTwo(older, newer.toBuilder().authors(List.of()).build()).authors())
                .isEqualTo(older.authors());
    }

    @Test
    void newInAnyFeedIsNew() {
        Paper a = fromLgFeed().toBuilder().announceType(AnnounceType.CROSS).build();
        Paper b = fromLgFeed().toBuilder().announceType(AnnounceType.NEW).title("other").build();

        assertThat(PaperMerger.mergeTwo(a, b).announceType()).isEqualTo(AnnounceType.NEW);
        assertThat(PaperMerger.mergeTwo(a.toBuilder().announceType(AnnounceType.REPLACE_CROSS).build(),
                b.toBuilder().announceType(AnnounceType.UNKNOWN).build()).announceType())
                .isEqualTo(AnnounceType.REPLACE_CROSS);
    }

    @Test
    void sameVersionKeepsTheFirstAsBase() {
        Paper first = fromLgFeed();
        Paper second = fromLgFeed().toBuilder().title("Second title").categories(List.of("math.ST")).build();

        Paper merged = PaperMerger.mergeTwo(first, second);

        assertThat(merged.title()).isEqualTo("StreamKL v1 title");
        assertThat(merged.categories()).containsExactly("cs.LG", "stat.ML", "math.ST");
    }

    @Test
    void anEmptyAbstractIsFilled() {
        Paper newer = fromAiFeed().toBuilder().abstractText("").build();
        Paper older = fromLgFeed().toBuilder().abstractText("The v1 abstract.").build();

        assertThat(PaperMerger.mergeTwo(older, newer).abstractText()).isEqualTo("The v1 abstract.");
    }

    @Test
    void mergeKeepsTheOrderOfFirstAppearance() {
        Paper x = SamplePapers.minimalArxiv("2606.00001").build();
        Paper y = SamplePapers.minimalArxiv("2606.00002").build();

        List<Paper> merged = PaperMerger.merge(List.of(x, fromLgFeed(), y, fromAiFeed(), x));

        assertThat(merged).extracting(p -> p.id().toString())
                .containsExactly("arxiv:2606.00001", "arxiv:2606.20005", "arxiv:2606.00002");
        assertThat(merged.get(1)).isEqualTo(PaperMerger.mergeTwo(fromLgFeed(), fromAiFeed()));
        assertThat(merged.get(0)).isSameAs(x);
    }

    @Test
    void threeRecordsOfOnePaper() {
        Paper v3 = fromAiFeed().toBuilder().version(3).title("v3").categories(List.of("cs.CL"))
                .published(LocalDate.of(2026, 6, 20)).build();

        Paper merged = PaperMerger.merge(List.of(fromLgFeed(), v3, fromAiFeed())).get(0);

        assertThat(merged.version()).isEqualTo(3);
        assertThat(merged.title()).isEqualTo("v3");
        // the newest version's primary first; the others in the order the merges met them
        assertThat(merged.primaryCategory()).isEqualTo("cs.CL");
        assertThat(merged.categories()).containsExactly("cs.CL", "cs.LG", "stat.ML", "cs.AI");
        assertThat(merged.published()).isEqualTo(LocalDate.of(2026, 6, 17));
    }

    @Test
    void aRecordWithoutADateTakesTheOtherRecordsDateInEitherOrder() {
        Paper undated = fromAiFeed().toBuilder().published(null).build();

        assertThat(PaperMerger.mergeTwo(undated, fromLgFeed()).published()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(PaperMerger.mergeTwo(fromLgFeed(), undated).published()).isEqualTo(LocalDate.of(2026, 6, 17));
        Paper bothUndated = PaperMerger.mergeTwo(undated, fromLgFeed().toBuilder().published(null).build());
        assertThat(bothUndated.published()).isNull();
    }

    @Test
    void differentPapersAreNotMerged() {
        assertThatThrownBy(() -> PaperMerger.mergeTwo(fromLgFeed(), SamplePapers.minimalArxiv("2606.00001").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot merge different papers arxiv:2606.20005 and arxiv:2606.00001");
    }

    @Test
    void equalRecordsGiveTheSameRecord() {
        Paper p = fromLgFeed();

        assertThat(PaperMerger.mergeTwo(p, fromLgFeed())).isSameAs(p);
        assertThat(PaperMerger.merge(List.of())).isEmpty();
    }

    // ---- one work across services: preprint and published version -------------------------------------------

    private static Paper.Builder journalRecord(String doi, String source) {
        return Paper.builder(PaperId.doi(doi))
                .source(source)
                .title("StreamKL: Streaming KL Distillation")
                .published(LocalDate.of(2026, 9, 1))
                .url(URI.create("https://doi.org/" + doi))
                .type(Paper.ARTICLE);
    }

    @Test
    void anArxivPaperAndItsJournalVersionAreOnePaperUnderTheArxivId() {
        Paper preprint = fromAiFeed().toBuilder().addSameAs(PaperId.doi("10.1145/3700000.3700001"))
                .type(Paper.PREPRINT).build();
        Paper published = journalRecord("10.1145/3700000.3700001", "crossref")
                .abstractText("The journal abstract, which is longer than the preprint's.")
                .categories(List.of("Knowledge Discovery"))
                .journalRef("Proc. KDD 2026, pp. 1-10")
                .build();

        PaperMerger.Result result = PaperMerger.mergeAndReport(List.of(published, preprint));

        assertThat(result.papers()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(PaperId.arxiv("2606.20005"));
            assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1145/3700000.3700001"));
            assertThat(p.type()).isEqualTo(Paper.ARTICLE);
            assertThat(p.abstractText()).isEqualTo("The journal abstract, which is longer than the preprint's.");
            assertThat(p.categories()).containsExactly("cs.AI", "cs.LG", "Knowledge Discovery");
            assertThat(p.journalRef()).isEqualTo("Proc. KDD 2026, pp. 1-10");
            assertThat(p.published()).isEqualTo(LocalDate.of(2026, 6, 19));
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.source()).isEqualTo("arxiv");
        });
        assertThat(result.merges()).singleElement().satisfies(m -> {
            assertThat(m.acrossIds()).isTrue();
            assertThat(m.summary()).isEqualTo(
                    "arxiv:2606.20005 ← doi:10.1145/3700000.3700001 (crossref), arxiv:2606.20005 (arxiv)");
        });
    }

    @Test
    void aBiorxivPreprintItsArticleAndItsPubmedRecordMergeTransitively() {
        Paper biorxiv = journalRecord("10.1101/2026.06.01.123456", "biorxiv").type(Paper.PREPRINT)
                .published(LocalDate.of(2026, 6, 1)).addSameAs(PaperId.doi("10.1038/s41586-026-00001-x")).build();
        Paper pubmed = Paper.builder(PaperId.pmid("40000001")).source("pubmed").title("StreamKL.")
                .published(LocalDate.of(2026, 9, 3)).url(URI.create("https://pubmed.ncbi.nlm.nih.gov/40000001/"))
                .authors(List.of(Author.of("Pérez J", "Universidad de Chile")))
                .addSameAs(PaperId.doi("10.1038/s41586-026-00001-x")).type(Paper.ARTICLE).build();
        Paper unrelated = SamplePapers.minimalArxiv("2606.00001").build();
        Paper article = journalRecord("10.1038/s41586-026-00001-x", "nature").build();

        PaperMerger.Result result = PaperMerger.mergeAndReport(List.of(pubmed, unrelated, biorxiv, article));

        assertThat(result.papers()).extracting(Paper::id)
                .containsExactly(PaperId.doi("10.1101/2026.06.01.123456"), PaperId.arxiv("2606.00001"));
        Paper merged = result.papers().get(0);
        assertThat(merged.sameAs()).containsExactlyInAnyOrder(PaperId.pmid("40000001"),
                PaperId.doi("10.1038/s41586-026-00001-x"));
        assertThat(merged.published()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(merged.type()).isEqualTo(Paper.ARTICLE);
        assertThat(merged.authors()).containsExactly(Author.of("Pérez J", "Universidad de Chile"));
        assertThat(result.merges()).singleElement().satisfies(m -> assertThat(m.sources())
                .containsExactly("pubmed", "biorxiv", "nature"));
    }

    @Test
    void recordsWithoutASharedIdStaySeparate() {
        Paper a = journalRecord("10.1000/a", "crossref").build();
        Paper b = journalRecord("10.1000/b", "crossref").build();

        assertThat(PaperMerger.mergeAndReport(List.of(a, b)).merges()).isEmpty();
        assertThatThrownBy(() -> PaperMerger.mergeTwo(a, b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot merge different papers doi:10.1000/a and doi:10.1000/b");
    }
}
