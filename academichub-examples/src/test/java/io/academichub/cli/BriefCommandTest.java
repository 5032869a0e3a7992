package io.academichub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.academichub.testing.Fixtures;
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
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
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

    /** The README shows an excerpt of a real extractive briefing: every line of it is a line of what brief writes. */
    @Test
    void theReadmesExcerptIsWhatBriefWritesOnTheRecordedDay() throws Exception {
        Path feed = Path.of(BriefCommandTest.class.getClassLoader()
                .getResource("fixtures/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz").toURI());
        Run parse = run("--quiet", "parse", "--format", "arxiv-rss", feed.toString());
        assertThat(parse.exitCode()).as(parse.stderr()).isZero();
        Path today = dir.resolve("today.jsonl");
        Files.writeString(today, parse.stdout());
        Path md = dir.resolve("briefing.md");

        Run r = run("--quiet", "brief", "--in", today.toString(), "--lang", "en", "--out", md.toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int intro = readme.indexOf("An excerpt of the real extractive briefing");
        assertThat(intro).as("the README's excerpt").isPositive();
        int start = readme.indexOf("```markdown\n", intro) + "```markdown\n".length();
        List<String> excerpt = readme.substring(start, readme.indexOf("```", start)).lines()
                .filter(l -> !l.isBlank() && !l.equals("…")).toList();
        assertThat(excerpt).hasSizeGreaterThan(5);
        assertThat(Files.readAllLines(md)).containsAll(excerpt);
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
        assertThat(Files.readString(md)).startsWith("# 研究简报 · ").contains("## 论文", "一句话总结：");
    }

    @Test
    void aBadLineIsNamedAndNothingIsWritten() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, Files.readString(parsedPapers()) + "{\"id\":\"arxiv:2404.00001\"}\n");
        Path md = dir.resolve("x.md");
        Run r = run("brief", "--in", bad.toString(), "--out", md.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("academichub: " + bad + " line 4: invalid paper arxiv:2404.00001: missing field 'url'\n");
        assertThat(md).doesNotExist();
    }

    @Test
    void quietLeavesOnlyTheSummary() throws Exception {
        Path md = dir.resolve("briefing.md");
        Run r = run("--quiet", "brief", "--in", parsedPapers().toString(), "--out", md.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).isEqualTo("brief: 3 papers, 1 theme, 0 bridges (extractive) -> " + md + "\n");
    }

    @Test
    void aProviderWithoutItsKeyIsRefusedInOneLine() throws Exception {
        Run r = run("brief", "--in", parsedPapers().toString(), "--llm", "openai", "--api-key-env",
                "ACADEMICHUB_TEST_KEY_THAT_IS_NOT_SET", "--out", dir.resolve("x.md").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines()).singleElement().asString().isEqualTo("academichub: --llm openai: no API key: "
                + "the environment variable ACADEMICHUB_TEST_KEY_THAT_IS_NOT_SET is not set");
        assertThat(dir.resolve("x.md")).doesNotExist();
    }

    @Test
    void aModelWritesTheBriefingAndAReRunFromTheCacheAsksItNothing() throws Exception {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try {
            server.stubFor(post("/v1/chat/completions")
                    .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("paper_note")))
                    .willReturn(reply("{\"tldr\":\"An agent framework evaluates and optimises candidate drug "
                            + "molecules.\",\"method\":\"Hierarchical skills for an LLM agent\",\"finding\":\"The "
                            + "agent screens molecules better than the baselines\",\"field\":\"drug discovery\"}")));
            server.stubFor(post("/v1/chat/completions")
                    .withRequestBody(matchingJsonPath("$.response_format.json_schema.name",
                            equalTo("briefing_synthesis")))
                    .willReturn(reply("{\"title\":\"Agents for science\",\"overview\":[\"Three papers build "
                            + "agents for mathematics, medical images and drug molecules [1][2][3].\"],\"themes\":"
                            + "[{\"name\":\"Agents\",\"papers\":[2,3],\"statements\":[\"Agent frameworks "
                            + "process medical images and evaluate drug molecules [2][3][9].\"]}],\"bridges\":[],"
                            + "\"readFirst\":[{\"paper\":3,\"why\":\"Hierarchical skills for drug molecules [3].\"}]}")));
            Path papers = parsedPapers();
            Path md = dir.resolve("briefing.md");
            Path json = dir.resolve("briefing.json");
            String[] args = {"brief", "--in", papers.toString(), "--llm", "openai", "--model", "gpt-4o-mini",
                "--base-url", server.baseUrl() + "/v1", "--api-key-env", "ACADEMICHUB_TEST_LLM_KEY",
                "--cache", dir.resolve("cache").toString(), "--out", md.toString(), "--json", json.toString()};

            Run first = run(args);

            assertThat(first.exitCode()).as(first.stderr()).isZero();
            // the recorded reply's usage, 172 + 29 tokens, four times
            assertThat(first.stderr()).isEqualTo("brief: notes 3/3\nbrief: synthesis 1/1\n"
                    + "brief: 3 papers, 1 theme, 0 bridges (llm: 4 model calls, 804 tokens, 0 notes from the cache, "
                    + "1 citation removed) -> " + md + "\n");
            assertThat(server.getAllServeEvents()).hasSize(4);
            server.verify(4, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                    .withHeader("Authorization", equalTo("Bearer sk-test-briefing-0123456789")));
            assertThat(Files.readString(md)).startsWith("# Agents for science\n")
                    .contains("> 1 citation to a paper not in the list was removed.")
                    .contains("TL;DR: An agent framework evaluates and optimises candidate drug molecules.");
            JsonNode tree = new ObjectMapper().readTree(json.toFile());
            assertThat(tree.at("/metadata/path").asText()).isEqualTo("llm");
            assertThat(tree.at("/metadata/model").asText()).isEqualTo("openai/gpt-4o-mini");
            assertThat(tree.at("/metadata/citationsRemoved").asInt()).isEqualTo(1);

            Run second = run(args);

            assertThat(second.exitCode()).as(second.stderr()).isZero();
            assertThat(second.stderr()).contains("(llm: 0 model calls, 0 tokens, 3 notes from the cache");
            assertThat(server.getAllServeEvents()).hasSize(4);
            // the key went to the service's header and into no file written, nor onto the terminal
            assertThat(first.stderr() + first.stdout() + second.stderr()).doesNotContain("sk-test-briefing");
            try (Stream<Path> written = Files.walk(dir)) {
                for (Path file : written.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain("sk-test-briefing");
                }
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aProviderThatRefusesTheKeyIsOneLineAndExitThree() throws Exception {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try {
            server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.text("fixtures/openai-chat/error_401_invalid-api-key.json"))));
            Path md = dir.resolve("briefing.md");

            Run r = run("--quiet", "brief", "--in", parsedPapers().toString(), "--llm", "openai", "--model",
                    "gpt-4o-mini", "--base-url", server.baseUrl() + "/v1", "--api-key-env", "ACADEMICHUB_TEST_LLM_KEY",
                    "--concurrency", "1", "--out", md.toString());

            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.stderr().lines()).singleElement().asString()
                    .startsWith("academichub: openai (gpt-4o-mini): ").doesNotContain("sk-test-briefing");
            assertThat(server.getAllServeEvents()).hasSize(1);
            assertThat(md).doesNotExist();
        } finally {
            server.stop();
        }
    }

    @Test
    void aConcurrencyOutOfRangeIsRefusedInOneLine() throws Exception {
        Run r = run("brief", "--in", parsedPapers().toString(), "--llm", "openai", "--api-key-env",
                "ACADEMICHUB_TEST_LLM_KEY", "--concurrency", "0", "--out", dir.resolve("x.md").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines()).singleElement().asString()
                .isEqualTo("academichub: --concurrency: concurrency must be from 1 to 32: 0");
    }

    @Test
    void aGatewayAsTheReadmeNamesItGetsTheModelAndItsOwnKey() throws Exception {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try {
            // the key refused: enough to see where the request went and what it carried
            server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.text("fixtures/openai-chat/error_401_invalid-api-key.json"))));

            Run r = run("--quiet", "brief", "--in", parsedPapers().toString(), "--llm", "mygateway", "--base-url",
                    server.baseUrl() + "/v1", "--model", "gpt-4o-mini", "--api-key-env", "ACADEMICHUB_TEST_LLM_KEY",
                    "--concurrency", "1", "--out", dir.resolve("b.md").toString());

            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.stderr().lines()).singleElement().asString()
                    .startsWith("academichub: mygateway (gpt-4o-mini): the API key was refused (HTTP 401 ");
            server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                    .withHeader("Authorization", equalTo("Bearer sk-test-briefing-0123456789"))
                    .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini"))));
        } finally {
            server.stop();
        }
    }

    @Test
    void aGatewayWithoutAModelIsRefusedInOneLine() throws Exception {
        Run r = run("brief", "--in", parsedPapers().toString(), "--llm", "mygateway", "--base-url",
                "https://llm.example.org/v1", "--api-key-env", "ACADEMICHUB_TEST_LLM_KEY", "--out",
                dir.resolve("b.md").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines()).singleElement().asString().isEqualTo("academichub: --llm mygateway: no model "
                + "configured; only openai, anthropic and deepseek have a default model");
    }

    @Test
    void aMisspeltProviderIsRefusedWithTheNearestKnownOne() throws Exception {
        Run r = run("brief", "--in", parsedPapers().toString(), "--llm", "opnai", "--out",
                dir.resolve("b.md").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines()).singleElement().asString().isEqualTo("academichub: --llm opnai: not a known "
                + "provider (openai, anthropic, deepseek, openrouter, together, qwen, ollama, lmstudio, vllm), so it "
                + "needs a base URL, e.g. https://llm.example.org/v1; did you mean 'openai'?");
    }

    /** The recorded json_schema completion with {@code content} as its answer (CONSTRUCTED in PROVENANCE.md). */
    private static ResponseDefinitionBuilder reply(String content) throws Exception {
        ObjectNode body = (ObjectNode) new ObjectMapper().readTree(
                Fixtures.text("fixtures/openai-chat/chat_completion_200_json-schema.json"));
        ((ObjectNode) body.get("choices").get(0).get("message")).put("content", content);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
    }
}
