package io.academichub.llm.briefing;

import io.academichub.PaperMerger;
import io.academichub.llm.LlmUsage;
import io.academichub.llm.extractive.ExtractiveSynthesizer;
import io.academichub.llm.internal.CitationSupport;
import io.academichub.model.Paper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a {@link Briefing} on a set of papers. This release writes it without a model — the extractive path:
 * themes, bridges and key sentences from the papers' own words; the language-model path (a note per paper, then a
 * synthesis across fields, within a budget) will give the same structure. Every statement cites the papers given,
 * and no other.
 *
 * <pre>{@code
 * Briefing b = BriefingGenerator.extractive().generate(BriefingRequest.builder(papers).build());
 * Briefing zh = BriefingGenerator.builder().progress(progress).build()
 *         .generate(BriefingRequest.builder(papers).language("zh").build());
 * }</pre>
 *
 * Thread-safe: a generator holds only its configuration.
 */
public final class BriefingGenerator {

    private final BriefingProgress progress;
    private final ExtractiveSynthesizer extractive = new ExtractiveSynthesizer();

    private BriefingGenerator(Builder b) {
        this.progress = b.progress;
    }

    /** A generator that uses no model. */
    public static BriefingGenerator extractive() {
        return builder().build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the briefing.
     *
     * @throws IllegalArgumentException when the request has no papers
     */
    public Briefing generate(BriefingRequest request) {
        Objects.requireNonNull(request, "request");
        List<Paper> papers = PaperMerger.merge(request.papers());
        if (papers.isEmpty()) {
            throw new IllegalArgumentException("a briefing needs at least one paper");
        }
        BriefingLabels labels = BriefingLabels.forLanguage(request.language());
        ExtractiveSynthesizer.Synthesis synthesis = extractive.synthesize(papers, labels);
        progress.batchDone("extractive", papers.size(), papers.size());
        List<BriefedPaper> briefed = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            briefed.add(new BriefedPaper(i + 1, papers.get(i), synthesis.fields().get(i), synthesis.tldrs().get(i),
                    true));
        }
        CitationSupport support = measure(papers, synthesis.overview(), synthesis.themes(), synthesis.bridges(),
                synthesis.readFirst());
        BriefingMetadata metadata = new BriefingMetadata(BriefingPath.EXTRACTIVE, request.language(), null, 0, 0,
                support.share(), support.pairs(), LlmUsage.NONE, 0, 0, null, List.of(),
                List.of(labels.extractiveNotice()));
        return new Briefing(title(request, papers, labels), synthesis.overview(), synthesis.themes(),
                synthesis.bridges(), synthesis.readFirst(), briefed, metadata);
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
        private BriefingProgress progress = BriefingProgress.NONE;

        private Builder() {
        }

        /** Hears each batch done. */
        public Builder progress(BriefingProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** Builds the generator. */
        public BriefingGenerator build() {
            return new BriefingGenerator(this);
        }
    }
}
