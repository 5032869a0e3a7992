package io.academichub.sources.arxiv;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.academichub.sources.arxiv.OaiTestPages.deletedRecord;
import static io.academichub.sources.arxiv.OaiTestPages.fixture;
import static io.academichub.sources.arxiv.OaiTestPages.listRecords;
import static io.academichub.sources.arxiv.OaiTestPages.rawRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArxivOaiParserTest {

    private static final String SOURCE = "arxiv-oai:test";
    private static final URI URL = URI.create("https://oaipmh.arxiv.org/oai?verb=ListRecords");

    private final List<Paper> papers = new ArrayList<>();

    private Page parseFixture(String name) {
        return ArxivOaiParser.parse(new ByteArrayInputStream(fixture(name)), SOURCE, URL, papers::add);
    }

    private Page parseText(String xml) {
        return ArxivOaiParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SOURCE, URL,
                papers::add);
    }

    private Paper paper(String id) {
        return papers.stream().filter(p -> p.id().value().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listRecordsPageGivesSixPapersAndTheRealResumptionToken() {
        Page page = parseFixture(OaiTestPages.LIST_RECORDS);

        assertThat(page).isEqualTo(new Page(List.of(), 6, 58011, "726959|1001", List.of()));
        assertThat(page.hasNext()).isTrue();
        assertThat(papers).extracting(p -> p.id().toString()).containsExactly("arxiv:0704.0471", "arxiv:0704.0716",
                "arxiv:0704.0874", "arxiv:0704.1109", "arxiv:0704.1114", "arxiv:0704.1586");
        assertThat(papers).extracting(Paper::version).containsExactly(1, 4, 3, 2, 1, 1);
        assertThat(papers.stream().mapToInt(Paper::version).sum()).isEqualTo(12);
        assertThat(papers).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("arxiv");
            assertThat(p.announceType()).isEqualTo(AnnounceType.UNKNOWN);
            assertThat(p.url()).isEqualTo(URI.create("https://arxiv.org/abs/" + p.id().value()));
            assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/" + p.id().value() + "v" + p.version()));
        });
    }

    @Test
    void recordWithTwoDoisAndQuotesInTheAbstract() {
        parseFixture(OaiTestPages.LIST_RECORDS);
        Paper p = paper("0704.0471");

        assertThat(p.title()).isEqualTo("Density dependence of the symmetry energy and the nuclear equation of "
                + "state: A Dynamical and Statistical model perspective");
        assertThat(p.authors()).containsExactly(Author.of("D.V. Shetty"), Author.of("S.J. Yennello"),
                Author.of("G.A. Souliotis"));
        assertThat(p.categories()).containsExactly("nucl-ex", "nucl-th");
        assertThat(p.primaryCategory()).isEqualTo("nucl-ex");
        assertThat(p.published()).isEqualTo(LocalDate.of(2007, 4, 3));
        assertThat(p.updated()).isEqualTo(Instant.parse("2007-04-03T22:04:11Z"));
        assertThat(p.journalRef()).isEqualTo("Phys.Rev.C76:024606,2007; Erratum-ibid.C76:039902,2007");
        assertThat(p.doi()).isEqualTo("10.1103/physrevc.76.024606");
        assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1103/PhysRevC.76.024606"),
                PaperId.doi("10.1103/PhysRevC.76.039902"));
        assertThat(p.license()).isNull();
        assertThat(p.abstractText())
                .startsWith("The density dependence of the symmetry energy in the equation of state of isospin "
                        + "asymmetric nuclear matter")
                .contains("The comparison rules out an extremely \" stiff \" and \" soft \" form of the density")
                .endsWith("implications for astrophysical and nuclear physics studies.")
                .doesNotContain("\n", "&quot;", "  ");
    }

    @Test
    void fourVersionsGiveFirstAndLastDates() {
        parseFixture(OaiTestPages.LIST_RECORDS);
        Paper p = paper("0704.0716");

        assertThat(p.version()).isEqualTo(4);
        assertThat(p.published()).isEqualTo(LocalDate.of(2007, 4, 5));
        assertThat(p.updated()).isEqualTo(Instant.parse("2008-11-14T09:07:25Z"));
        assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/0704.0716v4"));
        assertThat(p.authors()).containsExactly(Author.of("Christoph Richard"));
        assertThat(p.categories()).containsExactly("math-ph", "math.MP");
        assertThat(p.journalRef()).isEqualTo("Polygons, polyominoes and polycubes, 247-299, Lecture Notes in Phys., "
                + "775, Springer, Dordrecht, 2009");
        assertThat(p.license()).isEqualTo("http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
        assertThat(p.doi()).isNull();
        assertThat(p.sameAs()).isEmpty();
    }

    @Test
    void otherRecordsOfThePage() {
        parseFixture(OaiTestPages.LIST_RECORDS);

        Paper farkas = paper("0704.0874");
        assertThat(farkas.title()).isEqualTo("Higher ramification and varieties of secant divisors on the generic curve");
        assertThat(farkas.updated()).isEqualTo(Instant.parse("2014-11-20T15:03:16Z"));
        assertThat(farkas.published()).isEqualTo(LocalDate.of(2007, 4, 6));

        Paper rosa = paper("0704.1109");
        assertThat(rosa.authors()).containsExactly(Author.of("Valeria M. Rosa"), Author.of("Patricio S. letelier"));
        assertThat(rosa.doi()).isEqualTo("10.1007/s10773-009-0204-x");
        assertThat(rosa.sameAs()).containsExactly(PaperId.doi("10.1007/s10773-009-0204-x"));

        Paper summers = paper("0704.1586");
        assertThat(summers.title()) // math stays as written
                .isEqualTo("Core excitation in the elastic scattering and breakup of $^{11}$Be on protons");
        assertThat(summers.authors()).containsExactly(Author.of("N.C. Summers"), Author.of("F.M. Nunes"));
        assertThat(summers.doi()).isEqualTo("10.1103/physrevc.76.014611");
        assertThat(summers.sameAs()).containsExactly(PaperId.doi("10.1103/PhysRev.C77.049901"),
                PaperId.doi("10.1103/PhysRevC.76.014611"));
        assertThat(summers.abstractText()).startsWith("The elastic scattering and breakup of $^{11}$Be from a proton");
    }

    @Test
    void getRecordOf1302_2146() {
        Page page = parseFixture(OaiTestPages.GET_RECORD);

        assertThat(page).isEqualTo(new Page(List.of(), 1, Page.UNKNOWN, null, List.of()));
        assertThat(page.hasNext()).isFalse();
        Paper p = papers.get(0);
        assertThat(p.id()).isEqualTo(PaperId.arxiv("1302.2146"));
        assertThat(p.title()).isEqualTo("The Same-Sign Dilepton Signature of RPV/MFV SUSY");
        assertThat(p.authors()).extracting(Author::name)
                .containsExactly("Joshua Berger", "Maxim Perelstein", "Michael Saelim", "Philip Tanedo");
        assertThat(p.version()).isEqualTo(2);
        assertThat(p.published()).isEqualTo(LocalDate.of(2013, 2, 8));
        assertThat(p.updated()).isEqualTo(Instant.parse("2013-04-02T01:50:08Z"));
        assertThat(p.categories()).containsExactly("hep-ph", "hep-ex");
        assertThat(p.license()).isEqualTo("http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
        assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/1302.2146v2"));
        assertThat(p.doi()).isNull();
        assertThat(p.abstractText()).startsWith("The lack of observation of superpartners at the Large Hadron")
                .endsWith("can be probed at the 14 TeV LHC with a 100 fb^-1 data set.");
    }

    @Test
    void arXivFormatGivesTheSamePaperWithoutVersionNumbers() {
        Page page = parseFixture(OaiTestPages.GET_RECORD_ARXIV_FORMAT);
        Paper raw = ArxivOaiParserTest.only(OaiTestPages.GET_RECORD);

        assertThat(page).isEqualTo(new Page(List.of(), 1, Page.UNKNOWN, null, List.of()));
        Paper p = papers.get(0);
        assertThat(p.id()).isEqualTo(raw.id());
        assertThat(p.title()).isEqualTo(raw.title());
        assertThat(p.abstractText()).isEqualTo(raw.abstractText());
        assertThat(p.categories()).isEqualTo(raw.categories());
        assertThat(p.license()).isEqualTo(raw.license());
        assertThat(p.published()).isEqualTo(LocalDate.of(2013, 2, 8));
        assertThat(p.updated()).isEqualTo(Instant.parse("2013-04-02T00:00:00Z")); // the format has days only
        assertThat(p.version()).isEqualTo(2); // has <updated>: at least a second version
        assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/1302.2146"));
        assertThat(p.authors()).containsExactly(Author.of("Joshua Berger"),
                Author.of("Maxim Perelstein", "Cornell University"), Author.of("Michael Saelim"),
                Author.of("Philip Tanedo"));
    }

    private static Paper only(String fixtureName) {
        List<Paper> list = new ArrayList<>();
        ArxivOaiParser.parse(new ByteArrayInputStream(fixture(fixtureName)), SOURCE, URL, list::add);
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    @Test
    void arXivFormatAuthorsWithSuffixAccentsAndSeveralAffiliations() {
        String xml = """
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><GetRecord><record>
                <header><identifier>oai:arXiv.org:hep-th/9901001</identifier><datestamp>1999-01-05</datestamp></header>
                <metadata><arXiv xmlns="http://arxiv.org/OAI/arXiv/"><id>hep-th/9901001</id><created>1999-01-04</created>
                <authors><author><keyname>M\\"uller</keyname><forenames>Jos\\'e</forenames><suffix>Jr</suffix>
                <affiliation>CERN</affiliation><affiliation>ETH Z\\"urich</affiliation></author>
                <author><keyname>ATLAS Collaboration</keyname></author></authors>
                <title>An old-style   id</title><categories>hep-th</categories><doi>10.1000/XYZ</doi></arXiv></metadata>
                </record></GetRecord></OAI-PMH>
                """;
        parseText(xml);

        Paper p = papers.get(0);
        assertThat(p.id()).isEqualTo(new PaperId("arxiv", "hep-th/9901001"));
        assertThat(p.title()).isEqualTo("An old-style id");
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.updated()).isEqualTo(Instant.parse("1999-01-04T00:00:00Z"));
        assertThat(p.url()).isEqualTo(URI.create("https://arxiv.org/abs/hep-th/9901001"));
        assertThat(p.authors()).containsExactly(new Author("José Müller Jr", "CERN; ETH Zürich", null),
                Author.of("ATLAS Collaboration"));
        assertThat(p.doi()).isEqualTo("10.1000/xyz");
    }

    @Test
    void deletedRecordsAreSkippedAndCounted() {
        Page page = parseText(listRecords(null, 3, 0, deletedRecord("2606.00001"),
                rawRecord("2606.00002", "Kept"), deletedRecord("2606.00003")));

        assertThat(page).isEqualTo(new Page(List.of(), 3, 3, null, List.of())); // three records, two deleted
        assertThat(papers).extracting(p -> p.id().value()).containsExactly("2606.00002");
    }

    @Test
    void noRecordsMatchIsAnEmptyPage() {
        Page page = parseFixture("error_noRecordsMatch.xml");

        assertThat(page).isEqualTo(new Page(List.of(), 0, Page.UNKNOWN, null, List.of()));
        assertThat(papers).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "error_badArgument.xml|badArgument|Verb 'ListRecords', illegal argument 'identifier'.",
            "error_badResumptionToken_2015-06.xml|badResumptionToken|The resumptionToken supplied is illegal for this repository",
            "error_badVerb.xml|badVerb|Bad verb. Verb 'wah' not implemented.",
            "error_idDoesNotExist.xml|idDoesNotExist|Identifier 'oai:arXiv.org:0813.2274' has correct form but does "
                    + "not correspond to an item in this repository"})
    void otherOaiErrorsAreRejectionsQuotingTheServer(String file, String code, String text) {
        assertThatThrownBy(() -> parseFixture(file))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.detail()).isEqualTo("OAI-PMH error " + code + ": " + text);
                    assertThat(e.sourceId()).isEqualTo(SOURCE);
                    assertThat(e.uri()).isEqualTo(URL);
                });
    }

    @Test
    void cannotDisseminateFormatIsARejection() {
        String xml = """
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><request>https://oaipmh.arxiv.org/oai</request>
                <error code="cannotDisseminateFormat">Format 'marc' is not supported</error></OAI-PMH>
                """;
        assertThatThrownBy(() -> parseText(xml)).isInstanceOf(SourceRejectedException.class)
                .hasMessageContaining("OAI-PMH error cannotDisseminateFormat: Format 'marc' is not supported");
    }

    @Test
    void recordsReachTheSinkWhileTheDocumentIsStillBeingRead() {
        // The second record is cut off: the first must already have been handed on when the parse fails.
        String page = listRecords("t", 2, 0, rawRecord("2606.00001", "First"), rawRecord("2606.00002", "Second"));
        String truncated = page.substring(0, page.indexOf("2606.00002") + 20);

        assertThatThrownBy(() -> parseText(truncated)).isInstanceOf(FeedFormatException.class);
        assertThat(papers).extracting(Paper::title).containsExactly("First");
    }

    @Test
    void aRecordThatCannotBeAPaperIsSkippedWithAWarningNamingIt() {
        String xml = listRecords(null, 2, 0, rawRecord("2606.00001", "   "), rawRecord("2606.00002", "Good"));

        Page page = parseText(xml);

        assertThat(papers).extracting(Paper::title).containsExactly("Good");
        assertThat(page.records()).isEqualTo(2); // the skipped record counted, so paging by offset passes it
        assertThat(page.warnings()).containsExactly("skipped bad record oai:arXiv.org:2606.00001: no title at line 6, column 1");
    }

    @Test
    void aPieceOfTheDoiFieldThatIsNotADoiIsAWarningAndTheOtherDoiKept() {
        String xml = listRecords(null, 1, 0, rawRecord("2606.00001", "T")
                .replace("<abstract>", "<doi>see-erratum 10.1000/xyz</doi><abstract>"));

        Page page = parseText(xml);

        assertThat(papers).singleElement().satisfies(p -> {
            assertThat(p.doi()).isEqualTo("10.1000/xyz");
            assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1000/xyz"));
        });
        assertThat(page.warnings()).containsExactly(
                "oai:arXiv.org:2606.00001: 'see-erratum' in <doi> is not a DOI");
    }

    @Test
    void anEmptyAuthorGroupOrAColonIsDroppedWithAWarningAndTheRecordKept() {
        String xml = listRecords(null, 1, 0, rawRecord("2606.00001", "T")
                .replaceFirst("<authors>[^<]*</authors>", "<authors>A. Author, {}, : , B. Author</authors>"));

        Page page = parseText(xml);

        assertThat(papers).singleElement().satisfies(p -> assertThat(p.authors()).extracting(Author::name)
                .containsExactly("A. Author", "B. Author"));
        assertThat(page.warnings()).containsExactly(
                "oai:arXiv.org:2606.00001: author '{}' dropped: it holds no letter or digit",
                "oai:arXiv.org:2606.00001: author ':' dropped: it holds no letter or digit");
    }

    @Test
    void lenientParsingSkipsTheBadRecordAndGoesOn() {
        List<FeedFormatException> problems = new ArrayList<>();
        String xml = listRecords(null, 2, 0, rawRecord("2606.00001", ""), rawRecord("2606.00002", "Good"));

        Page page = ArxivOaiParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SOURCE,
                URL, papers::add, problems::add, () -> { });

        assertThat(page.records()).isEqualTo(2);
        assertThat(papers).extracting(Paper::title).containsExactly("Good");
        assertThat(problems).singleElement().extracting(FeedFormatException::detail).asString()
                .startsWith("bad record oai:arXiv.org:2606.00001: no title");
    }

    @Test
    void aVersionAttributeThatIsNotVnMakesTheRecordBad() {
        List<FeedFormatException> problems = new ArrayList<>();
        String xml = listRecords(null, 2, 0, rawRecord("2606.00001", "T").replace("version=\"v1\"", "version=\"first\""),
                rawRecord("2606.00002", "Good"));

        ArxivOaiParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SOURCE, URL,
                papers::add, problems::add, () -> { });

        assertThat(papers).extracting(Paper::title).containsExactly("Good");
        assertThat(problems).singleElement().extracting(FeedFormatException::detail).asString()
                .startsWith("bad record oai:arXiv.org:2606.00001: version attribute is not vN: 'first'");
    }

    @Test
    void otherMetadataFormatsAreRefused() {
        String xml = """
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record>
                <header><identifier>oai:arXiv.org:2606.00001</identifier><datestamp>2026-06-02</datestamp></header>
                <metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"/></metadata>
                </record></ListRecords></OAI-PMH>
                """;
        assertThatThrownBy(() -> parseText(xml)).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("unsupported metadata format <dc>");
    }

    @Test
    void notOaiPmhIsAFormatError() {
        assertThatThrownBy(() -> parseText("<rss version=\"2.0\"><channel/></rss>"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("not an OAI-PMH response: the root element is <rss>");
    }

    @Test
    void malformedXmlIsAFormatErrorWithTheLine() {
        assertThatThrownBy(() -> parseText("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\n<ListRecords>\n</OAI-PMH>"))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.sourceId()).isEqualTo(SOURCE);
                });
    }

    @Test
    void xxePayloadIsRefusedAndTheFileIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-XXE");

        assertThatThrownBy(() -> parseText(OaiTestPages.xxePage(secret.toUri().toString())))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("a DOCTYPE is not allowed in an OAI-PMH response")
                .hasMessageNotContaining("TOP-SECRET-XXE");
        assertThat(papers).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "'Fri, 8 Feb 2013 21:00:01 GMT', 2013-02-08T21:00:01Z",
            "'Tue, 31 Dec 2024 23:59:59 GMT', 2024-12-31T23:59:59Z",
            "'Fri, 08 Feb 2013 22:00:01 +0100', 2013-02-08T21:00:01Z",
            "'Fri,  8 Feb 2013	21:00:01 GMT', 2013-02-08T21:00:01Z",
            "'8 Feb 2013 21:00:01 GMT', 2013-02-08T21:00:01Z"})
    void versionDatesInTheFormsRfc822Allows(String date, String instant) {
        parseText(listRecords(null, 1, 0, rawRecord("2606.00001", "T").replace("Mon, 1 Jun 2026 12:00:00 GMT", date)));

        assertThat(papers.get(0).updated()).isEqualTo(Instant.parse(instant));
    }

    @Test
    void anImpossibleVersionDateIsAFormatError() {
        String xml = listRecords(null, 1, 0, rawRecord("2606.00001", "T")
                .replace("Mon, 1 Jun 2026 12:00:00 GMT", "Mon, 31 Feb 2026 12:00:00 GMT"));

        Page page = parseText(xml);

        assertThat(papers).isEmpty();
        assertThat(page.warnings()).singleElement().asString()
                .startsWith("skipped bad record oai:arXiv.org:2606.00001: ");
    }

    @Test
    void rfc822DateWithAWrongWeekdayStillReadsTheDate() {
        String xml = listRecords(null, 1, 0, rawRecord("2606.00001", "T")
                .replace("Mon, 1 Jun 2026 12:00:00 GMT", "Fri, 1 Jun 2026 23:30:00 GMT"));

        parseText(xml);

        assertThat(papers.get(0).updated()).isEqualTo(Instant.parse("2026-06-01T23:30:00Z"));
        assertThat(papers.get(0).published()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(papers.get(0).sameAs()).isEqualTo(Set.of());
    }
}
