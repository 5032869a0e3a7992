package io.academichub.llm.internal;

import io.academichub.text.TexAccents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence quoted from an abstract, made readable: TeX's text-mode markup outside math becomes the text it marks
 * up ({@code \textit{Wukong}} → {@code Wukong}, {@code {\em new}} → {@code new}, {@code \href{https://…}{code}} →
 * {@code code}, {@code 50\%} → {@code 50%}, {@code " -- "} → {@code " – "}), and accents become letters
 * ({@link TexAccents}). Math ({@link TexMath}, and {@code \begin{…}…\end{…}} environments) is left as written,
 * for a viewer that renders it; so is every other command.
 *
 * <pre>{@code
 * TexText.readable("on the processor \\textit{Wukong}, with 99\\% fidelity for $\\textbf{x}$")
 * // "on the processor Wukong, with 99% fidelity for $\\textbf{x}$"
 * }</pre>
 */
public final class TexText {

    // \textbf{…} and its kin around text without braces or math; nested ones come undone one level per pass.
    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(?:textbf|textit|textsl|textsc|texttt|textrm"
            + "|textsf|textup|textmd|textnormal|emph|underline|mbox|url)\\s*\\{([^{}$]*)\\}");
    // \href{url}{text}: the text
    private static final Pattern HREF = Pattern.compile("\\\\href\\s*\\{[^{}]*\\}\\s*\\{([^{}$]*)\\}");
    // {\it …}: old-style font switches that last to the end of their group
    private static final Pattern SWITCH =
            Pattern.compile("\\{\\\\(?:it|bf|em|sl|sc|tt|rm|sf|itshape|bfseries|scshape)(?![A-Za-z])\\s*([^{}$]*)\\}");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([%&#_])");
    // TeX's dashes between words: " -- " is an en dash, " --- " an em dash (never "--flag" or "C--")
    private static final Pattern EM_DASH = Pattern.compile("(?<= )---(?= )");
    private static final Pattern EN_DASH = Pattern.compile("(?<= )--(?= )");
    private static final int MAX_NESTING = 4;

    private TexText() {
    }

    /**
     * {@return the text with TeX's text-mode markup and accents outside math made plain}
     *
     * @param text the text
     */
    public static String readable(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('{') < 0 && !text.contains(" --")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            int end = mathEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            out.append(plain(text.substring(plainFrom, i))).append(text, i, end);
            plainFrom = end;
            i = end;
        }
        return out.append(plain(text.substring(plainFrom))).toString();
    }

    // Math as TexMath finds it, and a \begin{…}…\end{…} environment (an equation written without dollars).
    private static int mathEnd(String text, int at) {
        if (text.startsWith("\\begin{", at)) {
            int nameEnd = text.indexOf('}', at);
            if (nameEnd < 0) {
                return -1;
            }
            String end = "\\end" + text.substring(at + "\\begin".length(), nameEnd + 1);
            int close = text.indexOf(end, nameEnd);
            return close < 0 ? -1 : close + end.length();
        }
        return TexMath.end(text, at);
    }

    private static String plain(String s) {
        if (s.contains(" --")) {
            s = EN_DASH.matcher(EM_DASH.matcher(s).replaceAll("\u2014")).replaceAll("\u2013");
        }
        if (s.indexOf('\\') < 0) {
            return TexAccents.toUnicode(s); // braces around letters: {GPU}s
        }
        String r = s;
        for (int pass = 0; pass < MAX_NESTING; pass++) {
            String before = r;
            r = replace(TEXT_COMMAND, r);
            r = replace(HREF, r);
            r = replace(SWITCH, r);
            if (r.equals(before)) {
                break;
            }
        }
        return TexAccents.toUnicode(replace(ESCAPED, r));
    }

    private static String replace(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.replaceAll(r -> Matcher.quoteReplacement(r.group(1))) : s;
    }
}
