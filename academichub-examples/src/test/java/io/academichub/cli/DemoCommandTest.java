package io.academichub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.academichub.testing.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code academichub demo} end to end: the bundled recordings through a local server, the real HTTP path, the radar,
 * the extractive briefing, the digest folder — and the HTML digest opened in a real headless Chromium.
 */
class DemoCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exitCode, String stdout, String stderr) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesAFullDigestWithNoNetwork_andTheHtmlRendersInABrowserWithoutARequest(@TempDir Path out) throws Exception {
        Run run = run("demo", "--out", out.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Path html = Path.of(run.stdout().strip());
        Path folder = html.getParent();
        assertThat(folder.getParent()).isEqualTo(out);
        assertThat(run.stderr()).contains("demo: serving bundled recordings at http://127.0.0.1:")
                // progress on stderr, plain lines when it is not a terminal: each source as it starts and ends
                .contains("arxiv:cs.AI+cs.CL+cs.CV+cs.LG started").contains("nature OK 75/75")
                // each arXiv source gets the recorded day's items in its categories (counted in the recording)
                .contains("arxiv:cs.AI+cs.CL+cs.CV+cs.LG OK 513/513", "arxiv:quant-ph+math.PR OK 111/111")
                .contains("daily: radar 'example': ").contains("daily: briefing ");
        for (String file : List.of("digest.md", "digest.html", "papers.jsonl", "matches.jsonl", "briefing.json",
                "feed.xml")) {
            assertThat(folder.resolve(file)).isNotEmptyFile();
        }

        List<String> papers = Files.readAllLines(folder.resolve("papers.jsonl"));
        // 513 + 111 arXiv papers less the 6 listed in both, Nature's 75, bioRxiv's 5 and medRxiv's 3
        assertThat(papers).hasSize(618 + 75 + 5 + 3);
        List<JsonNode> matches = Files.readAllLines(folder.resolve("matches.jsonl")).stream().map(DemoCommandTest::json).toList();
        assertThat(matches).hasSize(30); // the example profile's limit
        assertThat(matches).allSatisfy(m -> {
            assertThat(m.path("profile").asText()).isEqualTo("example");
            assertThat(m.path("status").asText()).isEqualTo("new");
            assertThat(m.path("reasons")).isNotEmpty();
        });
        // both of the profile's interests are on the list: 27 language-model papers, then, by the second interest's
        // share, the day's three quantum-error-correction papers, which score below the 27 and would not make it
        // by score alone (three language-model papers at 0.67, 0.67 and 0.66 would)
        assertThat(matches.subList(27, 30)).extracting(m -> m.path("paper").path("id").asText())
                .containsExactly("arxiv:2406.17995", "arxiv:2405.09035", "arxiv:2411.18450");
        assertThat(matches.subList(27, 30)).allSatisfy(m -> {
            JsonNode reasons = m.path("reasons");
            assertThat(reasons.get(0).path("text").asText()).startsWith("interest 'quantum error correction'");
            assertThat(reasons.get(reasons.size() - 1).path("text").asText()).endsWith("; listed as one of the best "
                    + "for interest 'quantum error correction' (its fair share of the list)");
        });
        assertThat(matches.subList(0, 27)).allSatisfy(m -> assertThat(m.path("reasons").get(0).path("text").asText())
                .startsWith("interest 'language models'"));
        // and the briefing gives those three (the digest's [28] to [30]) a theme of their own, named by its subject
        JsonNode briefing = json(Files.readString(folder.resolve("briefing.json")));
        List<JsonNode> qec = new java.util.ArrayList<>();
        briefing.path("themes").forEach(t -> {
            if (t.path("papers").toString().contains("28,29,30")) {
                qec.add(t);
            }
        });
        assertThat(qec).singleElement().satisfies(t -> assertThat(t.path("name").asText())
                .isEqualTo("quantum error correction · gate · logical qubits"));

        SyndFeed feed = new SyndFeedInput().build(new XmlReader(folder.resolve("feed.xml").toFile()));
        assertThat(feed.getTitle()).isEqualTo("AcademicHub radar: example");
        assertThat(feed.getEntries()).hasSize(matches.size());
        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo(matches.get(0).path("paper").path("title").asText());
        // every entry as a reader shows it: a title, a link, an author (its own or the feed's), a summary, and
        // HTML content with the radar's marks turned into bold
        assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("AcademicHub");
        assertThat(feed.getEntries()).allSatisfy(entry -> {
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getLink()).startsWith("https://");
            assertThat(entry.getDescription().getValue()).isNotBlank();
            assertThat(entry.getContents()).singleElement().satisfies(c -> {
                assertThat(c.getType()).isEqualTo("html");
                assertThat(c.getValue()).contains("<b>").doesNotContain("**");
            });
        });

        String markdown = Files.readString(folder.resolve("digest.md"));
        assertThat(markdown).startsWith("# AcademicHub digest — ").contains("## Radar: example (" + matches.size() + " new)");

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            HeadlessChromium.Page page = chromium.open(html.toUri(), 390, 844);
            assertThat(page.networkRequests()).isEmpty();
            String visible = page.evaluate("document.body.innerText").asText();
            assertThat(visible).contains("01.").contains(matches.get(0).path("paper").path("title").asText());
            // the words the radar matched are marked in bold, as the Markdown digest bolds them
            assertThat(page.evaluate("document.querySelector('#p1 .note mark').textContent").asText())
                    .isEqualTo("Large Language Models");
            assertThat(page.evaluate("getComputedStyle(document.querySelector('#p1 .note mark')).fontWeight").asText())
                    .isEqualTo("600");
            Path shot = Path.of("target", "digest-demo-en.png");
            Files.write(shot, page.screenshotPng());
            assertThat(shot).isNotEmptyFile();
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
