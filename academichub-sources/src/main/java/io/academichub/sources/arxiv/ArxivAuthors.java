package io.academichub.sources.arxiv;

import io.academichub.model.Author;
import io.academichub.text.CleanText;
import io.academichub.text.TexAccents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * TeX accents become Unicode; a trailing {@code (Affiliation)} becomes the author's affiliation. A piece that
 * names nobody — no letter or digit once cleaned ({@code ":"}, an empty group {@code {}}) — is dropped and told to
 * the caller's warnings.
 */
public final class ArxivAuthors {

    // Letters TeX writes as commands that TexAccents does not map: \dh (ð, Icelandic), \th (þ), \ng (ŋ), \dj (đ).
    private static final Pattern ET_AL = Pattern.compile("(?i)et\\.? ?al\\.?");

    private ArxivAuthors() {
    }

    /**
     * {@return the authors named in {@code text}, in order; an empty list for blank text} Pieces that name nobody are
     * dropped.
     *
     * @param text arXiv's author list, names separated by commas and {@code and}
     */
    public static List<Author> split(String text) {
        return split(text, dropped -> { });
    }

    /**
     * {@return the authors named in {@code text}, in order; an empty list for blank text}
     *
     * @param dropped told, in words a user reads, of each piece dropped because it names nobody
     * @param text arXiv's author list, names separated by commas and {@code and}
     */
    public static List<Author> split(String text, Consumer<String> dropped) {
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
                    add(authors, s, start, i, dropped);
                    start = i + 1;
                } else if (c == ' ' && s.startsWith(" and ", i)) {
                    add(authors, s, start, i, dropped);
                    start = i + 5;
                    i += 4;
                }
            }
        }
        add(authors, s, start, n, dropped);
        return withNumberedAffiliations(authors);
    }

    // "A. Author (1), B. Author (1, 2) ((1) Univ X, (2) Univ Y)": arXiv's footnote style. The last author then
    // carries the whole key as its affiliation and its own number in its name.
    private static final Pattern FOOTNOTE = Pattern.compile("\\((\\d{1,2})\\)\\s*([^()]+?)\\s*(?:,\\s*)?(?=\\(\\d{1,2}\\)|$)");
    private static final Pattern NUMBERS = Pattern.compile("\\d{1,2}(?:\\s*,\\s*\\d{1,2})*");

    private static List<Author> withNumberedAffiliations(List<Author> authors) {
        if (authors.isEmpty()) {
            return authors;
        }
        Author last = authors.get(authors.size() - 1);
        String key = last.affiliation();
        if (key == null || !key.startsWith("(") || !Character.isDigit(key.charAt(1))) {
            return authors;
        }
        Map<String, String> byNumber = new HashMap<>();
        Matcher m = FOOTNOTE.matcher(key);
        while (m.find()) {
            byNumber.put(m.group(1), m.group(2));
        }
        if (byNumber.isEmpty()) {
            return authors;
        }
        List<Author> resolved = new ArrayList<>(authors.size());
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            String name = a.name();
            String numbers = a.affiliation();
            if (i == authors.size() - 1) {
                int open = name.endsWith(")") ? matchingOpen(name) : -1;
                numbers = open > 0 ? name.substring(open + 1, name.length() - 1) : null;
                name = open > 0 ? name.substring(0, open).strip() : name;
                if (!Author.isName(name)) {
                    continue; // the key alone, "((1) Univ X)", with no name before it
                }
            }
            String affiliation = numbers;
            if (numbers != null && NUMBERS.matcher(numbers.strip()).matches()) {
                StringBuilder sb = new StringBuilder();
                for (String n : numbers.split(",")) {
                    String text = byNumber.get(n.strip());
                    if (text != null) {
                        sb.append(sb.length() == 0 ? "" : "; ").append(text);
                    }
                }
                affiliation = sb.length() == 0 ? null : sb.toString();
            }
            resolved.add(new Author(name, affiliation, a.orcid()));
        }
        return resolved;
    }

    // s[start, end) is one author; folded text, so at most one space at each end. Trimmed by index, so the piece
    // is copied once (this runs for every author of every feed item).
    private static void add(List<Author> authors, String s, int start, int end, Consumer<String> dropped) {
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
        if (p.isEmpty() || isEtAl(p) || p.equals("and")) {
            return; // "et al." names nobody; a stray "and" is no author
        }
        String name = cleanName(p);
        if (!Author.isName(name)) {
            dropped.accept("author '" + p + "' dropped: it holds no letter or digit");
            return;
        }
        authors.add(new Author(name, affiliation == null ? null : cleanName(affiliation), null));
    }

    // "et al", "et. al.", "Et al."; the length test spares the regex for the thousands of real names in a feed.
    private static boolean isEtAl(String p) {
        return p.length() <= 8 && (p.charAt(0) == 'e' || p.charAt(0) == 'E') && ET_AL.matcher(p).matches();
    }

    /**
     * TeX accents to Unicode, then the grouping braces TeX needed ({@code {\'E}mile}): in a name a brace only
     * groups, so once the commands are gone the braces can go too. Math in a name stays exactly as written.
     */
    static String cleanName(String text) {
        String s = TexAccents.toUnicode(text);
        if (s.indexOf('$') >= 0 || s.indexOf('{') < 0 && s.indexOf('}') < 0) {
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
