package io.academichub.llm.briefing;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a briefing and the papers that support it. The words hold no citation markers: citations are
 * kept apart, as numbers of the briefing's papers ({@link BriefedPaper#number()}), checked against the input.
 *
 * @param text      the statement (plain text; a model's may carry light Markdown such as {@code *emphasis*})
 * @param citations numbers of the papers cited, at least one, in order, without repeats
 */
public record Statement(String text, List<Integer> citations) {

    /**
     * Checks the components as described above.
     *
     * @param text      the statement (plain text; a model's may carry light Markdown such as {@code *emphasis*})
     * @param citations numbers of the papers cited, at least one, in order, without repeats
     */
    public Statement {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a statement needs words");
        }
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a statement must cite at least one paper: " + text);
        }
        if (citations.stream().anyMatch(n -> n < 1) || citations.stream().distinct().count() != citations.size()) {
            throw new IllegalArgumentException("citations must be distinct paper numbers >= 1: " + citations);
        }
    }

    /**
     * A statement citing the given papers.
     *
     * @param text the text
     * @param citations the numbers of the papers cited
     * @return a statement citing the given papers
     */
    public static Statement of(String text, Integer... citations) {
        return new Statement(text, List.of(citations));
    }
}
