package io.academichub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code academichub} command end to end, in-process: real recorded feeds, WireMock for every HTTP exchange. */
class CliTest {

    private static final String RSS = "fixtures/arxiv-rss/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WireMockServer arxiv;

    @BeforeEach
    void startServer() {
        arxiv = new WireMockServer(options().dynamicPort());
        arxiv.start();
    }

    @AfterEach
    void stopServer() {
        arxiv.stop();
    }

    record Run(int exitCode, List<JsonNode> papers, String stdout, String stderr) {
    }

    private static Run run(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        List<JsonNode> papers = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (line.startsWith("{")) { // paper lines; "sources" prints a table instead
                papers.add(JSON.readTree(line));
            }
        }
        return new Run(code, papers, stdout, err.toString(StandardCharsets.UTF_8));
    }

    private static Path resource(String name) {
        try {
            return Path.of(CliTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = CliTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void parsesTheGzippedFullFeedIntoOneLinePerPaper() throws IOException {
        Run r = run("parse", "--format", "arxiv-rss", resource(RSS + "rss.arxiv.org_all-archives_2024-11-28.xml.gz").toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.papers()).hasSize(1504);
        JsonNode first = r.papers().get(0);
        assertThat(first.get("id").asText()).isEqualTo("arxiv:2411.17700");
        assertThat(first.get("title").asText()).isEqualTo("Exploring the Impact of Generative AI on Cross-Border "
                + "E-Commerce Brand Building in Chinese Tianjin's Manufacturing Sector");
        assertThat(first.get("abstract").asText()).startsWith("This study investigates the influence of generative");
        assertThat(first.get("announceType").asText()).isEqualTo("new");
        assertThat(first.get("type").asText()).isEqualTo("preprint");
        assertThat(first.get("published").asText()).isEqualTo("2024-11-28");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void paperCrossListedInTwoFeedsIsOneLine(@TempDir Path dir) throws IOException {
        // A cs.LG feed of the same day, derived from the real cs.AI excerpt: 2604.21935 is announced there as a
        // cross-list (its categories are cs.AI and cs.LG). Only the channel and that announce type change.
        String csAi = new String(bytes(RSS + "rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml"), StandardCharsets.UTF_8);
        int item = csAi.indexOf("<item>");
        int end = csAi.indexOf("</item>", item) + "</item>".length();
        String csLg = csAi.substring(0, item).replace("cs.AI", "cs.LG")
                + csAi.substring(item, end).replace("Announce Type: new", "Announce Type: cross")
                        .replace("<arxiv:announce_type>new<", "<arxiv:announce_type>cross<")
                + csAi.substring(csAi.lastIndexOf("</channel>"));
        Path lg = Files.writeString(dir.resolve("cs.LG.xml"), csLg);

        Run r = run("parse", "--format", "arxiv-rss",
                resource(RSS + "rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml").toString(), lg.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.papers()).extracting(p -> p.get("id").asText())
                .containsExactly("arxiv:2604.21935", "arxiv:2604.21936", "arxiv:2604.21937");
        JsonNode merged = r.papers().get(0);
        assertThat(merged.get("categories")).extracting(JsonNode::asText).containsExactly("cs.AI", "cs.LG");
        assertThat(merged.get("primaryCategory").asText()).isEqualTo("cs.AI");
        assertThat(merged.get("announceType").asText()).isEqualTo("new");
        assertThat(merged.get("authors")).extracting(a -> a.get("name").asText())
                .containsExactly("Michael Cooper", "Samuel Cooper");
    }

    @Test
    void parsesApiAndOaiFormats() throws IOException {
        Run atom = run("parse", "--format", "arxiv-atom",
                resource("fixtures/arxiv-api-atom/legacy_search_au-del_maestro-ANDNOT_2016-10.xml").toString());
        assertThat(atom.exitCode()).isZero();
        assertThat(atom.papers()).hasSize(10);
        assertThat(atom.papers().get(0).get("id").asText()).isEqualTo("arxiv:1201.4869");
        assertThat(atom.papers().get(1).get("id").asText()).isEqualTo("arxiv:cond-mat/0412498");

        Run oai = run("parse", "--format", "arxiv-oai",
                resource("fixtures/arxiv-oai-pmh/ListRecords_arXivRaw_from-2014-10-01_with-resumptionToken_2015-01.xml").toString());
        assertThat(oai.exitCode()).isZero();
        assertThat(oai.papers()).extracting(p -> p.get("id").asText()).containsExactly("arxiv:0704.0471",
                "arxiv:0704.0716", "arxiv:0704.0874", "arxiv:0704.1109", "arxiv:0704.1114", "arxiv:0704.1586");
    }

    @Test
    void parsePrintsWhatItSkippedOnStderrAndKeepsTheRest() throws IOException {
        Path file = resource("fixtures/crossref-works/works_select-DOI-title_constructed.json");

        Run r = run("parse", "--format", "crossref-json", file.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.papers()).extracting(p -> p.get("id").asText())
                .containsExactly("doi:10.1371/journal.pone.0033693", "doi:10.1101/2024.04.01.587366");
        assertThat(r.papers().get(0).get("published").isNull()).isTrue(); // select=DOI,title: no date at all
        assertThat(r.stderr().lines()).containsExactly("academichub: " + file + ": warning: item 3 (line 1, column 390)"
                + " skipped: DOI 10.5555/no-title-constructed has no title");
    }

    @Test
    void aFailingFileIsOneClearLineAndTheOthersStillPrint() throws IOException {
        Path bad = resource(RSS + "rss.arxiv.org_bad-archive-error_2024-11-28.xml");
        Run r = run("parse", "--format", "arxiv-rss", bad.toString(),
                resource(RSS + "rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.papers()).hasSize(3);
        assertThat(r.stderr().lines()).hasSize(1);
        assertThat(r.stderr()).contains(bad.toString()).contains("Bad archive 'astroph'").doesNotContain("\tat ");

        Run only = run("parse", "--format", "arxiv-rss", bad.toString());
        assertThat(only.exitCode()).isEqualTo(3);
        assertThat(only.papers()).isEmpty();
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) throws IOException {
        Run format = run("parse", "--format", "rdf", dir.toString());
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.stderr()).contains("unknown format 'rdf'");

        Run noArgs = run("fetch");
        assertThat(noArgs.exitCode()).isEqualTo(2);
        assertThat(noArgs.stderr()).contains("--source");

        Run unknown = run("fetch", "--source", "arxive:cs.AI");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("unknown source 'arxive'").contains("arxiv-api");
    }

    @Test
    void fetchPrintsPapersAndOneReportLinePerSource() throws IOException {
        arxiv.stubFor(get(urlPathEqualTo("/rss/cs.AI")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml")
                .withBody(bytes(RSS + "rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml"))));

        Run r = run("fetch", "--source", "arxiv:cs.AI", "--base-url", "arxiv=" + arxiv.baseUrl(),
                "--contact", "ops@example.org");

        assertThat(r.exitCode()).isZero();
        assertThat(r.papers()).extracting(p -> p.get("id").asText())
                .containsExactly("arxiv:2604.21935", "arxiv:2604.21936", "arxiv:2604.21937");
        // stderr is not a terminal here: plain progress lines, the report as the source ends.
        assertThat(r.stderr().lines()).containsExactly("arxiv:cs.AI started", "arxiv:cs.AI OK 3/3");
        arxiv.verify(getRequestedFor(urlPathEqualTo("/rss/cs.AI"))
                .withHeader("User-Agent", matching("AcademicHub/\\S+ \\(.*mailto:ops@example.org\\)")));
    }

    @Test
    void aFailingSourceDoesNotLoseTheOthersPapers() throws IOException {
        arxiv.stubFor(get(urlPathEqualTo("/rss/cs.AI")).willReturn(aResponse().withStatus(200)
                .withBody(bytes(RSS + "rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml"))));
        arxiv.stubFor(get(urlPathEqualTo("/rss/astroph")).willReturn(aResponse().withStatus(200)
                .withBody(bytes(RSS + "rss.arxiv.org_bad-archive-error_2024-11-28.xml"))));

        Run r = run("--quiet", "fetch", "--source", "arxiv:cs.AI", "--source", "arxiv:astroph",
                "--base-url", "arxiv=" + arxiv.baseUrl());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.papers()).hasSize(3);
        List<String> reports = r.stderr().lines().toList(); // --quiet: only the reports, at the end, in source order
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0)).isEqualTo("arxiv:cs.AI OK 3/3");
        assertThat(reports.get(1)).startsWith("arxiv:astroph FAILED: ")
                .contains("Bad archive 'astroph'").contains(arxiv.baseUrl() + "/rss/astroph");
    }

    @Test
    void nothingFetchedExitsWithThreeAndAnEmptyDayIsSuccess() throws IOException {
        arxiv.stubFor(get(urlPathEqualTo("/rss/cs.AI")).willReturn(aResponse().withStatus(404).withBody("Not Found")));
        Run failed = run("fetch", "--source", "arxiv:cs.AI", "--base-url", "arxiv=" + arxiv.baseUrl());
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(failed.stderr()).contains("HTTP 404").contains(arxiv.baseUrl() + "/rss/cs.AI").doesNotContain("\tat ");

        arxiv.stubFor(get(urlPathEqualTo("/rss/test")).willReturn(aResponse().withStatus(200)
                .withBody(bytes(RSS + "rss.arxiv.org_test-archive_no-items_2024-11-28.xml"))));
        Run empty = run("fetch", "--source", "arxiv:test", "--base-url", "arxiv=" + arxiv.baseUrl());
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.papers()).isEmpty();
        assertThat(empty.stderr().lines()).last().asString().startsWith("arxiv:test NO_ANNOUNCEMENT 0");
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        arxiv.stubFor(get(urlPathEqualTo("/rss/cs.AI")).willReturn(aResponse().withStatus(404)));
        Run r = run("--verbose", "fetch", "--source", "arxiv:cs.AI", "--base-url", "arxiv=" + arxiv.baseUrl());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stderr()).contains("SourceRejectedException").contains("\tat ");
    }

    // ---- sources beyond arXiv (issue 3) ------------------------------------------------------------------------

    @Test
    void parsesTheOtherServicesFormats() throws IOException {
        Run nature = run("parse", "--format", "rss", resource("fixtures/nature-rss/nature_current_rss1.0-rdf_2024-08-20.rss").toString());
        assertThat(nature.exitCode()).isZero();
        assertThat(nature.papers()).hasSize(75);
        assertThat(nature.papers()).filteredOn(p -> p.get("type").asText().equals("news")).hasSize(48);
        assertThat(nature.papers().get(0).get("id").asText()).isEqualTo("doi:10.1038/s41586-024-07956-2");

        Run crossref = run("parse", "--format", "crossref-json",
                resource("fixtures/crossref-works/works_query-widget_cursor-star_rows20_2026-06.json").toString());
        assertThat(crossref.exitCode()).isZero();
        assertThat(crossref.papers()).hasSize(20);
        assertThat(crossref.papers()).filteredOn(p -> p.get("type").asText().equals("book-chapter")).hasSize(13);

        Run pubmed = run("parse", "--format", "pubmed-xml", resource("fixtures/pubmed-eutils/efetch_pubmed_27797938.xml").toString());
        assertThat(pubmed.exitCode()).isZero();
        assertThat(pubmed.papers()).singleElement().satisfies(p -> {
            assertThat(p.get("id").asText()).isEqualTo("pmid:27797938");
            assertThat(p.get("doi").asText()).isEqualTo("10.1136/gutjnl-2016-312510");
            assertThat(p.get("authors")).hasSize(22);
        });

        // Constructed from the documented API shape (no recorded bioRxiv response exists; see PROVENANCE.md).
        Run biorxiv = run("parse", "--format", "biorxiv-json",
                resource("fixtures/biorxiv/details_biorxiv_2026-06-29_2026-06-30_quirks_constructed.json").toString());
        assertThat(biorxiv.exitCode()).isZero();
        assertThat(biorxiv.papers()).extracting(p -> p.get("id").asText()).containsExactly(
                "doi:10.1101/2026.06.28.700101", "doi:10.1101/2026.06.27.700202", "doi:10.1101/2026.05.10.690303",
                "doi:10.1101/2026.06.29.700404", "doi:10.1101/2026.06.30.700505");
        assertThat(biorxiv.papers().get(2).get("version").asInt()).isEqualTo(3);
    }

    @Test
    void fetchesAJournalPresetAndCrossrefSideBySide() throws IOException {
        arxiv.stubFor(get(urlPathEqualTo("/nature.rss")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml")
                .withBody(bytes("fixtures/nature-rss/nature_current_rss1.0-rdf_2024-08-20.rss"))));
        arxiv.stubFor(get(urlPathEqualTo("/works")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(bytes("fixtures/crossref-works/works_query-widget_cursor-star_rows20_2026-06.json"))));

        Run r = run("fetch", "--quiet", "--source", "nature", "--source", "crossref:1932-6203", "--limit", "20",
                "--base-url", "nature=" + arxiv.baseUrl(), "--base-url", "crossref=" + arxiv.baseUrl(),
                "--contact", "ops@example.org");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.papers()).hasSize(40);
        assertThat(r.stderr().lines()).containsExactly("nature OK 20/20", "crossref:1932-6203 OK 20/20"
                + " [warning: DOI 10.1007/978-1-4302-0197-7_9 has no publication date; used the date Crossref created"
                + " the record, 2007-09-08] [warning: DOI 10.1007/springerreference_66110 has no publication date;"
                + " used the date Crossref created the record, 2011-08-29]");
        arxiv.verify(getRequestedFor(urlPathEqualTo("/works"))
                .withQueryParam("filter", com.github.tomakehurst.wiremock.client.WireMock.equalTo("issn:1932-6203"))
                .withQueryParam("mailto", com.github.tomakehurst.wiremock.client.WireMock.equalTo("ops@example.org")));

        Run bad = run("fetch", "--source", "nature", "--option", "mailto=x@example.org");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).contains("--option mailto: expected NAME.KEY=VALUE");
    }

    @Test
    void sourcesListsEveryKindFetchAccepts() throws IOException {
        Run r = run("sources");

        assertThat(r.exitCode()).isZero();
        String kinds = r.stdout().substring(0, r.stdout().indexOf("\n\n"));
        assertThat(kinds.lines().filter(l -> !l.startsWith(" ")).map(l -> l.substring(0, l.indexOf(' '))))
                .containsExactly("arxiv", "arxiv-api", "arxiv-oai", "biorxiv", "cell", "crossref", "lancet", "medrxiv",
                        "nature", "nejm", "plos-one", "pnas", "pubmed", "rss", "science");
        assertThat(r.stdout()).contains("crossref   Crossref REST API works; ARGUMENT: an ISSN such as 1932-6203")
                // each kind's options, from its declarations
                .contains("--option crossref.rows (number, default 100): works per request, 1 to 1000")
                .contains("--option crossref.mailto (text, default the contact address)")
                // and every format parse --format reaches, from the providers
                .contains("Formats of recorded files (parse --format):")
                .contains("crossref-json ").contains("arxiv-oai ").contains("pubmed-xml ");
    }

    @Test
    void anUndeclaredOptionIsNamedWithTheValidOnes() throws IOException {
        Run r = run("fetch", "--source", "crossref:1932-6203", "--option", "crossref.mailtoo=x@example.org");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("unknown option 'mailtoo' for source kind crossref; valid options: baseUrl, "
                + "contact, mailto, rows");
    }

    @Test
    void optionsReachTheirSourceKind() throws IOException {
        arxiv.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(200)
                .withBody(bytes("fixtures/arxiv-api-atom/legacy_search_au-del_maestro-ANDNOT_2016-10.xml"))));

        Run r = run("fetch", "--source", "arxiv-api:au:del_maestro", "--limit", "10", "--base-url", "arxiv=" + arxiv.baseUrl(),
                "--option", "arxiv-api.sortBy=relevance", "--option", "arxiv-api.sortOrder=ascending");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.papers()).hasSize(10);
        arxiv.verify(getRequestedFor(urlPathEqualTo("/api/query"))
                .withQueryParam("sortBy", com.github.tomakehurst.wiremock.client.WireMock.equalTo("relevance"))
                .withQueryParam("sortOrder", com.github.tomakehurst.wiremock.client.WireMock.equalTo("ascending")));
    }
}
