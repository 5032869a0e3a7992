package io.academichub.sources.crossref;

import io.academichub.sources.internal.MarkupText;

import java.util.Locale;

/**
 * Turns the markup Crossref passes through from publishers' deposits into clean text: JATS abstracts
 * ({@code <jats:sec><jats:title>Methods</jats:title><jats:p>…</jats:p></jats:sec>}) and the HTML/JATS/MathML inline
 * tags found in titles and names ({@code <i>}, {@code <sub>}, {@code <scp>}, {@code <mml:math>}). Deposits are often
 * not well-formed (an undeclared {@code jats:} prefix, {@code &nbsp;}, a bare {@code <}); {@link MarkupText}'s
 * forgiving tokenizer reads them and never resolves or fetches anything.
 *
 * <p>Crossref's own rules: emphasis that deposits (bioRxiv's among them) glue to the neighbouring words gets its
 * spaces back ({@code targeting<jats:italic>SMARCB1</jats:italic>for} → {@code targeting SMARCB1 for}), while sub-
 * and superscripts stay glued as plain text ({@code H<sub>2</sub>O} → {@code H2O}); an abstract's leading title that
 * only says "Abstract" or "Summary" is dropped.
 */
final class JatsText {

    private static final MarkupText JATS = MarkupText.HTML.withGapsAroundGluedEmphasis();

    private JatsText() {
    }

    /**
     * Inline text (a title, a name): tags dropped, entities decoded, white space folded.
     *
     * @return the clean text, or {@code null} for {@code null}
     */
    static String inline(String markup) {
        return JATS.text(markup);
    }

    /**
     * An abstract: paragraphs joined by a space, each section title kept as a label before its text
     * ({@code "Methods: We …"}), a lone leading title that only says "Abstract" dropped, white space folded.
     *
     * @return the clean text, the empty string for {@code null}
     */
    static String abstractText(String markup) {
        return markup == null ? "" : JATS.labelledText(markup, JatsText::isJustAbstract);
    }

    private static boolean isJustAbstract(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        int end = t.length();
        while (end > 0 && !Character.isLetter(t.charAt(end - 1))) {
            end--;
        }
        t = t.substring(0, end);
        return t.equals("abstract") || t.equals("summary");
    }
}
