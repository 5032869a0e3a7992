package io.academichub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code academichub radar} and {@code feedback} in-process, on the real 1,504-item arXiv day. */
class RadarCliTest {

    private static final String DAY = "fixtures/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exitCode, List<JsonNode> lines, String stdout, String stderr) {
    }

    private static Run run(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(code, lines, stdout, err.toString(StandardCharsets.UTF_8));
    }

    private static Path resource(String name) {
        try {
            return Path.of(RadarCliTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The day as Paper JSON lines, made by the CLI's own parse command. */
    private static Path papers(Path dir) throws IOException {
        Run parsed = run("parse", "--format", "arxiv-rss", resource(DAY).toString());
        assertThat(parsed.exitCode()).isZero();
        Path file = dir.resolve("papers.jsonl");
        Files.writeString(file, parsed.stdout());
        return file;
    }

    @Test
    void aLibraryWarningReadsAsTheCliOwnLines(@TempDir Path dir) throws Exception {
        Path papers = papers(dir);
        // its own JVM: slf4j-simple takes its format once, from the first logger, which this JVM made long ago
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "radar", "--profile", resource("profiles/qec.yaml").toString(), "--in", papers.toString(),
                "--data", dir.resolve("data").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> stderr = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();

        assertThat(p.waitFor()).as(String.join("\n", stderr)).isZero();
        assertThat(stderr).contains("academichub: warning: profile 'quantum-error-correction': seed "
                + "doi:10.1038/s41586-024-08449-y not found in today's papers, the store or the seed lookup; ignored");
        assertThat(stderr).noneMatch(l -> l.contains("WARN") || l.contains("[main]"));
    }

    @Test
    void printsMatchJsonBestFirstWithReasons(@TempDir Path dir) throws IOException {
        Path papers = papers(dir);

        Run r = run("radar", "--profile", resource("profiles/qec.yaml").toString(), "--in", papers.toString(),
                "--data", dir.resolve("data").toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.lines()).isNotEmpty();
        JsonNode first = r.lines().get(0);
        assertThat(first.path("paper").path("id").asText()).isIn("arxiv:2406.17995", "arxiv:2411.18090");
        assertThat(first.path("status").asText()).isEqualTo("new");
        assertThat(first.path("profile").asText()).isEqualTo("quantum-error-correction");
        assertThat(first.path("reasons").get(0).path("kind").asText()).isEqualTo("interest");
        assertThat(first.path("reasons").get(0).path("text").asText()).startsWith("interest '");
        double previous = 1;
        for (JsonNode line : r.lines()) {
            double score = line.path("score").asDouble();
            assertThat(score).isBetween(0.0, previous);
            previous = score;
        }
        assertThat(r.stderr()).contains("radar: profile 'quantum-error-correction': " + r.lines().size()
                + " new matches among 1504 papers");
    }

    @Test
    void langZhWritesTheReasonsInChineseAndChangesNothingElse(@TempDir Path dir) throws IOException {
        Path papers = papers(dir);
        String profile = resource("profiles/qec.yaml").toString();

        Run zh = run("radar", "--profile", profile, "--in", papers.toString(), "--data", dir.resolve("zh").toString(),
                "--lang", "zh", "--show-excluded");
        Run en = run("radar", "--profile", profile, "--in", papers.toString(), "--data", dir.resolve("en").toString());

        assertThat(zh.exitCode()).as(zh.stderr()).isZero();
        JsonNode cim = zh.lines().stream().filter(l -> l.at("/paper/id").asText().equals("arxiv:2411.18090"))
                .findFirst().orElseThrow();
        List<String> texts = new ArrayList<>();
        cim.path("reasons").forEach(r -> texts.add(r.path("text").asText()));
        assertThat(texts).hasSize(4);
        assertThat(texts.get(0)).startsWith("符合兴趣“codes”，标题中有“surface code”“error correction”：CIM-Based "
                + "Parallel Fully FFNN **Surface Code** High-Level Decoder for Quantum **Error Correction** | 摘要中有“error "
                + "correction”“surface codes”：Due to the high sensitivity of qubits");
        assertThat(texts.subList(2, 4)).containsExactly(
                "与种子论文《Fault-Tolerant Constant-Depth Clifford Gates on Toric Codes》（arxiv:2411.18287）相似，"
                        + "共同的词：propose、code、measure、performance、simulation",
                "得分 0.96：兴趣 0.94，种子相似度 0.43，无关注的作者");
        assertThat(zh.stderr()).contains("excluded arxiv:2411.17700 (分类 cs.CY 均不在 cs.AR、cs.ET、quant-ph 之列): ");
        // the same matches, scores, kinds and contributions as in English: only the sentences' words differ
        assertThat(zh.lines()).hasSameSizeAs(en.lines());
        for (int i = 0; i < en.lines().size(); i++) {
            assertThat(withoutTexts(zh.lines().get(i))).isEqualTo(withoutTexts(en.lines().get(i)));
        }
    }

    private static JsonNode withoutTexts(JsonNode line) {
        ObjectNode copy = line.deepCopy();
        copy.withArray("reasons").forEach(r -> ((ObjectNode) r).remove("text"));
        return copy;
    }

    @Test
    void aLangThatIsNoLanguageCodeIsRefused(@TempDir Path dir) throws IOException {
        Run r = run("radar", "--profile", resource("profiles/qec.yaml").toString(), "--in", "-", "--lang", "zh_CN!");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("academichub: --lang: not a language code such as en, zh or ja: 'zh_CN!'"
                + System.lineSeparator());
    }

    @Test
    void aSecondRunOverTheSamePapersPrintsNothingNew(@TempDir Path dir) throws IOException {
        Path papers = papers(dir);
        String profile = resource("profiles/qec.yaml").toString();
        String data = dir.resolve("data").toString();

        Run first = run("radar", "--profile", profile, "--in", papers.toString(), "--data", data);
        Run second = run("radar", "--profile", profile, "--in", papers.toString(), "--data", data);

        assertThat(first.lines()).isNotEmpty();
        assertThat(second.exitCode()).isZero();
        assertThat(second.lines()).isEmpty();
        assertThat(second.stderr()).contains("radar: profile 'quantum-error-correction': 0 new matches among 1504 papers");
    }

    @Test
    void aDismissalIsKeptInTheDataDirectoryAndLowersALaterNearDuplicate(@TempDir Path dir) throws IOException {
        Path papers = papers(dir);
        String profile = resource("profiles/qec.yaml").toString();
        String data = dir.resolve("data").toString();
        // CONSTRUCTED from the real record: an off-topic paper the profile lists, posted again under a new arXiv id
        String dismissed = "arxiv:2411.18354";
        List<String> lines = Files.readAllLines(papers);
        ObjectNode copy = (ObjectNode) lines.stream().map(RadarCliTest::json)
                .filter(p -> p.path("id").asText().equals(dismissed)).findFirst().orElseThrow();
        copy.put("id", "arxiv:2412.00001").put("url", "https://arxiv.org/abs/2412.00001").remove("sameAs");
        // day two: the same day without the dismissed paper (the store must supply its text), with the copy
        Path dayTwo = dir.resolve("day-two.jsonl");
        List<String> two = new ArrayList<>(lines.stream().filter(l -> !l.contains("\"id\":\"" + dismissed + "\"")).toList());
        two.add(copy.toString());
        Files.write(dayTwo, two);

        Run dayOne = run("radar", "--profile", profile, "--in", papers.toString(), "--data", data);
        Run feedback = run("feedback", "--profile", profile, "--dismiss", "2411.18354", "--data", data);
        Run later = run("radar", "--profile", profile, "--in", dayTwo.toString(), "--data", data);
        Run withoutFeedback = run("radar", "--profile", profile, "--in", dayTwo.toString(), "--data",
                dir.resolve("fresh").toString());

        assertThat(dayOne.lines()).anySatisfy(l -> assertThat(l.path("paper").path("id").asText()).isEqualTo(dismissed));
        assertThat(feedback.exitCode()).as(feedback.stderr()).isZero();
        assertThat(later.lines()).hasSize(1);
        JsonNode lowered = later.lines().get(0);
        JsonNode unlowered = withoutFeedback.lines().stream()
                .filter(l -> l.path("paper").path("id").asText().equals("arxiv:2412.00001")).findFirst().orElseThrow();
        assertThat(lowered.path("paper").path("id").asText()).isEqualTo("arxiv:2412.00001");
        assertThat(lowered.path("score").asDouble()).isLessThan(unlowered.path("score").asDouble() * 0.6);
        List<String> reasons = new ArrayList<>();
        lowered.path("reasons").forEach(r -> reasons.add(r.path("kind").asText() + ": " + r.path("text").asText()));
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("feedback: lowered ").contains(
                "% by your feedback: like the paper you dismissed, 'Optimising Iteration Scheduling for Full-State "
                        + "Vector Simulation of Quantum Circuits on FPGAs' (arxiv:2411.18354) (terms: "));
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void withoutInItFetchesTheArxivFeedsOfTheProfilesCategories(@TempDir Path dir) throws IOException {
        WireMockServer arxiv = new WireMockServer(options().dynamicPort());
        arxiv.start();
        try (InputStream feed = RadarCliTest.class.getClassLoader().getResourceAsStream(DAY)) {
            arxiv.stubFor(get(urlPathEqualTo("/rss/cs.AR+cs.ET+quant-ph")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/rss+xml").withBody(
                            new java.util.zip.GZIPInputStream(feed).readAllBytes())));

            Run r = run("radar", "--profile", resource("profiles/qec.yaml").toString(),
                    "--base-url", "arxiv=" + arxiv.baseUrl(), "--data", dir.toString());

            assertThat(r.exitCode()).as(r.stderr()).isZero();
            assertThat(r.lines()).isNotEmpty();
            arxiv.verify(getRequestedFor(urlPathEqualTo("/rss/cs.AR+cs.ET+quant-ph")));
        } finally {
            arxiv.stop();
        }
    }

    @Test
    void quietLeavesOnStderrOnlyTheSourcesThatFailed(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("qec-and-nature.yaml");
        Files.writeString(profile, Files.readString(resource("profiles/qec.yaml"))
                .replace("sources: [arxiv]", "sources: [arxiv, nature]"));
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try (InputStream feed = RadarCliTest.class.getClassLoader().getResourceAsStream(DAY)) {
            server.stubFor(get(urlPathEqualTo("/rss/cs.AR+cs.ET+quant-ph")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/rss+xml").withBody(
                            new java.util.zip.GZIPInputStream(feed).readAllBytes())));
            server.stubFor(get(urlPathEqualTo("/nature.rss")).willReturn(aResponse().withStatus(404)));
            String[] common = {"radar", "--profile", profile.toString(),
                "--base-url", "arxiv=" + server.baseUrl(), "--base-url", "nature=" + server.baseUrl()};

            Run loud = run(concat(common, "--data", dir.resolve("loud").toString()));
            Run quiet = run(concat(common, "--data", dir.resolve("quiet").toString(), "--quiet"));

            String natureFailed = "nature FAILED: HTTP 404 Not Found (" + server.baseUrl() + "/nature.rss)";
            assertThat(loud.exitCode()).as(loud.stderr()).isEqualTo(ExitCode.SOME_FAILED);
            assertThat(loud.stderr().lines()).containsExactly("arxiv:cs.AR+cs.ET+quant-ph OK 1504/1504", natureFailed,
                    "radar: profile 'quantum-error-correction': " + loud.lines().size()
                            + " new matches among 1504 papers");
            assertThat(quiet.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
            assertThat(quiet.stderr().lines()).containsExactly(natureFailed);
            assertThat(quiet.stdout()).isEqualTo(loud.stdout()).isNotEmpty();
            ByteArrayOutputStream help = new ByteArrayOutputStream();
            Main.run(new String[] {"radar", "--help"}, new PrintStream(help, true, StandardCharsets.UTF_8), System.err);
            assertThat(help.toString(StandardCharsets.UTF_8).lines()).contains(
                    "On stderr: each fetched source's report, then a line counting the matches;",
                    "with --quiet, only the reports of sources that failed, and errors.");
        } finally {
            server.stop();
        }
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aBadProfileIsOneLineNamingFileLineAndQueryColumnWithExitCode2(@TempDir Path dir) throws IOException {
        Path profile = resource("profiles/broken-query.yaml");

        Run r = run("radar", "--profile", profile.toString(), "--in", papers(dir).toString(), "--data", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("academichub: " + profile
                + " line 6: interest 'broken', query column 12: Encountered <EOF>" + System.lineSeparator());
    }

    @Test
    void aBadPaperLineNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path papers = dir.resolve("bad.jsonl");
        Files.writeString(papers, "{\"id\":\"arxiv:2411.18090\"}\n");

        Run r = run("radar", "--profile", resource("profiles/qec.yaml").toString(), "--in", papers.toString(),
                "--data", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("academichub: " + papers + " line 1: ");
    }

    @Test
    void feedbackTakesLikeOrDismissAndRefusesABadId(@TempDir Path dir) throws IOException {
        String profile = resource("profiles/qec.yaml").toString();

        Run bad = run("feedback", "--profile", profile, "--like", "not-an-id", "--data", dir.toString());
        Run both = run("feedback", "--profile", profile, "--like", "2411.18090", "--dismiss", "2406.17995");
        Run ok = run("feedback", "--profile", profile, "--dismiss", "2406.17995", "--data", dir.toString());

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("academichub: --like: not a paper identifier");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.stderr()).startsWith("feedback: dismissed arxiv:2406.17995 for profile 'quantum-error-correction'");
    }
}
