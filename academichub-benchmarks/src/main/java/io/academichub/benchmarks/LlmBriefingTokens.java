package io.academichub.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.academichub.PaperMerger;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmReply;
import io.academichub.llm.LlmRequest;
import io.academichub.llm.LlmUsage;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.llm.internal.TokenEstimate;
import io.academichub.model.Paper;
import io.academichub.source.SourceRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Tokens of the LLM briefing of 100 real papers, counted by a recording client, against the naive approach (every
 * abstract in one prompt), and a re-run from the cache. No network: the client is a stand-in that answers each
 * request with a note or a synthesis of the shape a model returns, made from the request's own data.
 *
 * <p>How tokens are counted, for both approaches alike: {@link TokenEstimate} (one token per four characters of
 * Latin-script text, one per CJK character) over what a provider bills as prompt — the system message, the user
 * message, and the JSON schema (sent as {@code response_format} or in the prompt) — plus 4 tokens per message of
 * framing; the completion is the same estimate over the reply's text. The papers: the recorded arXiv announcement of
 * 2024-11-28, every 15th of its 1504 papers (the same 100 as academichub-llm's test sample).
 *
 * <pre>{@code java -cp academichub-benchmarks/target/benchmarks.jar io.academichub.benchmarks.LlmBriefingTokens}</pre>
 */
public final class LlmBriefingTokens {

    private static final String FEED = "../shared/fixtures/real/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LlmBriefingTokens() {
    }

    /** Counts every request by its schema: {@code paper_note}, {@code briefing_synthesis}, {@code briefing_merge}. */
    static final class RecordingClient implements LlmClient {
        final Map<String, LlmUsage> byKind = new LinkedHashMap<>();
        final Map<String, Integer> calls = new LinkedHashMap<>();
        /** The first synthesis request, whose instructions and schema the naive prompt reuses. */
        LlmRequest firstSynthesis;

        @Override
        public String provider() {
            return "recording";
        }

        @Override
        public String model() {
            return "stand-in";
        }

        /** Synchronized: the briefing asks for several notes at once. */
        @Override
        public synchronized LlmReply chat(LlmRequest request) {
            if (firstSynthesis == null && "briefing_synthesis".equals(request.schemaName())) {
                firstSynthesis = request;
            }
            String answer = switch (request.schemaName()) {
                case "paper_note" -> note(request.user());
                default -> synthesis(request.user());
            };
            LlmUsage usage = new LlmUsage(promptTokens(request), TokenEstimate.of(answer), 0);
            byKind.merge(request.schemaName(), usage, LlmUsage::plus);
            calls.merge(request.schemaName(), 1, Integer::sum);
            return new LlmReply(answer, "", "stop", usage);
        }

        int totalCalls() {
            return calls.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** What a provider bills as prompt: system, user, schema, and 4 tokens of framing per message. */
    static int promptTokens(LlmRequest request) {
        return TokenEstimate.of(request.system()) + TokenEstimate.of(request.user()) + 8
                + (request.jsonSchema() == null ? 0 : TokenEstimate.of(request.jsonSchema().toString()));
    }

    /** A note as the prompt asks for it: a TL;DR of 25 words at most, a method of 10, a finding of 20, a field. */
    private static String note(String user) {
        JsonNode paper = data(user);
        List<String> sentences = sentences(paper.path("abstract").asText());
        ObjectNode note = JSON.createObjectNode();
        note.put("tldr", words(sentences.get(0), 25));
        note.put("method", words(paper.path("title").asText(), 10));
        note.put("finding", words(sentences.get(sentences.size() - 1), 20));
        note.put("field", paper.path("categories").path(0).asText("science"));
        return note.toString();
    }

    private static final Pattern NOTE_LINE = Pattern.compile("^\\[(\\d+)] \\(([^;]+); ([^)]*)\\) (.*?) Method:",
            Pattern.MULTILINE);
    private static final Pattern CITED = Pattern.compile("\\[(\\d+)]");

    /** A synthesis as a model writes one: a theme per field (at most 8), bridges, picks, an overview, a title. */
    private static String synthesis(String user) {
        Map<String, List<Integer>> byField = new LinkedHashMap<>();
        Map<Integer, String> tldr = new LinkedHashMap<>();
        Matcher m = NOTE_LINE.matcher(user);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            byField.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(n);
            tldr.put(n, m.group(4));
        }
        if (byField.isEmpty()) { // a merge: the parts cite papers; take them in order
            Matcher c = CITED.matcher(user);
            while (c.find()) {
                int n = Integer.parseInt(c.group(1));
                tldr.putIfAbsent(n, "a paper");
                byField.computeIfAbsent("part" + (byField.size() % 8), k -> new ArrayList<>()).add(n);
            }
        }
        ObjectNode s = JSON.createObjectNode();
        s.put("title", "Research briefing across " + byField.size() + " fields");
        List<Integer> firsts = byField.values().stream().map(l -> l.get(0)).limit(4).toList();
        s.putArray("overview").add("The papers span " + byField.size() + " fields, from "
                + String.join(", ", byField.keySet().stream().limit(4).toList()) + " " + cites(firsts) + ".");
        ArrayNode themes = s.putArray("themes");
        byField.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).limit(8)
                .forEach(e -> {
                    ObjectNode t = themes.addObject();
                    t.put("name", "Work in " + e.getKey());
                    e.getValue().forEach(t.putArray("papers")::add);
                    ArrayNode statements = t.putArray("statements");
                    for (int n : e.getValue().subList(0, Math.min(2, e.getValue().size()))) {
                        statements.add(words(tldr.get(n), 25) + " [" + n + "]");
                    }
                });
        ArrayNode bridges = s.putArray("bridges");
        List<Integer> across = byField.values().stream().map(l -> l.get(l.size() - 1)).limit(6).toList();
        for (int i = 0; i + 1 < across.size(); i += 2) {
            bridges.addObject().put("idea", "a shared method").put("from", "one field").put("to", "another")
                    .put("statement", "A method of one paper serves the other " + cites(across.subList(i, i + 2))
                            + ".");
        }
        ArrayNode picks = s.putArray("readFirst");
        firsts.forEach(n -> picks.addObject().put("paper", n).put("why", "Central to its field [" + n + "]."));
        return s.toString();
    }

    private static String cites(List<Integer> numbers) {
        return numbers.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
    }

    private static JsonNode data(String user) {
        try {
            return JSON.readTree(user.substring(user.indexOf('\n') + 1, user.lastIndexOf('\n')));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sentences(String text) {
        List<String> out = Arrays.stream(text.split("(?<=[.!?])\\s+(?=[A-Z])")).filter(s -> !s.isBlank()).toList();
        return out.isEmpty() ? List.of(text) : out;
    }

    private static String words(String text, int max) {
        String[] w = text.strip().split("\\s+");
        return w.length <= max ? text.strip() : String.join(" ", Arrays.asList(w).subList(0, max));
    }

    /**
     * The naive approach: our synthesis request's instructions and schema, with every paper's title, categories and
     * abstract in the data block instead of the notes.
     */
    static int naivePromptTokens(List<Paper> papers, LlmRequest synthesis) {
        StringBuilder user = new StringBuilder("BEGIN PAPERS 0123456789ab\n");
        for (int i = 0; i < papers.size(); i++) {
            ObjectNode p = JSON.createObjectNode().put("n", i + 1).put("title", papers.get(i).title());
            papers.get(i).categories().forEach(p.putArray("categories")::add);
            p.put("abstract", papers.get(i).abstractText());
            user.append(p).append('\n');
        }
        user.append("END PAPERS 0123456789ab");
        return promptTokens(new LlmRequest(synthesis.system(), user.toString(), synthesis.maxTokens(), 0.0,
                synthesis.jsonSchema(), synthesis.schemaName(), List.of()));
    }

    /** Runs both briefings and prints the table. */
    public static void main(String[] args) throws IOException {
        List<Paper> all;
        Path feed = Path.of(args.length > 0 ? args[0] : FEED);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(feed), 64 * 1024)) {
            all = PaperMerger.merge(SourceRegistry.discover().format("arxiv-rss").orElseThrow()
                    .parse(in, "arxiv:bench", URI.create("https://rss.arxiv.org/rss/all")).papers());
        }
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < all.size() && papers.size() < 100; i += 15) {
            papers.add(all.get(i));
        }
        Path cache = Files.createTempDirectory("academichub-llm-bench-");
        BriefingRequest request = BriefingRequest.builder(papers).build();

        RecordingClient first = new RecordingClient();
        long t0 = System.nanoTime();
        Briefing b = BriefingGenerator.builder().llm(first).cache(cache).build().generate(request);
        long t1 = System.nanoTime();
        RecordingClient rerun = new RecordingClient();
        Briefing again = BriefingGenerator.builder().llm(rerun).cache(cache).build().generate(request);

        LlmUsage map = first.byKind.getOrDefault("paper_note", LlmUsage.NONE);
        LlmUsage reduce = first.byKind.getOrDefault("briefing_synthesis", LlmUsage.NONE)
                .plus(first.byKind.getOrDefault("briefing_merge", LlmUsage.NONE));
        int notes = first.calls.getOrDefault("paper_note", 0);
        int naive = naivePromptTokens(papers, first.firstSynthesis);
        System.out.printf(Locale.ROOT, "%d papers, %d model calls (%s), path %s, %d themes, %d bridges, citation "
                        + "support %.3f over %d pairs, %.0f ms%n", papers.size(), first.totalCalls(), first.calls,
                b.metadata().path().wireName(), b.themes().size(), b.bridges().size(),
                b.metadata().citationSupport(), b.metadata().citationPairs(), (t1 - t0) / 1e6);
        System.out.printf(Locale.ROOT, "map     prompt %7d (%.1f per paper)  completion %6d (%.1f per paper)%n",
                map.promptTokens(), (double) map.promptTokens() / notes, map.completionTokens(),
                (double) map.completionTokens() / notes);
        System.out.printf(Locale.ROOT, "reduce  prompt %7d  completion %6d  (%d synthesis + %d merge calls)%n",
                reduce.promptTokens(), reduce.completionTokens(), first.calls.getOrDefault("briefing_synthesis", 0),
                first.calls.getOrDefault("briefing_merge", 0));
        LlmUsage total = map.plus(reduce);
        System.out.printf(Locale.ROOT, "briefing prompt %6d  completion %6d  total %d (%.1f per paper)%n",
                total.promptTokens(), total.completionTokens(), total.totalTokens(),
                (double) total.totalTokens() / papers.size());
        System.out.printf(Locale.ROOT, "naive   prompt %7d (every title and abstract in one prompt)%n", naive);
        System.out.printf(Locale.ROOT, "reduce input / naive prompt = %.3f (target <= 0.333)%n",
                (double) reduce.promptTokens() / naive);
        System.out.printf(Locale.ROOT, "re-run from the cache: %d model calls, %d cached notes, same themes: %s%n",
                rerun.totalCalls(), again.metadata().cachedNotes(), again.themes().equals(b.themes()));
    }
}
