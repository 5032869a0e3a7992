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
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        char[] folded = CleanText.foldWhitespace(text).toCharArray();
        return split(folded, folded.length, pieces(folded, folded.length, true), dropped);
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

    // One author as written, trimmed: "Name", "Name (Affiliation)", or a piece that names nobody.
    private static void addPiece(List<Author> authors, String p, Consumer<String> dropped) {
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

    /**
     * As {@link #split(String, Consumer)} on {@code new String(text, 0, length)}, for a parser that holds the list
     * in a char buffer: one String per author, instead of the list's String, its folded copy and a substring per
     * author. A list that white space folding would change (or that holds other white space) is made a String and
     * folded first.
     *
     * @param text    the author list, as sent
     * @param length  how many chars of {@code text} it is
     * @param dropped told of each piece dropped because it names nobody
     */
    static List<Author> split(char[] text, int length, Consumer<String> dropped) {
        int[] cuts = pieces(text, length, false);
        if (cuts == null) {
            return split(new String(text, 0, length), dropped);
        }
        return split(text, length, cuts, dropped);
    }

    // The authors of text[0, length), folded, cut where pieces() says.
    private static List<Author> split(char[] text, int length, int[] cuts, Consumer<String> dropped) {
        // A list with no parenthesis, brace or backslash has plain names only: nothing to clean, no affiliation.
        boolean plain = cuts[0] == 0;
        List<Author> authors = new ArrayList<>(cuts[1]);
        for (int k = 2; k < 2 + 2 * cuts[1]; k += 2) {
            int start = cuts[k];
            int end = cuts[k + 1];
            // At most one space at each end (the text is folded); the Oxford comma, "A, B, and C", leaves "and " at
            // the start of the last piece.
            if (start < end && text[start] == ' ') {
                start++;
            }
            if (start + 4 <= length && text[start] == 'a' && text[start + 1] == 'n' && text[start + 2] == 'd'
                    && text[start + 3] == ' ') {
                start += 4;
            }
            if (end > start && text[end - 1] == ' ') {
                end--;
            }
            if (start >= end) {
                continue;
            }
            String p = new String(text, start, end - start);
            if (!plain) {
                addPiece(authors, p, dropped);
            } else if (!isEtAl(p) && !p.equals("and")) {
                if (Author.isName(p)) {
                    authors.add(new Author(p, null, null));
                } else {
                    dropped.accept("author '" + p + "' dropped: it holds no letter or digit");
                }
            }
        }
        return withNumberedAffiliations(authors);
    }

    /**
     * Where the list is cut into authors — at commas and at " and " outside parentheses and braces:
     * {@code [special, n, start1, end1, …]}, {@code special} 1 when a parenthesis, brace or backslash occurs. For text
     * not known to be folded ({@code folded} false), {@code null} when folding would change it or it holds white space
     * other than single spaces, for the caller to fold first.
     */
    static int[] pieces(char[] text, int length, boolean folded) {
        if (length == 0) {
            return new int[] {0, 0};
        }
        if (!folded && (text[0] == ' ' || text[length - 1] == ' ')) {
            return null; // folding would strip it
        }
        int[] cuts = new int[2 + 16];
        int n = 0;
        int special = 0;
        int depth = 0;
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            int kind = c < 0x80 ? KIND[c] : Character.isWhitespace(c) || Character.isSpaceChar(c) ? OTHER_SPACE : PLAIN;
            if (kind == PLAIN || kind == OTHER_SPACE && folded) {
                continue; // most chars: one table look-up; in folded text, what is left of other white space is kept
            }
            switch (kind) {
                case SPACE -> {
                    if (!folded && text[i - 1] == ' ') {
                        return null; // folding would make one space of two
                    }
                    if (depth == 0 && i + 4 < length && text[i + 1] == 'a' && text[i + 2] == 'n'
                            && text[i + 3] == 'd' && text[i + 4] == ' ') {
                        cuts = cut(cuts, n++, start, i);
                        start = i + 5;
                        i += 4;
                    }
                }
                case COMMA -> {
                    if (depth == 0) {
                        cuts = cut(cuts, n++, start, i);
                        start = i + 1;
                    }
                }
                case OPEN -> {
                    depth++;
                    special = 1;
                }
                case CLOSE -> {
                    if (depth > 0) {
                        depth--;
                    }
                    special = 1;
                }
                case BACKSLASH -> special = 1;
                default -> {
                    return null; // other white space, control characters
                }
            }
        }
        cuts = cut(cuts, n++, start, length);
        cuts[0] = special;
        cuts[1] = n;
        return cuts;
    }

    // What pieces() does with an ASCII char.
    private static final byte PLAIN = 0;
    private static final byte SPACE = 1;
    private static final byte COMMA = 2;
    private static final byte OPEN = 3;
    private static final byte CLOSE = 4;
    private static final byte BACKSLASH = 5;
    private static final byte OTHER_SPACE = 6;
    private static final byte[] KIND = new byte[0x80];

    static {
        for (int c = 0; c < ' '; c++) {
            KIND[c] = OTHER_SPACE; // tabs and newlines fold; other control chars are left to the String way
        }
        KIND[' '] = SPACE;
        KIND[','] = COMMA;
        KIND['('] = OPEN;
        KIND['{'] = OPEN;
        KIND[')'] = CLOSE;
        KIND['}'] = CLOSE;
        KIND['\\'] = BACKSLASH;
    }

    private static int[] cut(int[] cuts, int index, int start, int end) {
        int at = 2 + 2 * index;
        if (at + 2 > cuts.length) {
            cuts = java.util.Arrays.copyOf(cuts, cuts.length * 2);
        }
        cuts[at] = start;
        cuts[at + 1] = end;
        return cuts;
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
