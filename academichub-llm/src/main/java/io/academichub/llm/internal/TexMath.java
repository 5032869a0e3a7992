package io.academichub.llm.internal;

/**
 * Where TeX math lies in feed text — {@code $…$} (pandoc's rule: a non-space right after the opening {@code $}, a
 * non-space right before the closing one, and no digit right after it, so "$5 and $10" is no math),
 * {@code $$…$$}, {@code \(…\)} and {@code \[…\]} — for the code that shows such text and must leave math as
 * written ({@code MarkdownText}, {@link TexText}).
 */
public final class TexMath {

    private TexMath() {
    }

    /**
     * {@return where the math that opens at {@code at} ends (exclusive), or -1 when none opens there}
     *
     * @param text the text
     * @param at   where to look
     */
    public static int end(String text, int at) {
        if (text.startsWith("$$", at)) {
            int close = text.indexOf("$$", at + 2);
            return close > at + 2 ? close + 2 : -1;
        }
        if (text.startsWith("\\(", at) || text.startsWith("\\[", at)) {
            int close = text.indexOf(text.charAt(at + 1) == '(' ? "\\)" : "\\]", at + 2);
            return close > at + 2 ? close + 2 : -1;
        }
        if (text.charAt(at) != '$' || at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1))) {
            return -1;
        }
        for (int j = at + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++; // \$ inside math is a dollar sign, not the end
            } else if (c == '$') {
                boolean closes = !Character.isWhitespace(text.charAt(j - 1))
                        && (j + 1 == text.length() || !Character.isDigit(text.charAt(j + 1)));
                if (closes) {
                    return j + 1;
                }
            }
        }
        return -1;
    }
}
