package io.academichub.internal;

import java.util.regex.Pattern;

/**
 * Makes text a server sent (an error message, a reason phrase, a field of an error document) safe to put in one
 * line of a message: terminal escape sequences and control characters go, line breaks and tabs become spaces, runs
 * of white space fold, and the length is capped with "…". A server so cannot forge a line of output (a newline and
 * {@code medrxiv OK 999/999}), recolour a terminal, or make one error line megabytes long.
 */
public final class ServerText {

    /** The cap on a quoted server text, in characters. */
    public static final int MAX_QUOTE = 300;

    // ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), and any other two-character ESC sequence.
    private static final Pattern ESCAPE_SEQUENCE =
            Pattern.compile("\u001B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|[@-_])|\u009B[0-?]*[ -/]*[@-~]");

    private ServerText() {
    }

    /** {@code text} cleaned and capped at {@link #MAX_QUOTE} characters; {@code null} becomes {@code ""}. */
    public static String quote(String text) {
        return clean(text, MAX_QUOTE);
    }

    /**
     * {@code text} cleaned and capped at {@code max} characters (the last of them "…" when cut, a surrogate pair
     * never split); {@code null} becomes {@code ""}.
     */
    public static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1: " + max);
        }
        // Look at a bounded prefix only: a 6 MB error body costs no more than a short one.
        String s = text.length() > 4 * max + 64 ? text.substring(0, 4 * max + 64) : text;
        boolean cutBefore = s.length() < text.length();
        if (s.indexOf('\u001B') >= 0 || s.indexOf('\u009B') >= 0) {
            s = ESCAPE_SEQUENCE.matcher(s).replaceAll("");
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2028' || c == '\u2029') {
                space = out.length() > 0;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT && c != '\u200D') {
                continue; // control characters, and bidi overrides that reorder what a terminal shows
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
            if (out.length() > max) {
                break;
            }
        }
        if (out.length() > max || cutBefore) {
            int end = Math.min(out.length(), max - 1);
            if (end > 0 && Character.isHighSurrogate(out.charAt(end - 1))) {
                end--;
            }
            out.setLength(end);
            out.append('…');
        }
        return out.toString();
    }
}
