package io.academichub.sources.journals;

import io.academichub.sources.internal.MarkupText;
import io.academichub.text.CleanText;

/**
 * Turns the HTML that journal feeds put in titles, descriptions and names into clean text, by the shared rules of
 * {@link MarkupText}: tags dropped (a block tag becomes a space), {@code script}/{@code style} bodies dropped,
 * entities decoded, white space folded, a {@code <} that opens no tag kept as text ({@code p < 0.05}).
 *
 * <p>Feeds' own rule: sub- and superscripts stay legible in Unicode where every character has a form
 * ({@code <sup>9</sup>Be} → {@code ⁹Be}, {@code CO<sub>2</sub>} → {@code CO₂}, but {@code T<sub>reg</sub>} →
 * {@code Treg}). Emphasis is not given spaces: feed HTML keeps its own.
 */
final class FeedText {

    private static final MarkupText HTML = MarkupText.HTML.withUnicodeScripts();

    private FeedText() {
    }

    /** Clean text from HTML; {@code null} stays {@code null}. */
    static String fromHtml(String html) {
        return HTML.text(html);
    }

    /** Plain text (an Atom {@code type="text"} construct): only white space is folded. */
    static String fromPlain(String text) {
        return CleanText.foldWhitespace(text);
    }
}
