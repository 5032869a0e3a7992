package io.academichub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.academichub.llm.briefing.BriefingPath;
import io.academichub.radar.Match;
import io.academichub.radar.Reason;
import io.academichub.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily job's {@code briefing.llm}: the bundled arXiv day served by the demo server, the example profile, and a
 * chat model on WireMock answering with the recorded OpenAI reply shapes (CONSTRUCTED content, see PROVENANCE.md).
 */
class DailyBriefingTest {

    private static final String CHAT = "/v1/chat/completions";
    /** The whole recorded arXiv day (every archive): 1,504 papers. */
    private static final String ARXIV_DAY = "arxiv:" + DemoServer.ARXIV_DAY;

    @TempDir
    Path dir;

    private WireMockServer llm;
    private DemoServer feeds;
    private final StringWriter progress = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        llm = new WireMockServer(options().dynamicPort());
        llm.start();
        feeds = DemoServer.start();
        Files.writeString(dir.resolve("example.yaml"), DailyConfig.exampleProfileText(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        llm.stop();
        feeds.close();
    }

    private DailyJob.Outcome runDaily(boolean fallbackToExtractive) throws IOException {
        return runDaily(new DailyConfig.BriefingSettings("en", "openai", "gpt-4o-mini", llm.baseUrl() + "/v1",
                "TEST_KEY", null, fallbackToExtractive));
    }

    private DailyJob.Outcome runDaily(DailyConfig.BriefingSettings briefing) throws IOException {
        DailyConfig config = new DailyConfig(null, List.of(ARXIV_DAY), List.of(dir.resolve("example.yaml")),
                briefing,
                dir.resolve("out"), dir.resolve("data"), DailyConfig.DeliverySettings.NONE,
                URI.create("https://example.org/radar/"));
        DailyJob job = new DailyJob(config, Map.of("arxiv", feeds.baseUrl()), new PrintWriter(progress, true),
                Clock.fixed(Instant.parse("2024-11-28T06:00:00Z"), ZoneOffset.UTC),
                Map.of("TEST_KEY", "sk-test-daily-0123456789")::get);
        return job.run(dir.resolve("out"));
    }

    private DailyJob.Outcome runExtractive(String contact, Path root) throws IOException {
        DailyConfig config = new DailyConfig(contact, List.of("arxiv:cs.AI"), List.of(dir.resolve("example.yaml")),
                DailyConfig.BriefingSettings.DEFAULT, root, dir.resolve("data"), DailyConfig.DeliverySettings.NONE,
                null);
        return new DailyJob(config, Map.of("arxiv", feeds.baseUrl()), new PrintWriter(progress, true),
                Clock.fixed(Instant.parse("2024-11-28T06:00:00Z"), ZoneOffset.UTC), k -> null).run(root);
    }

    @Test
    void theDigestFolderIsAbsoluteOnTheFirstRunOfADayAndOnTheNext() throws IOException {
        // a relative output folder, as "demo" has by default: the path printed must not change form between runs
        Path relative = Path.of("target", "daily-folder-test-" + System.nanoTime());
        try {
            Path first = runExtractive(null, relative.resolve("digests")).folder();
            Path second = runExtractive(null, relative.resolve("digests")).folder();

            Path root = relative.resolve("digests").toAbsolutePath().normalize();
            assertThat(first).isEqualTo(root.resolve("2024-11-28"));
            assertThat(second).isEqualTo(root.resolve("2024-11-28T060000"));
        } finally {
            try (var files = Files.walk(relative)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void thePlaceholderContactIsNotSentAndTheRunSaysSo() throws IOException {
        runExtractive(DailyJob.CONTACT_PLACEHOLDER, dir.resolve("out"));

        assertThat(progress.toString().lines()).first().isEqualTo("daily: no contact address is sent: 'contact' is "
                + "still the placeholder you@example.org; set it to your e-mail address in academichub.yaml (arXiv, "
                + "Crossref and NCBI ask for one)");
    }

    private static ResponseDefinitionBuilder reply(String content) throws IOException {
        ObjectNode body = (ObjectNode) new ObjectMapper().readTree(
                Fixtures.text("fixtures/openai-chat/chat_completion_200_json-schema.json"));
        ((ObjectNode) body.get("choices").get(0).get("message")).put("content", content);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    @Test
    void theConfiguredModelWritesTheBriefingOfTheMatches() throws IOException {
        llm.stubFor(post(CHAT).withRequestBody(matchingJsonPath("$.response_format.json_schema.name",
                        equalTo("paper_note")))
                .willReturn(reply("{\"tldr\":\"The paper builds a language model agent and tests it on the "
                        + "benchmarks of the field.\",\"method\":\"An agent with tools\",\"finding\":\"It improves on "
                        + "the baselines\",\"field\":\"artificial intelligence\"}")));
        llm.stubFor(post(CHAT).withRequestBody(matchingJsonPath("$.response_format.json_schema.name",
                        equalTo("briefing_synthesis")))
                .willReturn(reply("{\"title\":\"Agents and their benchmarks\",\"overview\":[\"Language model agents "
                        + "are built and tested on benchmarks [1][2].\"],\"themes\":[{\"name\":\"Agents\",\"papers\":"
                        + "[1,2],\"statements\":[\"Language model agents improve on baselines [1][2].\"]}],"
                        + "\"bridges\":[],\"readFirst\":[]}")));

        DailyJob.Outcome outcome = runDaily(false);

        int matched = outcome.matches().get("example").size();
        assertThat(matched).isPositive();
        assertThat(outcome.briefing().metadata().path()).isEqualTo(BriefingPath.LLM);
        assertThat(outcome.briefing().metadata().model()).isEqualTo("openai/gpt-4o-mini");
        assertThat(outcome.briefing().title()).isEqualTo("Agents and their benchmarks");
        assertThat(outcome.briefingFailure()).isNull();
        assertThat(llm.getAllServeEvents()).hasSize(matched + 1);
        JsonNode json = new ObjectMapper().readTree(outcome.folder().resolve("briefing.json").toFile());
        assertThat(json.at("/metadata/path").asText()).isEqualTo("llm");
        assertThat(Files.readString(outcome.folder().resolve("digest.md"))).contains("Agents and their benchmarks");
        assertThat(progress.toString()).contains("daily: briefing " + matched + " papers (openai/gpt-4o-mini)")
                .contains("daily: briefing synthesis 1/1");
        // the notes are cached in the data folder
        try (var notes = Files.list(dir.resolve("data/briefing-cache/notes"))) {
            assertThat(notes.count()).isEqualTo(matched);
        }
    }

    @Test
    void severalProfilesListEachPaperOnceNumberedAsTheBriefingCitesIt() throws IOException {
        // two profiles that share papers: "Algorithmic Collusion by Large Language Models" matches both
        Files.writeString(dir.resolve("llm.yaml"), """
                name: llm
                interests:
                  - name: language models
                    query: '"large language model" OR LLM'
                limit: 8
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("markets.yaml"), """
                name: markets
                interests:
                  - name: markets
                    query: 'pricing OR collusion OR oligopoly OR auction'
                limit: 8
                """, StandardCharsets.UTF_8);
        DailyConfig config = new DailyConfig(null, List.of(ARXIV_DAY),
                List.of(dir.resolve("llm.yaml"), dir.resolve("markets.yaml")),
                new DailyConfig.BriefingSettings("en", "none", null, null, null, null, false),
                dir.resolve("out"), dir.resolve("data"), DailyConfig.DeliverySettings.NONE, null);
        DailyJob.Outcome outcome = new DailyJob(config, Map.of("arxiv", feeds.baseUrl()),
                new PrintWriter(progress, true), Clock.fixed(Instant.parse("2024-11-28T06:00:00Z"), ZoneOffset.UTC),
                k -> null).run(dir.resolve("out"));

        List<Match> llmMatches = outcome.matches().get("llm");
        List<Match> marketMatches = outcome.matches().get("markets");
        java.util.Set<String> both = new java.util.HashSet<>(llmMatches.stream().map(m -> m.paper().id().value())
                .toList());
        both.retainAll(marketMatches.stream().map(m -> m.paper().id().value()).toList());
        assertThat(both).contains(TOP); // the case that numbered papers twice
        int distinct = llmMatches.size() + marketMatches.size() - both.size();
        var briefed = outcome.briefing().papers();
        assertThat(briefed).hasSize(distinct);

        String md = Files.readString(outcome.folder().resolve("digest.md"));
        assertThat(md).contains("## Papers\n\nRadar: llm (" + llmMatches.size() + " new) · Radar: markets ("
                + marketMatches.size() + " new)\n\n");
        String list = md.substring(0, md.indexOf("## Research briefing"));
        for (var p : briefed) {
            // the digest's item n is the briefing's paper n, listed once
            String heading = io.academichub.llm.render.PaperHeadings.number(p.number(), distinct) + " **";
            assertThat(list).containsOnlyOnce(heading);
            int start = list.indexOf(heading);
            String item = list.substring(start, list.indexOf("\n\n", start));
            assertThat(item).contains("<" + p.paper().url() + ">");
        }
        assertThat(list).containsOnlyOnce("<https://arxiv.org/abs/" + TOP + ">")
                .contains(" · llm score ", " · markets score ");

        String html = Files.readString(outcome.folder().resolve("digest.html"));
        assertThat(html).contains("<p class=\"notice\">Sources: " + ARXIV_DAY + " OK 1504/1504</p>");
        for (var p : briefed) {
            // every citation's anchor is the paper it names
            int at = html.indexOf("id=\"p" + p.number() + "\"");
            assertThat(at).as("anchor p%d", p.number()).isPositive();
            int next = html.indexOf("</li>", at);
            assertThat(html.substring(at, next)).contains("href=\"" + p.paper().url() + "\"")
                    .contains("TL;DR: ");
        }
        // the paper both profiles chose is one item (the briefing's citations link to its anchor, not its URL)
        assertThat(html).containsOnlyOnce("href=\"https://arxiv.org/abs/" + TOP + "\"");
    }

    @Test
    void aChineseDigestPrintsItsOwnWordsInChinese() throws Exception {
        DailyJob.Outcome outcome = runDaily(new DailyConfig.BriefingSettings("zh", "none", null, null, null, null,
                false));

        int matched = outcome.matches().get("example").size();
        assertThat(matched).isPositive();
        String md = Files.readString(outcome.folder().resolve("digest.md"));
        assertThat(md).startsWith("# AcademicHub 文献简报 — 2024-11-28\n\n来源：")
                .contains("## 雷达：example（" + matched + " 篇新论文）")
                .contains(" · 得分 ").contains("    匹配原因：")
                .contains("## 研究简报 · 2024-11-28") // the briefing below, in Chinese too
                .contains("## 主题", "一句话总结：", "与所引论文原文相符的引用：")
                .doesNotContain("AcademicHub digest", "Sources:", "Radar:", "Why:", "Themes", "TL;DR");
        String html = Files.readString(outcome.folder().resolve("digest.html"));
        assertThat(html).contains("<html lang=\"zh\">", "<title>AcademicHub 文献简报 — 2024-11-28</title>",
                "<span class=\"label\">作者：</span>", " · 得分 ").doesNotContain("Authors:", " · score ");
        // the radar's reasons are in Chinese too; what they quote (names, matched words, titles) stays as it is
        Match top = outcome.matches().get("example").get(0);
        assertThat(top.paper().id().value()).isEqualTo(TOP);
        assertThat(top.reasons()).extracting(Reason::text).containsExactly(TOP_REASONS_ZH);
        assertThat(md).contains("    匹配原因：" + TOP_WHY_ZH + "  \n")
                .doesNotContain("interest '", "similar to seed", "from interests");
        assertThat(html).contains(TOP_REASONS_ZH[1].replace("**", ""));
        // and the Atom feed's title is Chinese, and its entry says why in Chinese after the abstract: the label,
        // status and score, then the reasons with their matched words in bold
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(outcome.folder().resolve("feed.xml").toFile()));
        assertThat(feed.getTitle()).isEqualTo("AcademicHub 雷达：example");
        assertThat(feed.getUri()).isEqualTo("https://example.org/radar/feed.xml"); // the configured feedBaseUrl's
        assertThat(feed.getEntries().get(0).getContents().get(0).getValue())
                .startsWith("<p>The rise of algorithmic pricing raises concerns of algorithmic collusion.")
                .contains("</p><p><b>匹配原因：</b>新，得分 0.92。</p><ul><li>符合兴趣“language models”，标题中有“large "
                        + "language models”：Algorithmic Collusion by <b>Large Language Models</b> | 摘要中有“large "
                        + "language models”“llms”“llm”：We conduct experiments with algorithmic pricing agents "
                        + "based on <b>Large Language Models</b> (<b>LLMs</b>).")
                .doesNotContain("**", "Why", "score");
        // only the words change: the same papers, scores and kinds of reason as in English
        assertThat(outcome.matches().get("example").stream().map(DailyBriefingTest::withoutText).toList())
                .isEqualTo(english().stream().map(DailyBriefingTest::withoutText).toList());
    }

    /** The day's top match on the bundled day for the example profile, and its reasons in Chinese and English. */
    private static final String TOP = "2404.00806";
    private static final String ABSTRACT = "We conduct experiments with algorithmic pricing agents based on **Large "
            + "Language Models** (**LLMs**). We find that (1) **LLM**-based agents are adept at pricing tasks, (2) "
            + "**LLM**-based pricing agents autonomously collude in oligopoly settings to the…";
    private static final String[] TOP_REASONS_ZH = {
        "符合兴趣“language models”，标题中有“large language models”：Algorithmic Collusion by **Large Language Models**"
            + " | 摘要中有“large language models”“llms”“llm”：" + ABSTRACT,
        "得分 0.92：兴趣 0.92，种子相似度 0.00，无关注的作者"};
    private static final String[] TOP_REASONS_EN = {
        "interest 'language models' matched \"large language models\" in the title: Algorithmic Collusion by **Large "
            + "Language Models** | \"large language models\", \"llms\", \"llm\" in the abstract: " + ABSTRACT,
        "score 0.92 from interests 0.92, seed likeness 0.00, no followed author"};
    // the digest prints the first reason, its Markdown characters (here * and |) escaped
    // The Markdown keeps the radar's **marks** (the matched words show in bold) and escapes the rest (here nothing).
    private static final String TOP_WHY_ZH = TOP_REASONS_ZH[0];
    private static final String TOP_WHY_EN = TOP_REASONS_EN[0];

    private List<Match> english() throws IOException {
        DailyConfig config = new DailyConfig(null, List.of(ARXIV_DAY), List.of(dir.resolve("example.yaml")),
                new DailyConfig.BriefingSettings("en", "none", null, null, null, null, false),
                dir.resolve("out-en"), dir.resolve("data-en"), DailyConfig.DeliverySettings.NONE, null);
        return new DailyJob(config, Map.of("arxiv", feeds.baseUrl()), new PrintWriter(progress, true),
                Clock.fixed(Instant.parse("2024-11-28T06:00:00Z"), ZoneOffset.UTC), k -> null)
                .run(dir.resolve("out-en")).matches().get("example");
    }

    private static List<Object> withoutText(Match m) {
        return List.of(m.paper().id(), m.score(), m.status(),
                m.reasons().stream().map(r -> r.kind() + " " + r.contribution()).toList());
    }

    @Test
    void anEnglishDigestsWhyLinesAreAsBefore() throws IOException {
        DailyJob.Outcome outcome = runDaily(new DailyConfig.BriefingSettings("en", "none", null, null, null, null,
                false));

        Match top = outcome.matches().get("example").get(0);
        assertThat(top.paper().id().value()).isEqualTo(TOP);
        assertThat(top.reasons()).extracting(Reason::text).containsExactly(TOP_REASONS_EN);
        assertThat(Files.readString(outcome.folder().resolve("digest.md"))).contains("    Why: " + TOP_WHY_EN + "  \n");
    }

    @Test
    void aRefusedKeyGivesTheExtractiveBriefingWhenTheConfigAllowsIt() throws IOException {
        llm.stubFor(post(CHAT).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.bytes("fixtures/openai-chat/error_401_invalid-api-key.json"))));

        DailyJob.Outcome outcome = runDaily(true);

        assertThat(outcome.briefing().metadata().path()).isEqualTo(BriefingPath.EXTRACTIVE);
        assertThat(outcome.briefingFailure()).isNull();
        assertThat(progress.toString()).contains("daily: openai (gpt-4o-mini): ")
                .contains("; the briefing is extractive (fallbackToExtractive)")
                .doesNotContain("sk-test-daily");
    }

    @Test
    void aRefusedKeyLeavesTheDigestWithoutABriefingWhenTheConfigDoesNotAllowFallingBack() throws IOException {
        llm.stubFor(post(CHAT).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.bytes("fixtures/openai-chat/error_401_invalid-api-key.json"))));

        DailyJob.Outcome outcome = runDaily(false);

        assertThat(outcome.briefing()).isNull();
        assertThat(outcome.briefingFailure()).startsWith("openai (gpt-4o-mini): ");
        assertThat(outcome.allSucceeded()).isFalse();
        assertThat(outcome.folder().resolve("digest.md")).isNotEmptyFile(); // the matches are not lost
        assertThat(outcome.matches().get("example")).isNotEmpty();
    }
}
