package io.academichub.text;

import java.util.Arrays;

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
        // Nearly all text a feed sends is folded already: proved with String.indexOf, which the JVM vectorises,
        // rather than by looking at every char.
        int n = text.length();
        if (n == 0 || !isSpace(text.charAt(0)) && !isSpace(text.charAt(n - 1)) && text.indexOf("  ") < 0
                && text.indexOf('\n') < 0 && text.indexOf('\t') < 0 && text.indexOf('\r') < 0
                && text.indexOf('\f') < 0 && text.indexOf('\u00a0') < 0 && text.indexOf('\u2009') < 0) {
            return text;
        }
        return foldRuns(text);
    }

    private static final char[] OTHER_SPACES = {'\n', '\t', '\r', '\f', '\u00a0', '\u2009'};

    // The text between white space runs is copied in bulk, each run becoming one space: the usual unfolded text is
    // a long abstract with a paragraph break or two ("…results.\n  We show…"), not worth a look at every char. The
    // runs are found with String.indexOf, one search per kind of white space, each searched again only once passed.
    // The pieces go through String.getChars into a char[] (vectorised copies): StringBuilder.append(text, from, to)
    // copies a char at a time on Java 17, which made folding an abstract cost ten times proving one folded.
    private static String foldRuns(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        char[] folded = new char[end - start];
        int length = 0;
        // found[0]: the next "  "; found[k]: the next OTHER_SPACES[k - 1]; Integer.MAX_VALUE when there is none
        int[] found = new int[OTHER_SPACES.length + 1];
        Arrays.fill(found, -1);
        int at = start; // text[at] is not white space (or at == end)
        while (true) {
            int run = end;
            for (int k = 0; k < found.length; k++) {
                if (found[k] < at) {
                    int f = k == 0 ? text.indexOf("  ", at) : text.indexOf(OTHER_SPACES[k - 1], at);
                    found[k] = f < 0 || f >= end ? Integer.MAX_VALUE : f;
                }
                run = Math.min(run, found[k]);
            }
            if (run == end) {
                text.getChars(at, end, folded, length);
                return new String(folded, 0, length + end - at);
            }
            // A single space may come just before the run's first other white space ("a \nb"): it is in the run.
            int runStart = text.charAt(run - 1) == ' ' ? run - 1 : run;
            text.getChars(at, runStart, folded, length);
            length += runStart - at;
            folded[length++] = ' ';
            at = run;
            while (isSpace(text.charAt(at))) {
                at++; // stops before `end`, whose char before is not white space
            }
        }
    }

    private static boolean isSpace(char c) {
        if (c > ' ') {
            return c >= '\u00a0' && (c == '\u00a0' || c == '\u2009'); // letters and punctuation: two tests, not seven
        }
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    }
}
