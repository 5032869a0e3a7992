package io.academichub.sources.journals;

import org.apache.commons.text.StringEscapeUtils;
import io.academichub.text.CleanText;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML that journal feeds put in titles, descriptions and names into clean text: tags dropped (a block tag
 * becomes a space), {@code script}/{@code style} bodies dropped, entities decoded, white space folded.
 *
 * <p>Sub- and superscripts stay legible: when every character of a {@code <sub>}/{@code <sup>} has a Unicode
 * sub-/superscript form (digits, {@code + - − = ( )}, and superscript {@code n} and {@code i}) it is written in that
 * form ({@code <sup>9</sup>Be} → {@code ⁹Be}, {@code CO<sub>2</sub>} → {@code CO₂}); otherwise it is kept as plain
 * text ({@code T<sub>reg</sub>} → {@code Treg}, as there is no subscript {@code g}). A half-converted word would be
 * harder to read than a plain one.
 *
 * <p>A {@code <} that does not open a well-formed tag ({@code p < 0.05}, {@code a<b}) is text. Named entities outside
 * the table below are left as written; numeric ones are always decoded.
 */
final class FeedText {

    // A start, end or empty-element tag; what does not match is text, not markup.
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final Pattern SCRIPT_END = Pattern.compile("</script\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_END = Pattern.compile("</style\\s*>", Pattern.CASE_INSENSITIVE);

    private static final String SUP_FROM = "0123456789+-−=()ni";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ";
    private static final String SUB_FROM = "0123456789+-−=()";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎";

    // Tags after which words must not run together.
    private static final java.util.Set<String> BLOCK = java.util.Set.of("p", "br", "div", "li", "ul", "ol", "tr", "td",
            "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "dl", "hr", "section",
            "article", "header", "footer", "figure", "figcaption", "pre");

    private FeedText() {
    }

    /** Clean text from HTML; {@code null} stays {@code null}. */
    static String fromHtml(String html) {
        if (html == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(html.length());
        // Open <sub>/<sup> elements: where their text starts in out, and which they are.
        Deque<int[]> scripts = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                appendDecoded(out, html, i, n);
                break;
            }
            appendDecoded(out, html, i, lt);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (!tag.region(lt, n).lookingAt()) {
                out.append('<');
                i = lt + 1;
                continue;
            }
            i = tag.end();
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            switch (name) {
                case "script", "style" -> {
                    if (!closing) {
                        Matcher end = (name.equals("script") ? SCRIPT_END : STYLE_END).matcher(html);
                        i = end.find(i) ? end.end() : n;
                    }
                }
                case "sub", "sup" -> {
                    if (!closing) {
                        scripts.push(new int[] {out.length(), name.equals("sup") ? 1 : 0});
                    } else if (!scripts.isEmpty()) {
                        int[] open = scripts.pop();
                        convertScript(out, open[0], open[1] == 1);
                    }
                }
                default -> {
                    if (BLOCK.contains(name)) {
                        out.append(' ');
                    }
                }
            }
        }
        return CleanText.foldWhitespace(out.toString());
    }

    /** Plain text (an Atom {@code type="text"} construct): only white space is folded. */
    static String fromPlain(String text) {
        return CleanText.foldWhitespace(text);
    }

    // Rewrites out[from..] as Unicode sub-/superscripts when every character has one; otherwise leaves it plain.
    private static void convertScript(StringBuilder out, int from, boolean sup) {
        String fromChars = sup ? SUP_FROM : SUB_FROM;
        String toChars = sup ? SUP_TO : SUB_TO;
        if (from == out.length()) {
            return;
        }
        StringBuilder converted = new StringBuilder(out.length() - from);
        for (int k = from; k < out.length(); k++) {
            int at = fromChars.indexOf(out.charAt(k));
            if (at < 0) {
                return;
            }
            converted.append(toChars.charAt(at));
        }
        out.setLength(from);
        out.append(converted);
    }

    private static void appendDecoded(StringBuilder out, String s, int from, int to) {
        int amp = s.indexOf('&', from);
        if (amp < 0 || amp >= to) {
            out.append(s, from, to);
        } else {
            out.append(StringEscapeUtils.unescapeHtml4(s.substring(from, to)));
        }
    }
}
