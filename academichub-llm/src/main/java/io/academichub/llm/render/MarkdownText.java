package io.academichub.llm.render;

import io.academichub.llm.internal.TexMath;

/**
 * Text from a feed or a model, made safe to place in Markdown (CommonMark, as GitHub, pandoc and commonmark-java
 * read it): no link, image, HTML tag or entity can open, and TeX math stays as written, so a viewer with math
 * support (MathJax, KaTeX) still sees {@code $a_i < b_j$} and not {@code $a_i \< b_j$}.
 *
 * <p>Math is what lies between {@code $…$} (pandoc's rule: a non-space right after the opening {@code $}, a non-space
 * right before the closing one, and no digit right after it, so "$5 and $10" is no math), {@code $$…$$},
 * {@code \(…\)} and {@code \[…\]}. Outside math, CommonMark's backslash escapes keep {@code [ ] \ < & $} literal;
 * {@link #literal} also keeps emphasis and code marks ({@code * _ ` ~}) literal, for titles and names. Inside math
 * nothing is escaped (a viewer without math support may then read the underscores of {@code CeTa$_7$O$_{19}$} as
 * emphasis; escaping them would break the subscripts in every viewer with it), except that what would open an HTML
 * tag, a link or an entity is broken up by a space TeX ignores.
 *
 * <pre>{@code
 * MarkdownText.literal("*Attention* in snake_case for $x_i$")  // \*Attention\* in snake\_case for $x_i$
 * MarkdownText.prose("Uses *diffusion* when $a_i < b_j$ [3]")  // Uses *diffusion* when $a_i < b_j$ \[3\]
 * }</pre>
 */
public final class MarkdownText {

    /** Escaped outside math in every text: what could open a link, an image, an HTML tag or entity, or math. */
    private static final String STRUCTURE = "[]\\<&$";
    /** Escaped outside math in titles and names as well: emphasis, code spans, strikethrough (GFM). */
    private static final String EMPHASIS = "*_`~";

    private MarkdownText() {
    }

    /**
     * Text to read as written — a title, an author's name, a field, a quoted sentence: every Markdown mark outside
     * math is escaped, so {@code *attention*} and {@code snake_case_name} show their stars and underscores. Line
     * breaks become spaces.
     *
     * @param text the text
     * @return the text as Markdown that shows it as written
     */
    public static String literal(String text) {
        return escape(text, STRUCTURE + EMPHASIS, false);
    }

    /**
     * A model's sentence, which may use light Markdown: emphasis and code spans are kept; links, images, HTML and
     * entities cannot open outside math. Line breaks become spaces.
     *
     * @param text the sentence
     * @return the sentence as Markdown with its emphasis kept
     */
    public static String prose(String text) {
        return escape(text, STRUCTURE, false);
    }

    /**
     * As {@link #prose}, for commonmark-java to turn into HTML: every ASCII punctuation inside math is
     * backslash-escaped too, so the HTML shows the math as written (no emphasis from {@code $a*b*c$}).
     */
    static String proseForHtml(String text) {
        return escape(text, STRUCTURE, true);
    }

    private static String escape(String text, String outsideMath, boolean mathForHtml) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int end = TexMath.end(text, i);
            if (end > 0) {
                math(text, i, end, out, mathForHtml);
                i = end;
                continue;
            }
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append("\\\\\\$"); // TeX's escaped dollar: a dollar sign that opens no math
                i += 2;
                continue;
            }
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                if (outsideMath.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /**
     * Math as written. For a Markdown viewer, only what CommonMark would read even inside math is broken up with a
     * space, which TeX ignores in math: {@code <} before a letter, {@code /}, {@code !} or {@code ?} (an HTML tag or
     * comment, an autolink), {@code ](} (a link) and
     * {@code &} before a name (an entity). For commonmark-java's HTML, every ASCII punctuation is escaped instead.
     */
    private static void math(String text, int from, int to, StringBuilder out, boolean forHtml) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char next = i + 1 < to ? text.charAt(i + 1) : ' ';
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (forHtml) {
                if (c < 128 && isPunctuation(c)) {
                    out.append('\\');
                }
                out.append(c);
            } else {
                out.append(c);
                boolean opensSomething = c == '<' && (next < 128 && Character.isLetter(next) || "/!?".indexOf(next) >= 0)
                        || c == ']' && next == '('
                        || c == '&' && (Character.isLetterOrDigit(next) || next == '#');
                if (opensSomething) {
                    out.append(' ');
                }
            }
        }
    }

    private static boolean isPunctuation(char c) {
        return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
