package io.academichub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code academichub brief} on papers parsed from a real recorded arXiv feed. */
class BriefCommandTest {

    private static final String FEED = "fixtures/arxiv-rss/rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml";

    @TempDir
    Path dir;

    record Run(int exitCode, String stdout, String stderr) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path parsedPapers() throws Exception {
        Path feed = Path.of(BriefCommandTest.class.getClassLoader().getResource(FEED).toURI());
        Run parse = run("parse", "--format", "arxiv-rss", feed.toString());
        assertThat(parse.exitCode()).isZero();
        Path papers = dir.resolve("papers.jsonl");
        Files.writeString(papers, parse.stdout());
        return papers;
    }

    @Test
    void writesMarkdownHtmlAndJson() throws Exception {
        Path papers = parsedPapers();
        Path md = dir.resolve("briefing.md");
        Path html = dir.resolve("briefing.html");
        Path json = dir.resolve("briefing.json");
        Run r = run("brief", "--in", papers.toString(), "--out", md.toString(), "--html", html.toString(),
                "--json", json.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).contains("brief: extractive 3/3\n").contains("brief: 3 papers, ");
        assertThat(Files.readString(md)).startsWith("# Research briefing · ").contains("**[3]** ");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<li id=\"p3\">");
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertThat(tree.get("papers")).hasSize(3);
        assertThat(tree.at("/metadata/path").asText()).isEqualTo("extractive");
        List<String> ids = Files.readAllLines(papers).stream().filter(l -> !l.isBlank())
                .map(l -> l.replaceAll(".*?\"id\":\"([^\"]+)\".*", "$1")).collect(Collectors.toList());
        assertThat(tree.get("papers").findValuesAsText("id")).containsExactlyElementsOf(ids);
    }

    @Test
    void readsRadarMatchesAndFollowsTheLanguage() throws Exception {
        List<String> lines = Files.readAllLines(parsedPapers());
        Path matches = dir.resolve("matches.jsonl");
        Files.writeString(matches, lines.stream().filter(l -> !l.isBlank())
                .map(l -> "{\"paper\":" + l + ",\"score\":1.5,\"reasons\":[]}").collect(Collectors.joining("\n")));
        Path md = dir.resolve("zh.md");
        Run r = run("brief", "--in", matches.toString(), "--lang", "zh", "--out", md.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(Files.readString(md)).startsWith("# 研究简报 · ").contains("## 论文", "一句话总结: ");
    }

    @Test
    void aBadLineIsNamedAndNothingIsWritten() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, Files.readString(parsedPapers()) + "{\"id\":\"arxiv:2404.00001\"}\n");
        Path md = dir.resolve("x.md");
        Run r = run("brief", "--in", bad.toString(), "--out", md.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("academichub: " + bad + ": line 4: ");
        assertThat(md).doesNotExist();
    }

    @Test
    void aProviderIsRefusedInOneLine() throws Exception {
        Run r = run("brief", "--in", parsedPapers().toString(), "--llm", "openai", "--out",
                dir.resolve("x.md").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines()).singleElement().asString().contains("--llm openai");
    }
}
