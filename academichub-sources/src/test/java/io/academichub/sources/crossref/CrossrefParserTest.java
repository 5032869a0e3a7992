package io.academichub.sources.crossref;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.Page;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.academichub.sources.crossref.CrossrefFixtures.BIORXIV_WORK;
import static io.academichub.sources.crossref.CrossrefFixtures.PLOS_WORK;
import static io.academichub.sources.crossref.CrossrefFixtures.WIDGET_PAGE;
import static io.academichub.sources.crossref.CrossrefFixtures.open;
import static io.academichub.sources.crossref.CrossrefFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link CrossrefParser} on the three recorded Crossref responses, and on broken ones. */
class CrossrefParserTest {

    private static final String SOURCE = "crossref:test";
    private static final URI URI_ = URI.create("https://api.crossref.org/works?query=widget&cursor=*");

    private static Page widget() {
        return CrossrefParser.parseWorks(open(WIDGET_PAGE), SOURCE, URI_);
    }

    private static Paper paper(Page page, String doi) {
        return page.papers().stream().filter(p -> p.id().equals(PaperId.doi(doi))).findFirst().orElseThrow();
    }

    private static Page parse(String json) {
        return CrossrefParser.parse(new ByteArrayInputStream(utf8(json)), SOURCE, URI_);
    }

    @Test
    void workListCountersAndCursor() {
        Page page = widget();

        assertThat(page.papers()).hasSize(20);
        assertThat(page.total()).isEqualTo(454);
        assertThat(page.records()).isEqualTo(20);
        assertThat(page.next()).hasSize(1512)
                .startsWith(CrossrefFixtures.WIDGET_CURSOR_START).endsWith(CrossrefFixtures.WIDGET_CURSOR_END);
        assertThat(page.papers()).extracting(Paper::source).containsOnly("crossref");
    }

    @Test
    void typesAsCrossrefGivesThemWithJournalArticleAsArticle() {
        Map<String, Long> types = widget().papers().stream()
                .collect(Collectors.groupingBy(Paper::type, Collectors.counting()));

        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of(
                "book-chapter", 13L, "dataset", 3L, "reference-entry", 1L, "proceedings-article", 1L,
                "article", 1L, "posted-content", 1L));
    }

    @Test
    void worksWithoutAPublicationDateTakeTheirCreationDateAndSaySo() {
        Page page = widget();

        assertThat(paper(page, "10.1007/978-1-4302-0197-7_9").published()).isEqualTo(LocalDate.of(2007, 9, 8));
        assertThat(paper(page, "10.1007/springerreference_66110").published()).isEqualTo(LocalDate.of(2011, 8, 29));
        assertThat(page.warnings()).containsExactly(
                "DOI 10.1007/978-1-4302-0197-7_9 has no publication date; used the date Crossref created the record, 2007-09-08",
                "DOI 10.1007/springerreference_66110 has no publication date; used the date Crossref created the record, 2011-08-29");
    }

    @Test
    void partialDatesTakeTheFirstDayAndTheMorePreciseOfTwoAgreeingDatesWins() {
        Page page = widget();

        // published-print [[2020]], published-online [[2020, 11, 13]]
        assertThat(paper(page, "10.1007/978-1-4842-6700-4_5").published()).isEqualTo(LocalDate.of(2020, 11, 13));
        // published-print [[2009, 9]] only
        assertThat(paper(page, "10.1109/afrcon.2009.5308146").published()).isEqualTo(LocalDate.of(2009, 9, 1));
        // published-print [[2002]] only
        assertThat(paper(page, "10.1016/b978-155860700-2.50014-8").published()).isEqualTo(LocalDate.of(2002, 1, 1));
    }

    @Test
    void bookChapterFields() {
        Paper p = paper(widget(), "10.1007/978-1-4302-0197-7_9");

        assertThat(p.title()).isEqualTo("Widget Mania: Using a GUI Widget Framework");
        assertThat(p.authors()).isEmpty();
        assertThat(p.categories()).containsExactly("Practical JavaScript™, DOM Scripting, and Ajax Projects");
        assertThat(p.journalRef()).isEqualTo("Practical JavaScript™, DOM Scripting, and Ajax Projects: 305-349");
        assertThat(p.url()).isEqualTo(URI.create("https://doi.org/10.1007/978-1-4302-0197-7_9"));
        assertThat(p.pdfUrl()).as("its only link has content-type unspecified").isNull();
        assertThat(p.updated()).isEqualTo(Instant.parse("2021-05-01T00:01:45Z"));
        assertThat(p.doi()).isEqualTo("10.1007/978-1-4302-0197-7_9");
        assertThat(p.abstractText()).isEmpty();
    }

    @Test
    void journalArticleWithAffiliations() {
        Paper p = paper(widget(), "10.1117/1.jei.28.6.063006");

        assertThat(p.title()).isEqualTo(
                "Widget Detection Network: widget detection in mobile screenshot with region-based attention networks");
        assertThat(p.authors()).containsExactly(
                new Author("Lin Qi", "Hebei University of Science and Technology, School of Information Science and "
                        + "Engineering, Shijiazhu", null),
                new Author("Tiezhu Wang", "Hebei University of Chinese Medicine, Center of Information Technology, "
                        + "Shijiazhuang", null));
        assertThat(p.journalRef()).isEqualTo("Journal of Electronic Imaging 28(06): 1");
        assertThat(p.categories()).containsExactly("Journal of Electronic Imaging");
        assertThat(p.published()).isEqualTo(LocalDate.of(2019, 12, 3));
        assertThat(p.type()).isEqualTo(Paper.ARTICLE);
    }

    @Test
    void theVersionOfRecordLicenceIsPreferred() {
        // licence entries: tdm first, then vor — both http://www.springer.com/tdm
        assertThat(paper(widget(), "10.1007/978-1-4842-6700-4_5").license()).isEqualTo("http://www.springer.com/tdm");
    }

    @Test
    void postedContentWithAJatsAbstract() {
        Paper p = paper(widget(), "10.59350/7mtwq-q3661");

        assertThat(p.title()).isEqualTo("The SWT JChemPaint (viewing) widget");
        assertThat(p.abstractText()).isEqualTo("In addition to this Swing-based screenshot of JChemPaint , here's a "
                + "SWT widget in action (lower right corner):");
        assertThat(p.type()).as("subtype other, not preprint").isEqualTo("posted-content");
        assertThat(p.authors()).containsExactly(new Author("Egon Willighagen", null, "0000-0001-7542-0286"));
        assertThat(p.categories()).containsExactly("chem-bla-ics", "Front Matter");
        assertThat(p.license()).isEqualTo("https://creativecommons.org/licenses/by/4.0/legalcode");
        assertThat(p.published()).isEqualTo(LocalDate.of(2008, 6, 18));
        assertThat(p.pdfUrl()).as("its only link is text/html").isNull();
    }

    @Test
    void plosOneWork() {
        Page page = CrossrefParser.parseWork(open(PLOS_WORK), SOURCE, URI_);

        assertThat(page.papers()).hasSize(1);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.next()).isNull();
        assertThat(page.warnings()).isEmpty();
        Paper p = page.papers().get(0);
        assertThat(p.id()).isEqualTo(PaperId.doi("10.1371/journal.pone.0033693"));
        assertThat(p.title()).isEqualTo("Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of "
                + "Microglia in the Basal Ganglia of Mice");
        assertThat(p.authors()).extracting(Author::name).containsExactly("Shankar Sadasivan", "Brooks B. Pond",
                "Amar K. Pani", "Chunxu Qu", "Yun Jiao", "Richard J. Smeyne");
        assertThat(p.authors()).extracting(Author::affiliation).containsOnlyNulls();
        assertThat(p.categories()).as("subject is empty; the container title stands in").containsExactly("PLoS ONE");
        assertThat(p.journalRef()).isEqualTo("PLoS ONE 7(3): e33693");
        assertThat(p.published()).isEqualTo(LocalDate.of(2012, 3, 21));
        assertThat(p.updated()).isEqualTo(Instant.parse("2025-03-23T19:53:43Z"));
        assertThat(p.license()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
        assertThat(p.type()).isEqualTo(Paper.ARTICLE);
        assertThat(p.url()).isEqualTo(URI.create("https://doi.org/10.1371/journal.pone.0033693"));
        assertThat(p.abstractText()).isEmpty();
        assertThat(p.sameAs()).isEmpty();
    }

    @Test
    void biorxivPreprintLinksItsPublishedVersion() {
        Page page = CrossrefParser.parseWork(open(BIORXIV_WORK), SOURCE, URI_);

        Paper p = page.papers().get(0);
        assertThat(p.id()).isEqualTo(PaperId.doi("10.1101/2024.04.01.587366"));
        assertThat(p.type()).isEqualTo(Paper.PREPRINT);
        assertThat(p.title()).isEqualTo("High-throughput screening of human genetic variants by pooled prime editing");
        assertThat(p.categories()).as("group-title, then the institution").containsExactly("Genomics", "bioRxiv");
        assertThat(p.journalRef()).isNull();
        assertThat(p.published()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1016/j.xgen.2025.100814"));
        assertThat(p.authors()).hasSize(6);
        assertThat(p.authors().get(0)).isEqualTo(new Author("Michael Herger", null, null));
        assertThat(p.authors().get(5)).isEqualTo(new Author("Gregory M. Findlay", null, "0000-0002-7767-8608"));
        // <jats:title>ABSTRACT</jats:title> is no label; the glued <jats:italic> gets its spaces back
        assertThat(p.abstractText())
                .startsWith("Understanding the effects of rare genetic variants remains challenging, both in coding "
                        + "and non-coding regions. While multiplexed assays of variant effect (MAVEs)")
                .contains("testing over 7,500 pegRNAs targeting SMARCB1 for editing activity")
                .contains("assess variants in MLH1 via 6-thioguanine selection")
                .endsWith("Accordingly, our platform promises to enable highly scalable functional assessment of "
                        + "human variants.")
                .doesNotContain("<", "jats");
    }

    @Test
    void thePreprintMergesWithAnotherSourcesRecordOfItAndKeepsTheLinkToThePublishedVersion() {
        Paper crossref = CrossrefParser.parseWork(open(BIORXIV_WORK), SOURCE, URI_).papers().get(0);
        // what a bioRxiv adapter would deliver for the same DOI (built here by hand: no bioRxiv recording exists)
        Paper biorxiv = Paper.builder(PaperId.doi("10.1101/2024.04.01.587366"))
                .title("High-throughput screening of human genetic variants by pooled prime editing")
                .source("biorxiv").categories(List.of("Genomics")).published(LocalDate.of(2024, 4, 1))
                .url(URI.create("https://www.biorxiv.org/content/10.1101/2024.04.01.587366v1")).type(Paper.PREPRINT)
                .build();

        List<Paper> merged = io.academichub.PaperMerger.merge(List.of(biorxiv, crossref));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).sameAs()).containsExactly(PaperId.doi("10.1016/j.xgen.2025.100814"));
        assertThat(merged.get(0).categories()).containsExactly("Genomics", "bioRxiv");
        assertThat(merged.get(0).abstractText()).startsWith("Understanding the effects of rare genetic variants");
    }

    @Test
    void parseReadsBothKinds() {
        assertThat(CrossrefParser.parse(open(WIDGET_PAGE), SOURCE, URI_).papers()).hasSize(20);
        assertThat(CrossrefParser.parse(open(PLOS_WORK), SOURCE, URI_).papers()).hasSize(1);
    }

    @Test
    void anArxivDoiRelationGivesTheDoiAndTheArxivId() {
        ObjectNode work = CrossrefFixtures.tree(BIORXIV_WORK);
        ((ObjectNode) work.get("message").get("relation")).set("has-version", CrossrefFixtures.JSON.createArrayNode()
                .add(CrossrefFixtures.JSON.createObjectNode().put("id-type", "doi").put("id", "10.48550/arXiv.2404.01234"))
                .add(CrossrefFixtures.JSON.createObjectNode().put("id-type", "uri").put("id", "https://example.org/x")));
        ((ObjectNode) work.get("message").get("relation")).set("is-review-of", CrossrefFixtures.JSON.createArrayNode()
                .add(CrossrefFixtures.JSON.createObjectNode().put("id-type", "doi").put("id", "10.1000/review")));

        Paper p = parse(work.toString()).papers().get(0);

        assertThat(p.sameAs()).containsExactlyInAnyOrder(PaperId.doi("10.1016/j.xgen.2025.100814"),
                PaperId.ofCanonical("doi:10.48550/arxiv.2404.01234"), PaperId.arxiv("2404.01234"));
    }

    @Test
    void markupInTitlesSubtitleAndSectionLabels() {
        ObjectNode work = CrossrefFixtures.tree(PLOS_WORK);
        ObjectNode m = (ObjectNode) work.get("message");
        m.set("title", CrossrefFixtures.JSON.createArrayNode().add("Growth of <i>E. coli</i> in H<sub>2</sub>O &amp; D<sub>2</sub>O"));
        m.set("subtitle", CrossrefFixtures.JSON.createArrayNode().add("a <scp>Test</scp>"));
        m.put("abstract", "<jats:title>Abstract</jats:title><jats:sec><jats:title>Background</jats:title>"
                + "<jats:p>Mice &lt;3 months&nbsp;old.</jats:p></jats:sec><jats:sec><jats:title>Results.</jats:title>"
                + "<jats:p>p < 0.05 in <jats:italic>n</jats:italic> = 12</jats:p><jats:p>Second\n  paragraph.</jats:p>"
                + "</jats:sec>");

        Paper p = parse(work.toString()).papers().get(0);

        assertThat(p.title()).isEqualTo("Growth of E. coli in H2O & D2O: a Test");
        assertThat(p.abstractText()).isEqualTo(
                "Background: Mice <3 months old. Results. p < 0.05 in n = 12 Second paragraph.");
    }

    @Test
    void yearMonthDatesAndAWorkWithoutTitleIsSkipped() {
        ObjectNode list = CrossrefFixtures.tree(WIDGET_PAGE);
        ObjectNode first = (ObjectNode) list.get("message").get("items").get(2);
        ObjectNode dates = CrossrefFixtures.JSON.createObjectNode();
        dates.set("date-parts", CrossrefFixtures.JSON.createArrayNode().add(CrossrefFixtures.JSON.createArrayNode().add(2024).add(4)));
        first.set("posted", dates);   // [[2024, 4]] is later than published-online 2020-11-13: not the earliest
        ((ObjectNode) list.get("message").get("items").get(3)).remove("title");

        Page page = parse(list.toString());

        assertThat(page.papers()).hasSize(19);
        assertThat(page.warnings()).hasSize(3).last().asString()
                .matches("item 4 \\(line 1, column \\d+\\) skipped: DOI 10\\.1007/978-1-4842-6700-4_7 has no title");
        Map<PaperId, Paper> byId = page.papers().stream().collect(Collectors.toMap(Paper::id, Function.identity()));
        assertThat(byId.get(PaperId.doi("10.1007/978-1-4842-6700-4_5")).published()).isEqualTo(LocalDate.of(2020, 11, 13));

        first.set("published-online", dates);
        first.set("published-print", dates);
        first.set("published", dates);
        first.set("issued", dates);
        Paper yearMonth = parse(list.toString()).papers().stream()
                .filter(x -> x.id().equals(PaperId.doi("10.1007/978-1-4842-6700-4_5"))).findFirst().orElseThrow();
        assertThat(yearMonth.published()).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void notJsonIsAFormatErrorWithItsPlace() {
        assertThatThrownBy(() -> parse("<html>\n<body>busy</body></html>"))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.sourceId()).isEqualTo(SOURCE);
                    assertThat(e.uri()).isEqualTo(URI_);
                    assertThat(e.getMessage()).contains("not valid JSON");
                });
        assertThatThrownBy(() -> parse("{\"status\":\"ok\",\n\"message-type\":\"work-list\",\n\"message\":{\"items\":[{\"DOI\":"))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void wrongShapesAreFormatErrors() {
        assertThatThrownBy(() -> parse("[1, 2]")).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> parse("{\"status\":\"ok\",\n  \"message-type\":\"member\",\"message\":{}}"))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                    assertThat(e.detail()).isEqualTo(
                            "Crossref message-type 'member' is neither a work nor a work list at line 2, column 18");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(18);
                });
        assertThatThrownBy(() -> parse("{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"items\":[]}}"))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("no \"total-results\"");
        assertThatThrownBy(() -> parse("{\"hello\":1}")).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("no \"status\"");
        assertThatThrownBy(() -> CrossrefParser.parseWorks(open(PLOS_WORK), SOURCE, URI_))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("message-type 'work' where 'work-list' was expected");
        assertThatThrownBy(() -> CrossrefParser.parseWork(open(WIDGET_PAGE), SOURCE, URI_))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("message-type 'work-list' where 'work' was expected");
    }

    @Test
    void aFailedStatusIsARejectionQuotingCrossref() {
        String failed = "{\"status\":\"failed\",\"message-type\":\"validation-failure\",\"message\":[{\"type\":"
                + "\"integer-not-valid\",\"value\":\"5000\",\"message\":\"Integer specified as 5000 but must be a "
                + "positive integer less than or equal to 1000.\"}]}";

        assertThatThrownBy(() -> parse(failed)).isInstanceOfSatisfying(SourceRejectedException.class, e ->
                assertThat(e.detail()).isEqualTo("Crossref rejected the request: Integer specified as 5000 but must "
                        + "be a positive integer less than or equal to 1000."));
    }

    @Test
    void emptyWorkListIsAPage() {
        Page page = parse("{\"status\":\"ok\",\"message-type\":\"work-list\",\"message-version\":\"1.0.0\","
                + "\"message\":{\"facets\":{},\"next-cursor\":\"abc\",\"total-results\":0,\"items\":[],"
                + "\"items-per-page\":20,\"query\":{\"start-index\":0,\"search-terms\":null}}}");

        assertThat(page.papers()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.next()).isEqualTo("abc");
        assertThat(page.records()).isZero();
    }

    @Test
    void theStreamIsLeftOpen() throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(CrossrefFixtures.bytes(PLOS_WORK)) {
            @Override
            public void close() {
                throw new AssertionError("the parser closed the caller's stream");
            }
        };
        assertThat(CrossrefParser.parse(in, SOURCE, URI_).papers()).extracting(Paper::title).hasSize(1);
        assertThat(List.of(in.available())).containsExactly(0);
    }

    // ---- quirks of real responses (constructed fixtures, see PROVENANCE.md) -----------------------------------

    @Test
    void aSelectDoiTitleResponseGivesPapersWithAnUnknownDateAndWarnsOfTheOneWithoutATitle() {
        Page page = CrossrefParser.parseWorks(open("works_select-DOI-title_constructed.json"), SOURCE, URI_);

        assertThat(page.papers()).extracting(p -> p.id().toString()).containsExactly(
                "doi:10.1371/journal.pone.0033693", "doi:10.1101/2024.04.01.587366");
        Paper first = page.papers().get(0);
        assertThat(first.title()).isEqualTo("Characterization of Cell Lines Derived from the Drosophila Imaginal Disc");
        assertThat(first.published()).isNull();
        assertThat(first.authors()).isEmpty();
        assertThat(first.url()).isEqualTo(URI.create("https://doi.org/10.1371/journal.pone.0033693"));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.warnings()).singleElement().asString()
                .isEqualTo("item 3 (line 1, column 390) skipped: DOI 10.5555/no-title-constructed has no title");
    }

    @Test
    void aSelectDoiAuthorTitleResponseKeepsAuthorsAndDropsOneThatNamesNobody() {
        Page page = CrossrefParser.parseWorks(open("works_select-DOI-author-title_constructed.json"), SOURCE,
                URI_);

        assertThat(page.papers()).hasSize(2);
        assertThat(page.papers().get(0).authors()).extracting(Author::name)
                .containsExactly("Kaho Hirose", "Drosophila Genomics Resource Center");
        assertThat(page.papers().get(1).authors()).containsExactly(
                new Author("Ana Lopez", "Institute of Cancer Research", "0000-0002-1825-0097"));
        assertThat(page.papers()).extracting(Paper::published).containsOnlyNulls();
        assertThat(page.warnings()).containsExactly(
                "DOI 10.1371/journal.pone.0033693: author ':' dropped: it holds no letter or digit");
    }

    @Test
    void anInstitutionGivenAsAnObjectCountsAsAList() {
        Paper p = CrossrefParser.parseWork(open("work_posted-content_institution-object_constructed.json"), SOURCE,
                URI_).papers().get(0);

        assertThat(p.categories()).containsExactly("Neuroscience", "bioRxiv");
        assertThat(p.published()).isEqualTo(LocalDate.of(2016, 3, 14));
        assertThat(p.type()).isEqualTo(Paper.PREPRINT);
    }
}
