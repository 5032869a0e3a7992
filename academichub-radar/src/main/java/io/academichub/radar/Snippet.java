package io.academichub.radar;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A highlighted passage (matched words marked {@code **like this**}) made fit to quote in a reason: white space folded
 * to single spaces, and a passage longer than the limit cut to it and ended with one {@code …}.
 *
 * <p>The cut falls at a word boundary: at a space, or between two characters of which one is a Chinese or Japanese
 * character (those scripts write no spaces between words). Only when the last boundary would keep less than half
 * the limit (one very long token) is the cut hard, and then still between two whole characters (never inside a
 * surrogate pair or before a combining mark). A marked term is kept whole with both marks, or left out: a cut never
 * falls between a pair of marks (only a term that opens the passage and is itself longer than the limit is shown
 * cut, without marks). What the text itself ends with at the cut, an ellipsis ({@code …} or {@code ...}), white
 * space, a comma, semicolon or colon, is dropped before the one {@code …} is added.
 *
 * <p>The limit counts the characters a reader sees (code points, the {@code …} included), not the marks.
 */
final class Snippet {

    /** The longest passage a reason quotes, in characters a reader sees. */
    static final int MAX = 240;

    private static final String MARK = "**";
    /** The marks the highlighter puts around matched words in a passage ({@code **like this**}); group 1 the words. */
    static final Pattern MARKED = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final String ELLIPSIS = "…";

    private Snippet() {
    }

    /** A marked term's place in the text without marks: {@code [start, end)}. */
    private record Span(int start, int end) {
    }

    /**
     * {@return the passage with white space folded, cut to {@code max} characters a reader sees when longer}
     *
     * @param marked the passage, matched words marked {@code **like this**}
     * @param max    the most characters (code points, marks not counted) the result shows; at least 2
     */
    static String of(String marked, int max) {
        String folded = foldWhiteSpace(marked);
        List<Span> spans = new ArrayList<>();
        String text = unmarked(folded, spans);
        if (text.codePointCount(0, text.length()) <= max) {
            return folded;
        }
        int limit = text.offsetByCodePoints(0, max - 1); // room for the …
        int cut = cut(text, limit, spans);
        int end = withoutTrailingFiller(text, cut);
        if (end == 0) { // the text up to the limit was all filler: keep it rather than show a bare …
            end = cut;
        }
        return remark(text, end, spans) + ELLIPSIS;
    }

    /** Where to cut the text (without marks) that is longer than {@code limit}. */
    private static int cut(String text, int limit, List<Span> spans) {
        int word = lastWordBoundary(text, limit, limit / 2, spans);
        if (word > 0) {
            return word;
        }
        // one very long token, or a marked term that a word cut would split
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int hard = characters.isBoundary(limit) ? limit : characters.preceding(limit);
        Span split = straddling(spans, hard);
        if (split == null) {
            return hard;
        }
        if (split.start() > 0) {
            return split.start();
        }
        // the text opens with a marked term longer than the limit: it is shown unmarked, cut at a word if it can be
        int inTerm = lastWordBoundary(text, limit, 0, List.of());
        return inTerm > 0 ? inTerm : hard;
    }

    /** The last word boundary in {@code (floor, limit]} that splits no marked term, or -1. */
    private static int lastWordBoundary(String text, int limit, int floor, List<Span> spans) {
        for (int at = limit; at > floor; at--) {
            if (isWordBoundary(text, at) && straddling(spans, at) == null) {
                return at;
            }
        }
        return -1;
    }

    /** The marked term that a cut at {@code at} would split, or {@code null}. */
    private static Span straddling(List<Span> spans, int at) {
        for (Span s : spans) {
            if (s.start() < at && at < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static boolean isWordBoundary(String text, int at) {
        if (Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) {
            return false;
        }
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at);
        return after == ' ' || before == ' ' || writtenWithoutSpaces(before) || writtenWithoutSpaces(after);
    }

    /** Chinese characters and Japanese kana: a word may end after any of them. */
    private static boolean writtenWithoutSpaces(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Where the kept text ends once what would stand before the … (spaces, an ellipsis, a comma) is dropped. */
    private static int withoutTrailingFiller(String text, int end) {
        int at = end;
        while (at > 0) {
            char c = text.charAt(at - 1);
            if (c == ' ' || c == '…' || c == ',' || c == ';' || c == ':' || c == '，' || c == '；' || c == '：'
                    || c == '、') {
                at--;
            } else if (c == '.' && at >= 3 && text.startsWith("...", at - 3)) {
                at -= 3;
            } else {
                return at;
            }
        }
        return 0;
    }

    /** White space of any kind, runs of it folded to one space, none at either end. */
    private static String foldWhiteSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** The text without marks; the marked terms' places added to {@code spans}. */
    private static String unmarked(String marked, List<Span> spans) {
        StringBuilder text = new StringBuilder(marked.length());
        Matcher m = MARKED.matcher(marked);
        int at = 0;
        while (m.find()) {
            text.append(marked, at, m.start());
            int start = text.length();
            text.append(m.group(1));
            spans.add(new Span(start, text.length()));
            at = m.end();
        }
        return text.append(marked, at, marked.length()).toString();
    }

    /** The text up to {@code end} with the marks of the terms that end by then put back. */
    private static String remark(String text, int end, List<Span> spans) {
        StringBuilder out = new StringBuilder(end + 4 * spans.size());
        int at = 0;
        for (Span s : spans) {
            if (s.end() > end) {
                break;
            }
            out.append(text, at, s.start()).append(MARK).append(text, s.start(), s.end()).append(MARK);
            at = s.end();
        }
        return out.append(text, at, end).toString();
    }
}
