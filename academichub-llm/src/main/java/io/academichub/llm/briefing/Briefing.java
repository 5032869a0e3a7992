package io.academichub.llm.briefing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cross-disciplinary briefing on a set of papers, the same structure whether a model wrote it or the extractive
 * path did ({@link BriefingMetadata#path()} says which). Every statement cites the briefing's own papers by number;
 * no citation points outside {@link #papers()}.
 *
 * @param title     the title
 * @param overview  a few statements on the whole set
 * @param themes    themes that run through the papers, possibly across fields
 * @param bridges   methods, data sets or ideas linking two fields
 * @param readFirst the papers to read first, and why
 * @param papers    every paper, numbered from 1, with its one-line TL;DR
 * @param metadata  how it was made
 */
public record Briefing(String title, List<Statement> overview, List<Theme> themes, List<Bridge> bridges,
                       List<ReadingPick> readFirst, List<BriefedPaper> papers, BriefingMetadata metadata) {

    /**
     * Checks the components as described above.
     *
     * @param title     the title
     * @param overview  a few statements on the whole set
     * @param themes    themes that run through the papers, possibly across fields
     * @param bridges   methods, data sets or ideas linking two fields
     * @param readFirst the papers to read first, and why
     * @param papers    every paper, numbered from 1, with its one-line TL;DR
     * @param metadata  how it was made
     */
    public Briefing {
        Objects.requireNonNull(title, "title");
        overview = List.copyOf(overview);
        themes = List.copyOf(themes);
        bridges = List.copyOf(bridges);
        readFirst = List.copyOf(readFirst);
        papers = List.copyOf(papers);
        Objects.requireNonNull(metadata, "metadata");
        for (int i = 0; i < papers.size(); i++) {
            if (papers.get(i).number() != i + 1) {
                throw new IllegalArgumentException("papers must be numbered 1.." + papers.size() + " in order");
            }
        }
        int n = papers.size();
        overview.forEach(s -> checkCitations(s, n));
        themes.forEach(t -> {
            t.statements().forEach(s -> checkCitations(s, n));
            t.papers().forEach(p -> checkNumber(p, n));
        });
        bridges.forEach(b -> checkCitations(b.statement(), n));
        readFirst.forEach(r -> checkCitations(r.why(), n));
    }

    /**
     * The paper with this number, if there is one.
     *
     * @param number the paper's number, from 1
     * @return the paper with this number, if there is one
     */
    public Optional<BriefedPaper> paper(int number) {
        return number >= 1 && number <= papers.size() ? Optional.of(papers.get(number - 1)) : Optional.empty();
    }

    private static void checkCitations(Statement s, int n) {
        s.citations().forEach(c -> checkNumber(c, n));
    }

    private static void checkNumber(int number, int n) {
        if (number < 1 || number > n) {
            throw new IllegalArgumentException("citation [" + number + "] points outside the " + n + " papers");
        }
    }
}
