package io.academichub.llm.briefing;

import io.academichub.PaperMerger;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmUsage;
import io.academichub.llm.extractive.ExtractiveSynthesizer;
import io.academichub.llm.internal.CitationSupport;
import io.academichub.model.Paper;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Writes a {@link Briefing} on a set of papers, with a language model or without one; both paths give the same
 * structure, and every statement cites the papers given, and no other.
 *
 * <ul>
 *   <li><b>Extractive</b> (no model; the default): themes, bridges and key sentences from the papers' own words.</li>
 *   <li><b>LLM</b> ({@link Builder#llm}): <em>map</em> — a structured note per paper (TL;DR in the reader's
 *       language, method, finding, field), asked as JSON following a schema, validated, and cached on disk
 *       ({@link Builder#cache}) under a hash of the paper's content, the model, the language and the prompts'
 *       version, so that a re-run asks nothing; then <em>reduce</em> — themes across fields, bridges, what to read
 *       first, an overview and a title, over batches of notes that fit the model's context, merged at the end when
 *       there were several. Notes are asked {@link Builder#concurrency} at a time, in the papers' order.</li>
 *   <li><b>Budget</b> ({@link BriefingRequest#budgetTokens()}, {@link BriefingRequest#budgetMoney()}): a request is
 *       sent when the usage so far, plus the estimates of the requests in flight, plus its own estimate and a reserve
 *       for the synthesis, fit; from the first paper that does not, the rest are left to the extractive path. Only
 *       what the replies in flight use beyond their estimates can exceed the budget (at most
 *       {@link Builder#concurrency} replies, each capped at 1,024 completion tokens).</li>
 *   <li><b>Mixed</b>: papers beyond the budget, and papers whose note stays unusable or in the wrong language after
 *       one firmer retry, are covered by the extractive path: their TL;DR quotes the abstract, and the extractive
 *       path's themes, bridges and picks over those papers follow the model's, marked {@code extractive}
 *       ({@link Theme#extractive()}, {@link Bridge#extractive()}, {@link ReadingPick#extractive()}). A synthesis that
 *       stays unusable is replaced by the extractive one over every paper. The briefing's notices say how many
 *       papers each path covered, and why ({@link BriefingMetadata#extractivePapers()},
 *       {@link BriefingMetadata#notes()}), in the reader's language. Citations to papers that were not given are
 *       removed, and counted.</li>
 * </ul>
 *
 * <pre>{@code
 * Briefing b = BriefingGenerator.extractive().generate(BriefingRequest.builder(papers).build());
 *
 * LlmClient llm = LlmClients.create(LlmConfig.builder("openai").model("gpt-4o-mini").build(), http);
 * Briefing zh = BriefingGenerator.builder().llm(llm).cache(Path.of("briefing-cache")).progress(progress).build()
 *         .generate(BriefingRequest.builder(papers).language("zh").budgetTokens(200_000).build());
 * }</pre>
 *
 * The papers are data, never instructions: they are delimited in the prompts, and the model's output is checked
 * against the schema and the set of papers. Thread-safe: a generator holds only its configuration.
 */
public final class BriefingGenerator {

    private final BriefingProgress progress;
    private final LlmClient llm;
    private final Path cache;
    private final int contextTokens;
    private final int concurrency;
    private final ExtractiveSynthesizer extractive = new ExtractiveSynthesizer();

    private BriefingGenerator(Builder b) {
        this.progress = b.progress;
        this.llm = b.llm;
        this.cache = b.cache;
        this.contextTokens = b.contextTokens;
        this.concurrency = b.concurrency;
    }

    /**
     * A generator that uses no model.
     *
     * @return a generator that uses no model
     */
    public static BriefingGenerator extractive() {
        return builder().build();
    }

    /**
     * A builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the briefing.
     *
     * @param request the papers, the language and the budget
     * @return the briefing
     * @throws IllegalArgumentException when the request has no papers, or a money budget without the model's prices
     * @throws io.academichub.llm.LlmException when the model cannot be used at all (a key refused, a model not
     *                                          found, a rate limit or an outage that outlasted the retries); notes
     *                                          already written are in the cache
     */
    public Briefing generate(BriefingRequest request) {
        Objects.requireNonNull(request, "request");
        List<Paper> papers = PaperMerger.merge(request.papers());
        if (papers.isEmpty()) {
            throw new IllegalArgumentException("a briefing needs at least one paper");
        }
        BriefingLabels labels = BriefingLabels.forLanguage(request.language());
        ExtractiveSynthesizer.Synthesis synthesis = extractive.synthesize(papers, labels);
        if (llm == null) {
            progress.batchDone("extractive", papers.size(), papers.size());
            return extractiveBriefing(request, papers, labels, synthesis, List.of());
        }
        LlmBriefing.Outcome o = new LlmBriefing(llm, new ReplyCache(cache), contextTokens, concurrency, progress)
                .run(papers, synthesis.fields(), request);
        List<Integer> extractivePapers = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            if (o.notes().get(i) == null) {
                extractivePapers.add(i + 1);
            }
        }
        String languageName = Prompts.languageName(request.baseLanguage());
        List<String> notes = new ArrayList<>();
        if (!o.overBudget().isEmpty()) {
            notes.add(labels.budgetNotice(o.overBudget().size()));
        }
        o.unusable().forEach((why, numbers) -> notes.add(labels.unusableNotice(cites(numbers, labels),
                labels.reason(why, languageName))));
        if (o.synthesisReason() != null) {
            notes.add(labels.synthesisNotice(labels.reason(o.synthesisReason(), languageName)));
        }
        if (o.parts() == null && extractivePapers.size() == papers.size()) {
            // the model wrote nothing that is used: this is the extractive briefing, saying why
            return extractiveBriefing(request, papers, labels, synthesis, notes);
        }
        if (!extractivePapers.isEmpty()) {
            notes.add(0, labels.mixedNotice(papers.size() - extractivePapers.size(), papers.size(),
                    cites(extractivePapers, labels)));
        }
        if (o.citationsRemoved() > 0) {
            notes.add(labels.removedNotice(o.citationsRemoved()));
        }
        List<Statement> overview;
        List<Theme> themes;
        List<Bridge> bridges;
        List<ReadingPick> readFirst;
        List<String> tldrs = new ArrayList<>(synthesis.tldrs());
        Grounding.Parts parts = o.parts();
        if (parts == null) {
            // the synthesis fell back: the extractive one over every paper
            overview = synthesis.overview();
            themes = synthesis.themes();
            bridges = synthesis.bridges();
            readFirst = synthesis.readFirst();
        } else {
            overview = parts.overview();
            themes = new ArrayList<>(parts.themes());
            bridges = new ArrayList<>(parts.bridges());
            readFirst = new ArrayList<>(parts.readFirst());
            if (!extractivePapers.isEmpty()) {
                // the papers the model did not cover get the extractive path's themes, bridges and picks, marked so
                ExtractiveSynthesizer.Synthesis rest = renumbered(extractive.synthesize(
                        extractivePapers.stream().map(n -> papers.get(n - 1)).toList(), labels), extractivePapers);
                themes.addAll(rest.themes());
                bridges.addAll(rest.bridges());
                readFirst.addAll(rest.readFirst());
                for (int k = 0; k < extractivePapers.size(); k++) {
                    tldrs.set(extractivePapers.get(k) - 1, rest.tldrs().get(k));
                }
            }
        }
        List<BriefedPaper> briefed = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            PaperNote note = o.notes().get(i);
            briefed.add(new BriefedPaper(i + 1, papers.get(i), synthesis.fields().get(i),
                    note == null ? tldrs.get(i) : note.tldr(), note == null));
        }
        CitationSupport support = measure(papers, overview, themes, bridges, readFirst);
        BriefingPath path = extractivePapers.isEmpty() && parts != null ? BriefingPath.LLM : BriefingPath.MIXED;
        BriefingMetadata metadata = new BriefingMetadata(path, request.language(), llm.provider() + "/" + llm.model(),
                o.citationsRemoved(), o.statementsRemoved(), support.share(), support.pairs(), o.usage(), o.calls(),
                o.cachedNotes(), o.cost(), extractivePapers, notes);
        String title = request.title() == null && parts != null && !parts.title().isEmpty()
                ? parts.title() : title(request, papers, labels);
        return new Briefing(title, overview, themes, bridges, readFirst, briefed, metadata);
    }

    /**
     * A synthesis of some of the papers with its numbers (1, 2, … in that subset) turned into the briefing's
     * ({@code numbers.get(0)}, …).
     */
    private static ExtractiveSynthesizer.Synthesis renumbered(ExtractiveSynthesizer.Synthesis s,
                                                              List<Integer> numbers) {
        IntUnaryOperator to = k -> numbers.get(k - 1);
        UnaryOperator<Statement> st = x -> new Statement(x.text(),
                x.citations().stream().map(to::applyAsInt).toList());
        List<Theme> themes = s.themes().stream().map(t -> new Theme(t.name(),
                t.statements().stream().map(st).toList(), t.papers().stream().map(to::applyAsInt).toList(),
                t.fields(), t.extractive())).toList();
        List<Bridge> bridges = s.bridges().stream().map(b -> new Bridge(b.idea(), b.fromField(), b.toField(),
                st.apply(b.statement()), b.extractive())).toList();
        List<ReadingPick> readFirst = s.readFirst().stream().map(r -> new ReadingPick(to.applyAsInt(r.paper()),
                st.apply(r.why()), r.extractive())).toList();
        return new ExtractiveSynthesizer.Synthesis(s.overview().stream().map(st).toList(), themes, bridges,
                readFirst, s.fields(), s.tldrs());
    }

    private Briefing extractiveBriefing(BriefingRequest request, List<Paper> papers, BriefingLabels labels,
                                        ExtractiveSynthesizer.Synthesis synthesis, List<String> why) {
        List<BriefedPaper> briefed = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            briefed.add(new BriefedPaper(i + 1, papers.get(i), synthesis.fields().get(i), synthesis.tldrs().get(i),
                    true));
        }
        CitationSupport support = measure(papers, synthesis.overview(), synthesis.themes(), synthesis.bridges(),
                synthesis.readFirst());
        List<String> notes = new ArrayList<>();
        notes.add(labels.extractiveNotice());
        notes.addAll(why);
        BriefingMetadata metadata = new BriefingMetadata(BriefingPath.EXTRACTIVE, request.language(), null, 0, 0,
                support.share(), support.pairs(), LlmUsage.NONE, 0, 0, null, List.of(), notes);
        return new Briefing(title(request, papers, labels), synthesis.overview(), synthesis.themes(),
                synthesis.bridges(), synthesis.readFirst(), briefed, metadata);
    }

    /** {@code [3], [7], [9]} / [3]、[7]、[9] in the notices; a long list is cut after 20 numbers with their count. */
    private static String cites(List<Integer> numbers, BriefingLabels labels) {
        List<String> listed = new ArrayList<>(numbers.stream().limit(20).map(n -> "[" + n + "]").toList());
        if (numbers.size() > 20) {
            listed.add("…" + labels.aside(Integer.toString(numbers.size())));
        }
        return labels.join(listed);
    }

    static CitationSupport measure(List<Paper> papers, List<Statement> overview, List<Theme> themes,
                                   List<Bridge> bridges, List<ReadingPick> readFirst) {
        CitationSupport support = new CitationSupport(papers);
        overview.forEach(s -> support.add(s.text(), s.citations()));
        themes.forEach(t -> t.statements().forEach(s -> support.add(s.text(), s.citations())));
        bridges.forEach(b -> support.add(b.statement().text(), b.statement().citations()));
        readFirst.forEach(r -> support.add(r.why().text(), r.why().citations()));
        return support;
    }

    private static String title(BriefingRequest request, List<Paper> papers, BriefingLabels labels) {
        if (request.title() != null) {
            return request.title();
        }
        LocalDate date = request.date() != null ? request.date() : mostCommonDate(papers);
        return labels.title(date == null ? "—" : date.toString(), papers.size());
    }

    /** The most common publication date, or {@code null} when no paper has one. */
    private static LocalDate mostCommonDate(List<Paper> papers) {
        Map<LocalDate, Long> counts = papers.stream()
                .filter(p -> p.published() != null)
                .collect(Collectors.groupingBy(Paper::published, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<LocalDate, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** Builds a {@link BriefingGenerator}. */
    public static final class Builder {
        /** The context assumed when none is configured: small enough for most models served today. */
        public static final int DEFAULT_CONTEXT_TOKENS = 32_000;
        /**
         * Paper notes asked at once by default: as many as the transport lets run at once against a known chat API
         * ({@code HostLimits.LLM_API}).
         */
        public static final int DEFAULT_CONCURRENCY = 4;
        /** The most paper notes that may be asked at once. */
        public static final int MAX_CONCURRENCY = 32;

        private BriefingProgress progress = BriefingProgress.NONE;
        private LlmClient llm;
        private Path cache;
        private int contextTokens = DEFAULT_CONTEXT_TOKENS;
        private int concurrency = DEFAULT_CONCURRENCY;
        private boolean concurrencySet;

        private Builder() {
        }

        /**
         * The model that writes the briefing; without one the briefing is extractive.
         *
         * @param llm the model
         * @return this builder
         */
        public Builder llm(LlmClient llm) {
            this.llm = Objects.requireNonNull(llm, "llm");
            return this;
        }

        /**
         * A directory that keeps the model's validated notes and syntheses between runs (created when first
         * written), so that a re-run over the same papers, with the same model, language and prompts, asks the model
         * nothing. Files are small JSON, one per answer, written atomically; an unreadable one is ignored.
         *
         * @param directory the directory
         * @return this builder
         */
        public Builder cache(Path directory) {
            this.cache = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * The model's context window in tokens (prompt plus answer), for cutting the synthesis into batches;
         * default {@value #DEFAULT_CONTEXT_TOKENS}. A batch the model still finds too long is split in two.
         *
         * @param tokens the number of tokens
         * @return this builder
         */
        public Builder contextTokens(int tokens) {
            if (tokens < 8_000) {
                throw new IllegalArgumentException("contextTokens must be at least 8000: " + tokens);
            }
            this.contextTokens = tokens;
            return this;
        }

        /**
         * How many paper notes to ask the model at once; default {@value #DEFAULT_CONCURRENCY}, at most
         * {@value #MAX_CONCURRENCY}, 1 for one at a time. The shared transport still applies the service's
         * politeness to all of them together (its connection limit, the interval between requests, and a
         * {@code Retry-After} hold-off that pauses every request to that service), so more than the transport's
         * connection limit only queues. The notes come out in the papers' order, and which papers are sent or left
         * over the budget does not depend on the order the replies come back in; the budget can be exceeded only by
         * what the replies in flight use beyond their estimates (see {@link BriefingGenerator}).
         *
         * @param requests requests in flight at once, from 1 to {@value #MAX_CONCURRENCY}
         * @return this builder
         * @throws IllegalArgumentException when out of range
         * @throws IllegalStateException when already set
         */
        public Builder concurrency(int requests) {
            if (concurrencySet) {
                throw new IllegalStateException("concurrency was already set to " + concurrency);
            }
            if (requests < 1 || requests > MAX_CONCURRENCY) {
                throw new IllegalArgumentException("concurrency must be from 1 to " + MAX_CONCURRENCY + ": "
                        + requests);
            }
            this.concurrency = requests;
            this.concurrencySet = true;
            return this;
        }

        /**
         * Hears each batch done.
         *
         * @param progress hears each batch done
         * @return this builder
         */
        public Builder progress(BriefingProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return the generator
         */
        public BriefingGenerator build() {
            return new BriefingGenerator(this);
        }
    }
}
