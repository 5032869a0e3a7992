package io.academichub.sources.arxiv;

import io.academichub.model.Author;
import io.academichub.text.CleanText;
import io.academichub.text.TexAccents;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits arXiv's one-string author lists into {@link Author}s, as the RSS {@code dc:creator} and the OAI
 * {@code arXivRaw} {@code authors} give them:
 *
 * <pre>{@code
 * "Mohammed Riadh Berramdane (IFPEN), Benjamin R\'emy (LEMTA)"  → Berramdane / IFPEN, Benjamin Rémy / LEMTA
 * "D.V. Shetty, S.J. Yennello, and G.A. Souliotis"              → three authors
 * }</pre>
 *
 * Commas and "and" inside parentheses or braces (affiliations such as "University of X, Y") do not split;
 * TeX accents become Unicode; a trailing {@code (Affiliation)} becomes the author's affiliation.
 */
public final class ArxivAuthors {

    // Letters TeX writes as commands that TexAccents does not map: \dh (ð, Icelandic), \th (þ), \ng (ŋ), \dj (đ).
    private static final String[][] EXTRA_LETTERS = {
            {"dh", "\u00f0"}, {"DH", "\u00d0"}, {"th", "\u00fe"}, {"TH", "\u00de"},
            {"ng", "\u014b"}, {"NG", "\u014a"}, {"dj", "\u0111"}, {"DJ", "\u0110"}};

    private ArxivAuthors() {
    }

    /** The authors named in {@code text}, in order; an empty list for blank text. */
    public static List<Author> split(String text) {
        List<Author> authors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return authors;
        }
        String s = CleanText.foldWhitespace(text);
        int depth = 0;
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '{') {
                depth++;
            } else if ((c == ')' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                if (c == ',') {
                    add(authors, s, start, i);
                    start = i + 1;
                } else if (c == ' ' && s.startsWith(" and ", i)) {
                    add(authors, s, start, i);
                    start = i + 5;
                    i += 4;
                }
            }
        }
        add(authors, s, start, n);
        return authors;
    }

    // s[start, end) is one author; folded text, so at most one space at each end. Trimmed by index, so the piece
    // is copied once (this runs for every author of every feed item).
    private static void add(List<Author> authors, String s, int start, int end) {
        if (start < end && s.charAt(start) == ' ') {
            start++;
        }
        if (s.startsWith("and ", start)) {
            start += 4; // the Oxford comma: "A, B, and C"
        }
        if (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (start >= end) {
            return;
        }
        String p = s.substring(start, end);
        String affiliation = null;
        if (p.endsWith(")")) {
            int open = matchingOpen(p);
            if (open > 0) {
                affiliation = p.substring(open + 1, p.length() - 1).strip();
                p = p.substring(0, open).strip();
            }
        }
        if (p.isEmpty()) {
            return;
        }
        authors.add(new Author(cleanName(p), affiliation == null ? null : cleanName(affiliation), null));
    }

    /**
     * TeX accents to Unicode, then what {@link TexAccents} leaves in names: the letters it does not know
     * ({@code Gu{\dh}mundur}) and grouping braces next to letters ({@code Przemys{\l}aw} comes back as
     * {@code Przemys{ł}aw}). In a name a brace only groups, so once the commands are gone the braces can go too.
     */
    static String cleanName(String text) {
        String s = TexAccents.toUnicode(text);
        if (s.indexOf('$') >= 0) {
            return s; // math in a name (rare: a collaboration symbol) stays exactly as written
        }
        if (s.indexOf('\\') >= 0) {
            s = extraLetters(s);
        }
        if (s.indexOf('{') < 0 && s.indexOf('}') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '{' && c != '}') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String extraLetters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        outer:
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                for (String[] letter : EXTRA_LETTERS) {
                    int end = i + 1 + letter[0].length();
                    if (s.startsWith(letter[0], i + 1) && (end == s.length() || !Character.isLetter(s.charAt(end)))) {
                        sb.append(letter[1]);
                        if (s.startsWith("{}", end)) {
                            end += 2; // \dh{}mundur
                        } else if (end < s.length() && s.charAt(end) == ' ') {
                            end++; // the space that only ends the command: \dh mundur
                        }
                        i = end;
                        continue outer;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    // Index of the '(' that closes with the final ')', or -1 when unbalanced.
    private static int matchingOpen(String p) {
        int depth = 0;
        for (int i = p.length() - 1; i >= 0; i--) {
            char c = p.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
