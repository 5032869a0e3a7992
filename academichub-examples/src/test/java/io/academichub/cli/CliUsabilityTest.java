package io.academichub.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.academichub.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** What a person meets at the command line: progress while waiting, dates in words, named mistakes, bad files. */
class CliUsabilityTest {

    private static final String CS_AI = "fixtures/arxiv-rss/rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml";

    private WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    record Run(int exitCode, List<String> stdout, List<String> stderr) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static Path resource(String name) {
        try {
            return Path.of(CliUsabilityTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCommandListGivesEachCommandAWholeSentence() {
        Run r = run("--help");

        assertThat(r.exitCode()).isZero();
        int commands = r.stdout().indexOf("Commands:");
        int end = r.stdout().indexOf("Exit codes:");
        assertThat(commands).isPositive();
        // "  fetch     Fetch papers … Paper JSON lines." with any wrapped continuation lines joined to it
        List<String> summaries = new java.util.ArrayList<>();
        for (String line : r.stdout().subList(commands + 1, end)) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                summaries.add(line.strip());
            } else {
                int last = summaries.size() - 1;
                summaries.set(last, summaries.get(last) + " " + line.strip());
            }
        }
        assertThat(summaries).extracting(s -> s.split(" ")[0]).containsExactly(
                "parse", "fetch", "sources", "init", "daily", "demo", "radar", "feedback", "brief");
        assertThat(summaries).allSatisfy(s -> assertThat(s).endsWith("."));
        assertThat(summaries).contains("fetch     Fetch papers from sources concurrently and print them, merged, as "
                + "Paper JSON lines.");
    }

    @Test
    void eachSourceHasALineAsItStartsAndItsReportAsItEnds() {
        server.stubFor(get(urlPathEqualTo("/rss/cs.AI")).willReturn(aResponse().withBody(Fixtures.bytes(CS_AI))));
        server.stubFor(get(urlPathEqualTo("/nature.rss")).willReturn(aResponse().withStatus(404)));

        Run r = run("fetch", "--source", "arxiv:cs.AI", "--source", "nature",
                "--base-url", "arxiv=" + server.baseUrl(), "--base-url", "nature=" + server.baseUrl());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdout()).hasSize(3);
        assertThat(r.stderr()).hasSize(4).contains("arxiv:cs.AI started", "nature started", "arxiv:cs.AI OK 3/3");
        assertThat(r.stderr()).filteredOn(l -> l.startsWith("nature FAILED: ")).singleElement().asString()
                .contains("HTTP 404");
        for (String id : List.of("arxiv:cs.AI", "nature")) {
            int started = r.stderr().indexOf(id + " started");
            assertThat(r.stderr().subList(started + 1, r.stderr().size()))
                    .anyMatch(l -> l.startsWith(id + " OK") || l.startsWith(id + " FAILED"));
        }
    }

    @Test
    void quietLeavesOnlyTheReports() {
        server.stubFor(get(urlPathEqualTo("/rss/cs.AI")).willReturn(aResponse().withBody(Fixtures.bytes(CS_AI))));

        Run r = run("fetch", "-q", "--source", "arxiv:cs.AI", "--base-url", "arxiv=" + server.baseUrl());

        assertThat(r.exitCode()).isZero();
        assertThat(r.stderr()).containsExactly("arxiv:cs.AI OK 3/3");
    }

    @Test
    void aBadDateIsOneClearLine() {
        Run calendar = run("fetch", "--source", "arxiv-api:cat:cs.AI", "--from", "2026-02-30");
        assertThat(calendar.exitCode()).isEqualTo(2);
        assertThat(calendar.stderr()).containsExactly("academichub: Invalid value for option '--from': "
                + "'2026-02-30' is not a day (Invalid date 'FEBRUARY 30'); expected YYYY-MM-DD, today or yesterday");

        Run shape = run("fetch", "--source", "arxiv-api:cat:cs.AI", "--to", "20261101");
        assertThat(shape.exitCode()).isEqualTo(2);
        assertThat(shape.stderr()).containsExactly("academichub: Invalid value for option '--to': "
                + "'20261101' is not a day; expected YYYY-MM-DD, today or yesterday");
    }

    @Test
    void wordsForDaysReachTheSource() {
        // The arXiv query API puts --from/--to into submittedDate; only the CLI's reading of the words is tested.
        server.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withBody(
                Fixtures.bytes("fixtures/arxiv-api-atom/legacy_search_au-del_maestro-ANDNOT_2016-10.xml"))));

        Run r = run("fetch", "-q", "--source", "arxiv-api:au:del_maestro", "--from", "yesterday", "--to", "today",
                "--limit", "10",
                "--base-url", "arxiv=" + server.baseUrl());

        assertThat(r.exitCode()).as(String.join("\n", r.stderr())).isZero();
        String query = server.getAllServeEvents().get(0).getRequest().queryParameter("search_query").firstValue();
        java.time.LocalDate today = java.time.LocalDate.now();
        String day = java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(today);
        String dayBefore = java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(today.minusDays(1));
        assertThat(query).contains("submittedDate:[" + dayBefore).contains("TO " + day);
    }

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        for (Class<?> sub : Main.class.getAnnotation(picocli.CommandLine.Command.class).subcommands()) {
            String name = sub.getAnnotation(picocli.CommandLine.Command.class).name();
            if (name.equals("help")) {
                continue; // picocli's own help command takes a command name, not --help
            }
            Run r = run(name, "--help");

            assertThat(r.exitCode()).as(name).isZero();
            assertThat(r.stdout()).as(name).first().asString().startsWith("Usage: academichub " + name);
            assertThat(r.stderr()).as(name).isEmpty();
            // within 80 columns: picocli wraps a longer footer line to column 0, mid-token
            assertThat(r.stdout()).as(name).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        }
    }

    @Test
    void helpSaysWhatEachOptionDoesInThatCommand() {
        List<String> fetch = run("fetch", "--help").stdout();
        assertThat(fetch).contains("  crossref:ISSN        Crossref works of a journal, e.g. crossref:1932-6203",
                "                       arxiv-api:\"cat:cs.CL AND ti:retrieval\"");
        assertThat(String.join(" ", fetch).replaceAll("\\s+", " "))
                .contains("Most papers per source (default: all the source has).")
                .contains("each source's report line comes at the end instead");

        assertThat(String.join(" ", run("feedback", "--help").stdout()).replaceAll("\\s+", " "))
                .contains("A paper to see less like (arXiv id, DOI, URL).");
        assertThat(String.join(" ", run("brief", "--help").stdout()).replaceAll("\\s+", " "))
                .contains("No progress on stderr: only the summary line and errors.");
        for (String command : List.of("parse", "sources", "init", "feedback", "brief")) {
            assertThat(String.join(" ", run(command, "--help").stdout()).replaceAll("\\s+", " ")).as(command)
                    .doesNotContain("report line comes at the end");
        }
    }

    @Test
    void aMistakenOptionIsNamedOnceAsTyped() {
        Run both = run("feedback", "--profile", "p.yaml", "--like=2411.18090", "--dismiss=2411.17700");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.stderr()).containsExactly(
                "academichub: --like=ID, --dismiss=ID are mutually exclusive (specify only one)",
                "Try 'academichub feedback --help'.");

        Run limit = run("fetch", "--source", "arxiv:cs.AI", "--limit", "-5");
        assertThat(limit.exitCode()).isEqualTo(2);
        assertThat(limit.stderr()).containsExactly("academichub: --limit must be at least 1: -5");

        Run days = run("fetch", "--source", "arxiv-api:cat:cs.AI", "--from", "2026-11-02", "--to", "2026-11-01");
        assertThat(days.exitCode()).isEqualTo(2);
        assertThat(days.stderr()).containsExactly("academichub: --to 2026-11-01 is before --from 2026-11-02");
    }

    @Test
    void anUnknownOptionIsNamedWithTheNearestValidOne() {
        Run r = run("fetch", "--sauce", "arxiv:cs.AI");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().get(0)).isEqualTo("academichub: Unknown option: '--sauce'. Did you mean --source?");
        assertThat(r.stderr()).hasSize(2).last().isEqualTo("Try 'academichub fetch --help'.");

        Run value = run("fetch", "--source", "arxiv:cs.AI", "--limt=5");
        assertThat(value.stderr().get(0)).isEqualTo("academichub: Unknown option: '--limt'. Did you mean --limit?");

        Run command = run("fecth", "--source", "arxiv:cs.AI");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.stderr().get(0)).isEqualTo("academichub: Unknown command: 'fecth'. Did you mean fetch?");
    }

    @Test
    void unreadableFilesAreNamedWithWhyAndTheGoodFilesStillPrint(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nope.xml");
        Path directory = Files.createDirectory(dir.resolve("feeds"));
        Path notGzip = Files.writeString(dir.resolve("feed.xml.gz"), "<rss/>");

        Run r = run("parse", "--format", "arxiv-rss", missing.toString(), resource(CS_AI).toString(),
                directory.toString(), notGzip.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdout()).hasSize(3);
        assertThat(r.stderr()).containsExactly(
                "academichub: " + missing + ": no such file",
                "academichub: " + directory + ": is a directory, not a file",
                "academichub: " + notGzip + ": cannot be read: not in GZIP format");

        Run none = run("parse", "--format", "arxiv-rss", missing.toString());
        assertThat(none.exitCode()).isEqualTo(3);
        assertThat(none.stderr()).containsExactly("academichub: " + missing + ": no such file");
    }
}
