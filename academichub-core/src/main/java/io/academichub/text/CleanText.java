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
     */
    public static String foldWhitespace(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        StringBuilder sb = null;
        boolean pendingSpace = false;
        int start = 0;
        while (start < n && isSpace(text.charAt(start))) {
            start++;
        }
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (sb == null) {
                    // Only allocate once the text turns out to need changing.
                    if (c == ' ' && i + 1 < n && !isSpace(text.charAt(i + 1))) {
                        continue;
                    }
                    sb = new StringBuilder(n).append(text, start, i);
                }
                pendingSpace = true;
            } else {
                if (sb != null) {
                    if (pendingSpace) {
                        sb.append(' ');
                        pendingSpace = false;
                    }
                    sb.append(c);
                }
            }
        }
        if (sb == null) {
            return start == 0 ? text : text.substring(start);
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00a0' || c == '\u2009' || c == '\f';
    }
}
