package io.academichub.sources.biorxiv;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.Page;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static io.academichub.sources.biorxiv.BiorxivFixtures.ERROR_STATUS;
import static io.academichub.sources.biorxiv.BiorxivFixtures.EMPTY_BODY;
import static io.academichub.sources.biorxiv.BiorxivFixtures.MEDRXIV;
import static io.academichub.sources.biorxiv.BiorxivFixtures.NO_POSTS;
import static io.academichub.sources.biorxiv.BiorxivFixtures.QUIRKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** {@link BiorxivParser} on the constructed {@code /details/} responses, with the exact values they hold. */
class BiorxivParserTest {

    private static final URI URL = URI.create("https://api.biorxiv.org/details/biorxiv/2026-06-29/2026-06-30/0/json");

    private static Page parse(String fixture, String sourceId) {
        return BiorxivParser.parse(new ByteArrayInputStream(BiorxivFixtures.bytes(fixture)), sourceId, URL);
    }

    private static Page read(String json) {
        return BiorxivParser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "biorxiv", URL);
    }

    @Test
    void stringCountersAndOnePaperPerDoi() {
        Page page = parse(QUIRKS, "biorxiv");

        assertThat(page.total()).isEqualTo(6);   // "total":"6"
        assertThat(page.records()).isEqualTo(6);
        assertThat(page.warnings()).containsExactly(
                "1 older version of a preprint was merged into its latest version (page at cursor 0)");
        assertThat(page.papers()).extracting(p -> p.id().value()).containsExactly(
                "10.1101/2026.06.28.700101", "10.1101/2026.06.27.700202", "10.1101/2026.05.10.690303",
                "10.1101/2026.06.29.700404", "10.1101/2026.06.30.700505");
    }

    @Test
    void aPubsResponseIsNamedRatherThanEveryRecordSkipped() {
        assertThatThrownBy(() -> parse(BiorxivFixtures.PUBS, "biorxiv"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("this is a /pubs/ response (links from preprints to their journal versions, "
                        + "records with preprint_doi and published_doi), not a /details/ response of preprints");
    }

    @Test
    void everyFieldOfARecord() {
        Paper p = parse(QUIRKS, "biorxiv").papers().get(0);

        assertThat(p.id()).isEqualTo(PaperId.doi("10.1101/2026.06.28.700101"));
        assertThat(p.title()).isEqualTo("Streaming k-mer sketches for metagenome & pangenome comparison");
        assertThat(p.authors()).containsExactly(
                new Author("A. K. Sinha", "Institute of Constructed Genomics, Example University", null),
                new Author("C. Lee", null, null),
                new Author("N. Okafor", null, null));
        assertThat(p.abstractText()).isEqualTo("Background: Comparing metagenomes with mash-style sketches needs the "
                + "whole sample in memory. Results: We stream k-mers through a bounded sketch <1 GB and match exact "
                + "Jaccard estimates within 0.2% \u2192 0.1% after correction. Conclusions: Streaming sketches make "
                + "pangenome comparison routine on a laptop.");
        assertThat(p.source()).isEqualTo("biorxiv");
        assertThat(p.categories()).containsExactly("bioinformatics");
        assertThat(p.published()).isEqualTo(LocalDate.of(2026, 6, 29));
        assertThat(p.updated()).isNull();
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.announceType()).isEqualTo(AnnounceType.NEW);
        assertThat(p.doi()).isEqualTo("10.1101/2026.06.28.700101");
        assertThat(p.journalRef()).isNull();
        assertThat(p.url()).hasToString("https://www.biorxiv.org/content/10.1101/2026.06.28.700101v1");
        assertThat(p.pdfUrl()).hasToString("https://www.biorxiv.org/content/10.1101/2026.06.28.700101v1.full.pdf");
        assertThat(p.license()).isEqualTo("cc_by");
        assertThat(p.sameAs()).isEmpty();                    // "published":"NA"
        assertThat(p.type()).isEqualTo(Paper.PREPRINT);
    }

    @Test
    void listHighlightsFigureAndAShortDate() {
        Paper p = parse(QUIRKS, "biorxiv").papers().get(1);

        assertThat(p.title()).isEqualTo("Collective foraging decisions in Temnothorax ants under predation risk");
        assertThat(p.abstractText()).isEqualTo("Colonies must trade food intake against exposure to predators. We "
                + "tracked 40 colonies over 12 weeks. Highlights: Foragers recruit fewer nestmates when predator cues "
                + "are present. Recruitment recovers within 2 h after cues are removed.");
        assertThat(p.published()).isEqualTo(LocalDate.of(2026, 6, 30)); // "date":"2026-6-30"
        assertThat(p.authors()).containsExactly(
                new Author("R. Haddad", null, null),
                new Author("J. M\u00fcller", "Department of Behavioural Ecology, Example Institute", null),
                new Author("The Constructed Ant Consortium", null, null));
        assertThat(p.categories()).containsExactly("animal behavior and cognition");
        assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1038/s41559-026-02345-6"));
        assertThat(p.license()).isEqualTo("cc_by_nc_nd");
    }

    @Test
    void theHighestVersionOfADoiWinsInItsPlace() {
        Paper p = parse(QUIRKS, "biorxiv").papers().get(2);

        assertThat(p.id()).isEqualTo(PaperId.doi("10.1101/2026.05.10.690303"));
        assertThat(p.version()).isEqualTo(3);
        assertThat(p.announceType()).isEqualTo(AnnounceType.REPLACE);
        assertThat(p.published()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(p.abstractText()).isEqualTo(
                "We map 120,000 cells across 7 days of fin regrowth and name 4 transient states.");
        assertThat(p.url()).hasToString("https://www.biorxiv.org/content/10.1101/2026.05.10.690303v3");
        assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1016/j.devcel.2026.07.001"));
    }

    @Test
    void smallCapsAbstractHeadingEntitiesAndAnIntVersion() {
        List<Paper> papers = parse(QUIRKS, "biorxiv").papers();

        assertThat(papers.get(3).abstractText())
                .isEqualTo("Higher copy number raised survival 4-fold under ampicillin.");
        assertThat(papers.get(3).title()).isEqualTo("Plasmid copy number tunes antibiotic tolerance in E. coli");
        Paper last = papers.get(4);
        assertThat(last.version()).isEqualTo(1); // "version":1
        assertThat(last.title()).isEqualTo("Single-molecule imaging of cohesin loop extrusion");
        assertThat(last.authors()).containsExactly(
                new Author("Y.-W. Chen", null, null),
                new Author("\u00c9. Dubois", "Chromosome Biology Group, Example Centre", null));
        assertThat(last.abstractText()).isEqualTo(
                "Cohesin extrudes loops at 0.5\u20131 kb/s in vitro; we show that CTCF halts it asymmetrically.");
    }

    @Test
    void medrxivWithIntCountersAndGluedHeadings() {
        Page page = parse(MEDRXIV, "medrxiv:epidemiology");

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.records()).isEqualTo(3);
        assertThat(page.papers()).extracting(Paper::source).containsOnly("medrxiv");
        assertThat(page.papers()).extracting(Paper::primaryCategory)
                .containsExactly("epidemiology", "cardiovascular medicine", "endocrinology");
        Paper first = page.papers().get(0);
        assertThat(first.abstractText()).isEqualTo("Background: Wastewater signals lead clinical case counts. "
                + "Methods: We sampled 3 plants twice weekly for 40 weeks. Findings: Signals led admissions by 6 days "
                + "(95% CI 4\u20138). Interpretation: Wastewater data can steer staffing. Funding: None (constructed "
                + "record).");
        assertThat(first.url()).hasToString("https://www.medrxiv.org/content/10.1101/2026.06.25.26354001v1");
        assertThat(first.pdfUrl()).hasToString("https://www.medrxiv.org/content/10.1101/2026.06.25.26354001v1.full.pdf");
        assertThat(page.papers().get(1).abstractText()).isEqualTo("Objective: To test whether phone coaching lowers "
                + "systolic pressure. Design: Pilot randomised trial. Results: Mean systolic pressure fell by 7 mmHg "
                + "more with coaching.");
        assertThat(page.papers().get(2).sameAs()).containsExactly(PaperId.doi("10.2337/dc26-0101"));
    }

    @Test
    void theServerComesFromTheSourceIdWhenTheRecordsDoNotSay() {
        String json = "{\"messages\":[{\"status\":\"ok\",\"cursor\":0,\"count\":1,\"total\":1}],\"collection\":["
                + "{\"doi\":\"10.1101/2026.06.01.26350001\",\"title\":\"T\",\"authors\":\"Roe, J.\","
                + "\"date\":\"2026-06-01\",\"version\":\"2\",\"category\":\"epidemiology\",\"published\":\"NA\"}]}";

        Paper p = BiorxivParser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "medrxiv", URL)
                .papers().get(0);

        assertThat(p.source()).isEqualTo("medrxiv");
        assertThat(p.url()).hasToString("https://www.medrxiv.org/content/10.1101/2026.06.01.26350001v2");
    }

    @Test
    void anEmptyBodyIsAFormatErrorNamingTheUrl() {
        assertThatThrownBy(() -> parse(EMPTY_BODY, "biorxiv"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("biorxiv: empty response body (0 bytes): expected bioRxiv API JSON (" + URL + ")");
    }

    @Test
    void aBlankBodyIsAFormatErrorToo() {
        assertThatThrownBy(() -> read(" \n"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("empty response body (2 bytes)");
    }

    @Test
    void noPostsFoundWithAnEmptyCollectionIsAnEmptyPage() {
        Page page = parse(NO_POSTS, "biorxiv:bioinformatics");

        assertThat(page.papers()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.records()).isZero();
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void noPostsFoundBesideRecordsIsStillARefusal() {
        String body = BiorxivFixtures.text(QUIRKS).replace("\"status\": \"ok\"", "\"status\": \"no posts found\"");

        assertThatThrownBy(() -> read(body))
                .asInstanceOf(type(SourceRejectedException.class))
                .satisfies(e -> assertThat(e.detail()).isEqualTo("bioRxiv API status: \"no posts found\""));
    }

    @Test
    void aSingleDoiLookupWithoutTotalOrCursorIsTheWholeAnswer() {
        Page page = parse("details_biorxiv_doi-lookup_10.1101-2026.05.10.690303_constructed.json", "biorxiv");

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.records()).isEqualTo(2);
        assertThat(page.papers()).singleElement().satisfies(p -> {
            assertThat(p.id().toString()).isEqualTo("doi:10.1101/2026.05.10.690303");
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.abstractText()).isEqualTo("Second version.");
            assertThat(p.authors()).hasSize(3);
        });
    }

    @Test
    void anErrorStatusIsARefusalQuotingIt() {
        assertThatThrownBy(() -> parse(ERROR_STATUS, "biorxiv"))
                .isInstanceOf(SourceRejectedException.class)
                .hasMessageStartingWith("biorxiv: bioRxiv API status: \"Error: interval must be two dates "
                        + "YYYY-MM-DD separated by /, a number of recent posts, or a number of days followed by d\"");
    }

    @Test
    void htmlInsteadOfJsonIsAFormatErrorWithItsPosition() {
        assertThatThrownBy(() -> read("<html>\n<body>Bad gateway</body></html>"))
                .asInstanceOf(type(FeedFormatException.class))
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.uri()).isEqualTo(URL);
                    assertThat(e.detail()).startsWith("not bioRxiv API JSON: Unexpected character ('<'");
                });
    }

    @Test
    void anOkMessageWithoutTotalIsAFormatError() {
        assertThatThrownBy(() -> read("{\"messages\":[{\"status\":\"ok\",\"cursor\":0}],\"collection\":[]}"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("the 'messages' entry has status ok but no total");
    }

    @Test
    void aCounterThatIsNotANumberIsAFormatError() {
        assertThatThrownBy(() -> read("{\"messages\":[{\"status\":\"ok\",\"cursor\":0,\"total\":\"many\"}]}"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("messages[0].total is not a whole number >= 0: 'many'");
    }

    @Test
    void severalOlderVersionsAreCountedInOneWarning() {
        // CONSTRUCTED: three versions of one preprint and two of another on a page at cursor 100
        String json = "{\"messages\":[{\"status\":\"ok\",\"cursor\":100,\"count\":5,\"total\":\"105\"}],\"collection\":["
                + "{\"doi\":\"10.1101/2026.06.01.700001\",\"title\":\"A\",\"date\":\"2026-06-01\",\"version\":\"1\"},"
                + "{\"doi\":\"10.1101/2026.06.01.700001\",\"title\":\"A\",\"date\":\"2026-06-02\",\"version\":\"2\"},"
                + "{\"doi\":\"10.1101/2026.06.01.700002\",\"title\":\"B\",\"date\":\"2026-06-01\",\"version\":\"1\"},"
                + "{\"doi\":\"10.1101/2026.06.01.700001\",\"title\":\"A\",\"date\":\"2026-06-03\",\"version\":\"3\"},"
                + "{\"doi\":\"10.1101/2026.06.01.700002\",\"title\":\"B\",\"date\":\"2026-06-04\",\"version\":\"2\"}]}";

        Page page = read(json);

        assertThat(page.papers()).extracting(Paper::title, Paper::version).containsExactly(tuple("A", 3), tuple("B", 2));
        assertThat(page.warnings()).containsExactly(
                "3 older versions of preprints were merged into their latest versions (page at cursor 100)");
    }

    @Test
    void recordsThatCannotBePapersAreSkippedWithAWarning() {
        String json = "{\"messages\":[{\"status\":\"ok\",\"cursor\":100,\"count\":5,\"total\":\"105\"}],\"collection\":["
                + "{\"doi\":\"10.1101/2026.06.01.700001\",\"title\":\"Kept\",\"date\":\"2026-06-01\",\"version\":\"1\"},"
                + "{\"doi\":\"\",\"title\":\"No DOI\",\"date\":\"2026-06-01\"},"
                + "{\"doi\":\"10.1101/2026.06.01.700003\",\"title\":\"  \",\"date\":\"2026-06-01\"},"
                + "{\"doi\":\"10.1101/2026.06.01.700004\",\"title\":\"Bad date\",\"date\":\"2026-02-30\"},"
                + "{\"doi\":\"10.1101/2026.06.01.700005\",\"title\":\"Bad version\",\"date\":\"2026-06-01\",\"version\":\"v2\"}]}";

        Page page = read(json);

        assertThat(page.papers()).extracting(Paper::title).containsExactly("Kept");
        assertThat(page.records()).isEqualTo(5);
        assertThat(page.warnings()).containsExactly(
                "record 101 skipped: no DOI",
                "record 102 skipped: doi:10.1101/2026.06.01.700003 has no title",
                "record 103 skipped: doi:10.1101/2026.06.01.700004 has a date that is not one: '2026-02-30'",
                "record 104 skipped: doi:10.1101/2026.06.01.700005 has a version that is not a whole number >= 1: 'v2'");
    }

    @Test
    void aCountThatDisagreesWithTheCollectionIsAWarningAndTheCollectionCounts() {
        String json = BiorxivFixtures.page(245, true, 0, 0, 3).replace("\"count\":3", "\"count\":100");

        Page page = read(json);

        assertThat(page.records()).isEqualTo(3);
        assertThat(page.warnings()).containsExactly(
                "messages say count 100 but the collection holds 3 records at cursor 0; paging by the collection");
    }

    @Test
    void aPublishedValueThatIsNotADoiIsIgnoredWithAWarning() {
        String json = BiorxivFixtures.pageOf(1, 0, BiorxivFixtures.record(7, 1).put("published", "in press"));

        Page page = read(json);

        assertThat(page.papers().get(0).sameAs()).isEmpty();
        assertThat(page.warnings()).containsExactly(
                "doi:10.1101/2026.06.01.700007: 'published' is not a DOI, ignored: 'in press'");
    }
}
