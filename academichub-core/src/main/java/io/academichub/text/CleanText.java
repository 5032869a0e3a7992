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
     * @return the folded text; {@code null} for {@code null}
     */
    public static String foldWhitespace(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        if (n == 0) {
            return text;
        }
        // Searched with String.indexOf, which the JVM vectorises, rather than looked at char by char: nearly all text
        // a feed sends is folded already (or has only a few double spaces), and these searches are most of the work.
        if (!isSpace(text.charAt(0)) && !isSpace(text.charAt(n - 1)) && text.indexOf('\n') < 0
                && text.indexOf('\t') < 0 && text.indexOf('\r') < 0 && text.indexOf('\f') < 0
                && text.indexOf('\u00a0') < 0 && text.indexOf('\u2009') < 0) {
            int twoSpaces = text.indexOf("  ");
            return twoSpaces < 0 ? text : foldSpaceRuns(text, twoSpaces);
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

    // Text whose only white space is spaces, none at either end, with a run of two or more at `first`: the words
    // between runs are copied in bulk.
    private static String foldSpaceRuns(String text, int first) {
        int n = text.length();
        StringBuilder folded = new StringBuilder(n - 1);
        int from = 0;
        for (int run = first; run >= 0; run = text.indexOf("  ", from)) {
            folded.append(text, from, run + 1);
            from = run + 2;
            while (text.charAt(from) == ' ') {
                from++; // stops at the latest at the last char, which is not a space
            }
        }
        return folded.append(text, from, n).toString();
    }

    private static boolean isSpace(char c) {
        if (c > ' ') {
            return c >= '\u00a0' && (c == '\u00a0' || c == '\u2009'); // letters and punctuation: two tests, not seven
        }
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    }
}
