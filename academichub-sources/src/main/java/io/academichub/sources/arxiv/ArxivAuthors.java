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
                    add(authors, s.substring(start, i));
                    start = i + 1;
                } else if (c == ' ' && s.startsWith(" and ", i)) {
                    add(authors, s.substring(start, i));
                    start = i + 5;
                    i += 4;
                }
            }
        }
        add(authors, s.substring(start));
        return authors;
    }

    private static void add(List<Author> authors, String piece) {
        String p = piece.strip();
        if (p.startsWith("and ")) {
            p = p.substring(4).strip(); // the Oxford comma: "A, B, and C"
        }
        if (p.isEmpty()) {
            return;
        }
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
        authors.add(new Author(TexAccents.toUnicode(p),
                affiliation == null ? null : TexAccents.toUnicode(affiliation), null));
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
