package io.academichub.text;

/**
 * Small text clean-ups every source needs: white space folded.
 */
public final class CleanText {

    private CleanText() {
    }

    /**
     * Folds every run of white space (spaces, tabs, newlines, non-breaking spaces) into one space and strips both
     * ends: hard-wrapped feed text becomes one line.
     *
     * @param text the text, or {@code null}
     * @return the folded text; {@code ""} for {@code null}
     */
    public static String foldWhitespace(String text) {
        if (text == null) {
            return null;
        }
        if (isFolded(text)) {
            return text;
        }
        char[] chars = text.toCharArray(); // folded in place: folding only ever shortens
        int w = 0;
        boolean pendingSpace = false;
        for (char c : chars) {
            if (isSpace(c)) {
                pendingSpace = w > 0; // leading white space goes, inner runs become one space
            } else {
                if (pendingSpace) {
                    chars[w++] = ' ';
                    pendingSpace = false;
                }
                chars[w++] = c;
            }
        }
        return new String(chars, 0, w);
    }

    /**
     * Whether the text is folded already, the usual case (all but a few of a feed's abstracts): searched with
     * {@link String#indexOf}, which the JVM vectorises, instead of a loop over every character.
     */
    private static boolean isFolded(String text) {
        int n = text.length();
        return n == 0 || !isSpace(text.charAt(0)) && !isSpace(text.charAt(n - 1))
                && text.indexOf("  ") < 0 && text.indexOf('\n') < 0 && text.indexOf('\t') < 0 && text.indexOf('\r') < 0
                && text.indexOf('\f') < 0 && text.indexOf('\u00a0') < 0 && text.indexOf('\u2009') < 0;
    }

    private static boolean isSpace(char c) {
        if (c > ' ') {
            return c >= '\u00a0' && (c == '\u00a0' || c == '\u2009'); // letters and punctuation: two tests, not seven
        }
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    }
}
