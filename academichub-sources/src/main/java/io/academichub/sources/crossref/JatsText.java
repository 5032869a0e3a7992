package io.academichub.sources.crossref;

import org.apache.commons.text.StringEscapeUtils;
import io.academichub.text.CleanText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the markup Crossref passes through from publishers' deposits into clean text: JATS abstracts
 * ({@code <jats:sec><jats:title>Methods</jats:title><jats:p>…</jats:p></jats:sec>}) and the HTML/JATS/MathML inline
 * tags found in titles and names ({@code <i>}, {@code <sub>}, {@code <scp>}, {@code <mml:math>}).
 *
 * <p>This is a forgiving tokenizer, not an XML parser: deposits are often not well-formed (an undeclared
 * {@code jats:} prefix, an HTML entity such as {@code &nbsp;}, a bare {@code <} in {@code p < 0.05}), and nothing
 * here is ever resolved or fetched. A {@code <} starts a tag only when a letter, {@code /}, {@code !} or {@code ?}
 * follows it and a {@code >} closes it before the next {@code <}; anything else is text.
 */
final class JatsText {

    // Elements that separate blocks of text: their boundaries become white space.
    private static final Set<String> BLOCKS = Set.of("p", "sec", "title", "list", "list-item", "label", "caption",
            "disp-quote", "def-list", "def-item", "term", "def", "br", "break", "div", "abstract", "trans-abstract",
            "table", "tr", "td", "th", "li", "ul", "ol");

    // Emphasis that some deposits (bioRxiv's among them) glue to the neighbouring words:
    // "targeting<jats:italic>SMARCB1</jats:italic>for". Sub- and superscripts are left glued (H<sub>2</sub>O).
    private static final Set<String> EMPHASIS = Set.of("italic", "i", "bold", "b", "em", "strong", "underline", "u",
            "sc", "scp", "monospace", "tt");

    private JatsText() {
    }

    /**
     * Inline text (a title, a name): tags dropped, entities decoded, white space folded.
     *
     * @return the clean text, or {@code null} for {@code null}
     */
    static String inline(String markup) {
        if (markup == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(markup.length());
        for (Token t : tokenize(markup)) {
            appendToken(out, t);
        }
        return CleanText.foldWhitespace(out.toString());
    }

    /**
     * An abstract: paragraphs joined by a space, each section title kept as a label before its text
     * ({@code "Methods: We …"}), a lone leading title that only says "Abstract" dropped, white space folded.
     */
    static String abstractText(String markup) {
        if (markup == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        StringBuilder label = null;   // inside <title>
        String pendingLabel = null;   // a title waiting for the text it heads
        for (Token t : tokenize(markup)) {
            if (t.tag != null && t.tag.equals("title")) {
                if (!t.closing) {
                    flush(parts, current, pendingLabel);
                    pendingLabel = null;
                    current.setLength(0);
                    label = new StringBuilder();
                } else if (label != null) {
                    String text = CleanText.foldWhitespace(label.toString());
                    pendingLabel = text.isEmpty() || (parts.isEmpty() && isJustAbstract(text)) ? null : text;
                    label = null;
                }
                continue;
            }
            appendToken(label != null ? label : current, t);
        }
        if (label != null) {
            // an unclosed title: keep its words rather than lose them
            current.insert(0, label).insert(label.length(), ' ');
        }
        flush(parts, current, pendingLabel);
        return CleanText.foldWhitespace(String.join(" ", parts));
    }

    private static void flush(List<String> parts, StringBuilder text, String label) {
        String body = CleanText.foldWhitespace(text.toString());
        if (label == null) {
            if (!body.isEmpty()) {
                parts.add(body);
            }
        } else if (body.isEmpty()) {
            parts.add(label);
        } else {
            char last = label.charAt(label.length() - 1);
            parts.add(label + (last == ':' || last == '.' || last == '?' || last == '!' ? " " : ": ") + body);
        }
    }

    private static boolean isJustAbstract(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        while (!t.isEmpty() && !Character.isLetter(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1);
        }
        return t.equals("abstract") || t.equals("summary");
    }

    private static void appendToken(StringBuilder out, Token t) {
        if (t.text != null) {
            out.append(t.text);
        } else if (BLOCKS.contains(t.tag)) {
            out.append(' ');
        } else if (EMPHASIS.contains(t.tag)) {
            t.gapIfGlued(out);
        }
    }

    /** A run of text (entities decoded), or a tag: its local name, lower-case, and whether it closes. */
    private record Token(String text, String tag, boolean closing, char nextChar) {
        /** A space where emphasis is glued between two word characters: {@code a<i>b</i>c}. */
        void gapIfGlued(StringBuilder out) {
            if (out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))
                    && Character.isLetterOrDigit(nextChar)) {
                out.append(' ');
            }
        }
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int end = c == '<' ? tagEnd(s, i) : -1;
            if (end < 0) {
                text.append(c);
                i++;
                continue;
            }
            if (text.length() > 0) {
                tokens.add(new Token(decodeEntities(text.toString()), null, false, '\0'));
                text.setLength(0);
            }
            String inside = s.substring(i + 1, end);
            char next = end + 1 < n ? firstTextChar(s, end + 1) : '\0';
            if (!inside.startsWith("!") && !inside.startsWith("?")) {
                boolean closing = inside.startsWith("/");
                String name = inside.substring(closing ? 1 : 0).strip();
                int stop = 0;
                while (stop < name.length() && !Character.isWhitespace(name.charAt(stop)) && name.charAt(stop) != '/') {
                    stop++;
                }
                name = name.substring(0, stop);
                int colon = name.indexOf(':');
                name = (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
                tokens.add(new Token(null, name, closing, next));
            }
            i = end + 1;
        }
        if (text.length() > 0) {
            tokens.add(new Token(decodeEntities(text.toString()), null, false, '\0'));
        }
        return tokens;
    }

    /** The first character of text after a position, looking through further tags; {@code '\0'} at the end. */
    private static char firstTextChar(String s, int from) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '<') {
                int end = tagEnd(s, i);
                if (end >= 0) {
                    i = end + 1;
                    continue;
                }
            }
            return s.charAt(i);
        }
        return '\0';
    }

    /** The index of the {@code >} closing a tag that starts at {@code start}, or {@code -1} when it is text. */
    private static int tagEnd(String s, int start) {
        if (start + 1 >= s.length()) {
            return -1;
        }
        char first = s.charAt(start + 1);
        if (!(Character.isLetter(first) || first == '/' || first == '!' || first == '?')) {
            return -1;
        }
        for (int j = start + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '>') {
                return j;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** Decodes HTML character references (named and numeric); an unknown name is left as written. */
    static String decodeEntities(String s) {
        return s.indexOf('&') < 0 ? s : StringEscapeUtils.unescapeHtml4(s);
    }
}
