package io.academichub.sources.internal;

import io.academichub.text.CleanText;
import org.apache.commons.text.StringEscapeUtils;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * <b>Internal, not API:</b> public only because the adapters using it live in other packages; it may change without
 * notice. Turns the markup services put in text fields (HTML in journal feeds, JATS/HTML/MathML in Crossref deposits)
 * into clean text.
 *
 * <pre>{@code
 * MarkupText.HTML.text("<p>One.</p><p>CO<sub>2</sub> in <i>vivo</i></p>")      // "One. CO2 in vivo"
 * MarkupText.HTML.withUnicodeScripts().text("CO<sub>2</sub>, <sup>9</sup>Be")  // "CO₂, ⁹Be"
 * MarkupText.HTML.withGapsAroundGluedEmphasis().text("in<i>MLH1</i>via")        // "in MLH1 via"
 * MarkupText.HTML.labelledText("<sec><title>Methods</title><p>We …</p></sec>", t -> false)  // "Methods: We …"
 * }</pre>
 *
 * <p>This is a forgiving tokenizer, not an XML or HTML parser: the input is often not well-formed (an undeclared
 * {@code jats:} prefix, an HTML entity, a bare {@code <} in {@code p < 0.05}), and nothing is ever resolved or
 * fetched. The rules:
 * <ul>
 *   <li>A {@code <} starts a tag only when a name (a letter, then letters, digits, {@code : . _ -}) follows it, with
 *       an optional {@code /} before, and a {@code >} ends it before the next {@code <}; anything else is text
 *       ({@code p<0.05}, {@code a<b for n<3}). A namespace prefix is ignored ({@code jats:italic} is {@code italic});
 *       names are compared in lower case.</li>
 *   <li>Comments, declarations ({@code <!DOCTYPE …>}) and processing instructions are dropped; the body of
 *       {@code script} and {@code style} is dropped; a CDATA section is kept as text.</li>
 *   <li>A block element (HTML's and JATS's: {@code p}, {@code br}, {@code div}, {@code sec}, {@code title},
 *       {@code list-item} …) becomes a space, so words do not run together; every other tag is dropped.</li>
 *   <li>Entities are decoded (the HTML 4 table and numeric references); an unknown name is left as written.</li>
 *   <li>MathML ({@code <math>}, prefixed or not) becomes linear text: white space between its tokens is dropped
 *       (never "m a x"); {@code msub}/{@code msup}/{@code msubsup} and the pre- and post-scripts of
 *       {@code mmultiscripts} are written in Unicode sub-/superscripts where every character has one
 *       ({@code <mmultiscripts><mi>He</mi><mprescripts/><none/><mn>3</mn></mmultiscripts>} → {@code ³He}), else
 *       glued plain; an {@code mover} accent becomes a combining mark ({@code V} with {@code ˙} → {@code V̇});
 *       {@code mfrac} is {@code a/b}, {@code msqrt} {@code √x}; annotations are dropped.</li>
 *   <li>White space is folded ({@link CleanText#foldWhitespace}).</li>
 * </ul>
 * Options, each off unless asked for: {@link #withUnicodeScripts()} and {@link #withGapsAroundGluedEmphasis()}.
 * Instances are immutable and thread-safe.
 */
public final class MarkupText {

    /** HTML and JATS markup to clean text, with neither option. */
    public static final MarkupText HTML = new MarkupText(false, false);

    // Elements that separate blocks of text (HTML's and JATS's): their boundaries become white space.
    private static final Set<String> BLOCKS = Set.of(
            "p", "br", "div", "li", "ul", "ol", "dl", "dd", "dt", "table", "tr", "td", "th", "caption",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "pre", "section", "article", "header", "footer",
            "figure", "figcaption",
            "sec", "title", "label", "list", "list-item", "disp-quote", "def-list", "def-item", "term", "def", "break",
            "abstract", "trans-abstract");

    // Emphasis that some deposits glue to the neighbouring words: "targeting<jats:italic>SMARCB1</jats:italic>for".
    private static final Set<String> EMPHASIS = Set.of("italic", "i", "bold", "b", "em", "strong", "underline", "u",
            "sc", "scp", "monospace", "tt");

    // The formatting tags a plain-text field may carry: emphasis plus sub- and superscripts, bare (no attributes).
    private static final Pattern FORMATTING_TAG = Pattern.compile(
            "</?(?:italic|i|bold|b|em|strong|underline|u|sc|scp|monospace|tt|sub|sup)>", Pattern.CASE_INSENSITIVE);

    // A start, end or empty-element tag; what does not match here is text, not markup.
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w:.\\-]*)(?:\\s[^<>]*)?/?>");
    // A declaration or processing instruction (<!DOCTYPE …>, <?xml …?>); comments and CDATA are handled first.
    private static final Pattern DECLARATION = Pattern.compile("<[!?][^<>]*>");
    private static final Pattern SCRIPT_END = Pattern.compile("</script\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_END = Pattern.compile("</style\\s*>", Pattern.CASE_INSENSITIVE);

    private static final String SUP_FROM = "0123456789+-−=()ni";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ";
    private static final String SUB_FROM = "0123456789+-−=()";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎";

    private final boolean unicodeScripts;
    private final boolean gapsAroundGluedEmphasis;

    private MarkupText(boolean unicodeScripts, boolean gapsAroundGluedEmphasis) {
        this.unicodeScripts = unicodeScripts;
        this.gapsAroundGluedEmphasis = gapsAroundGluedEmphasis;
    }

    /**
     * The same, writing {@code <sub>}/{@code <sup>} in Unicode sub-/superscripts when every character of it has one
     * (digits, {@code + - − = ( )}, and superscript {@code n} and {@code i}): {@code <sup>9</sup>Be} → {@code ⁹Be},
     * {@code CO<sub>2</sub>} → {@code CO₂}; otherwise it stays plain ({@code T<sub>reg</sub>} → {@code Treg}), as a
     * half-converted word would be harder to read. Without this option sub- and superscripts stay glued as plain
     * text ({@code H<sub>2</sub>O} → {@code H2O}).
     *
     * @return a converter with this option on
     */
    public MarkupText withUnicodeScripts() {
        return new MarkupText(true, gapsAroundGluedEmphasis);
    }

    /**
     * The same, putting a space where an emphasis tag ({@code i}, {@code b}, {@code italic}, {@code sc} …) is glued
     * between two letters or digits: {@code targeting<jats:italic>SMARCB1</jats:italic>for} →
     * {@code targeting SMARCB1 for}; {@code (<i>MLH1</i>)} stays {@code (MLH1)}. For sources whose deposits lost
     * the spaces around emphasis; where a word is only partly emphasised ({@code un<i>usual</i>}) this splits it.
     *
     * @return a converter with this option on
     */
    public MarkupText withGapsAroundGluedEmphasis() {
        return new MarkupText(unicodeScripts, true);
    }

    /**
     * Inline text (a title, a name, a description) as the class documentation says.
     *
     * @param markup the text with markup, may be {@code null}
     * @return the clean text, or {@code null} for {@code null}
     */
    public String text(String markup) {
        if (markup == null) {
            return null;
        }
        List<Token> tokens = mathAsText(tokenize(markup));
        Writer out = new Writer();
        for (int k = 0; k < tokens.size(); k++) {
            out.append(tokens, k);
        }
        return CleanText.foldWhitespace(out.text.toString());
    }

    /**
     * Sectioned text (a JATS abstract): as {@link #text}, with each section title ({@code <title>}) kept as a label
     * before the text it heads: {@code "Methods: We …"}; no colon is added after a title ending in
     * {@code : . ? !}; a title with no text after it stays on its own. A title opening the text is dropped when
     * {@code dropLeadingTitle} says so (for a heading that only says "Abstract"); an unclosed title's words are kept.
     *
     * @param markup           the text with markup, may be {@code null}
     * @param dropLeadingTitle given the folded text of a title that comes before any text
     * @return the clean text, or {@code null} for {@code null}
     */
    public String labelledText(String markup, Predicate<String> dropLeadingTitle) {
        if (markup == null) {
            return null;
        }
        List<Token> tokens = mathAsText(tokenize(markup));
        List<String> parts = new ArrayList<>();
        Writer body = new Writer();
        Writer title = null;         // inside <title>
        String pendingLabel = null;  // a title waiting for the text it heads
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if ("title".equals(t.tag)) {
                if (!t.closing) {
                    addPart(parts, body.folded(), pendingLabel);
                    pendingLabel = null;
                    body = new Writer();
                    title = new Writer();
                } else if (title != null) {
                    String label = title.folded();
                    pendingLabel = label.isEmpty() || (parts.isEmpty() && dropLeadingTitle.test(label)) ? null : label;
                    title = null;
                }
                continue;
            }
            (title != null ? title : body).append(tokens, k);
        }
        String rest = body.folded();
        if (title != null) {
            // an unclosed title: keep its words rather than lose them
            rest = title.folded() + " " + rest;
        }
        addPart(parts, CleanText.foldWhitespace(rest), pendingLabel);
        return CleanText.foldWhitespace(String.join(" ", parts));
    }

    /**
     * Removes bare formatting tags ({@code <i>}, {@code </b>}, {@code <sup>}, {@code <italic>} … without attributes)
     * from text that is otherwise plain, and nothing else: for fields where a {@code <} is far more often a
     * comparison than markup. Entities are not decoded and white space is not folded.
     *
     * @param text plain text, may be {@code null}
     * @return the text without those tags, or {@code null} for {@code null}
     */
    public static String withoutFormattingTags(String text) {
        return text == null || text.indexOf('<') < 0 ? text : FORMATTING_TAG.matcher(text).replaceAll("");
    }

    private static void addPart(List<String> parts, String body, String label) {
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

    /** A run of text (entities decoded), or a tag: its local name in lower case, and whether it closes. */
    private record Token(String text, String tag, boolean closing) {
        static Token text(String s) {
            return new Token(s, null, false);
        }
    }

    /** Text being written, with the {@code <sub>}/{@code <sup>} elements open in it. */
    private final class Writer {
        final StringBuilder text = new StringBuilder();
        // Open <sub>/<sup>: where their text starts, and whether it is a superscript.
        private final Deque<int[]> scripts = new ArrayDeque<>();

        void append(List<Token> tokens, int at) {
            Token t = tokens.get(at);
            if (t.text != null) {
                text.append(t.text);
            } else if (BLOCKS.contains(t.tag)) {
                text.append(' ');
            } else if (unicodeScripts && (t.tag.equals("sub") || t.tag.equals("sup"))) {
                if (!t.closing) {
                    scripts.push(new int[] {text.length(), t.tag.equals("sup") ? 1 : 0});
                } else if (!scripts.isEmpty()) {
                    int[] open = scripts.pop();
                    toUnicodeScript(text, open[0], open[1] == 1);
                }
            } else if (gapsAroundGluedEmphasis && EMPHASIS.contains(t.tag)
                    && text.length() > 0 && Character.isLetterOrDigit(text.charAt(text.length() - 1))
                    && Character.isLetterOrDigit(nextTextChar(tokens, at))) {
                text.append(' ');
            }
        }

        String folded() {
            return CleanText.foldWhitespace(text.toString());
        }
    }

    // The first character of text after a token, looking through further tags; '\0' at the end.
    private static char nextTextChar(List<Token> tokens, int at) {
        for (int k = at + 1; k < tokens.size(); k++) {
            String s = tokens.get(k).text;
            if (s != null && !s.isEmpty()) {
                return s.charAt(0);
            }
        }
        return '\0';
    }

    // Rewrites out[from..] as Unicode sub-/superscripts when every character has one; otherwise leaves it plain.
    private static void toUnicodeScript(StringBuilder out, int from, boolean sup) {
        String fromChars = sup ? SUP_FROM : SUB_FROM;
        String toChars = sup ? SUP_TO : SUB_TO;
        StringBuilder converted = new StringBuilder(out.length() - from);
        for (int k = from; k < out.length(); k++) {
            int at = fromChars.indexOf(out.charAt(k));
            if (at < 0) {
                return;
            }
            converted.append(toChars.charAt(at));
        }
        out.setLength(from);
        out.append(converted);
    }

    // ---- MathML -------------------------------------------------------------------------------------------------

    /** A MathML element read from the tokens: its name and its children (elements, or text as {@code String}). */
    private record MathNode(String tag, List<Object> children) {
    }

    // Accents MathML puts over a base (mover), as the combining marks that do the same.
    private static final String ACCENTS_FROM = "˙.·¨^ˆ~˜¯‾→⃗´`";
    private static final String ACCENTS_TO = "\u0307\u0307\u0307\u0308\u0302\u0302\u0303\u0303\u0304\u0305\u20D7\u20D7\u0301\u0300";

    /** The tokens with each {@code <math>} element replaced by one text token of its linear rendering. */
    private static List<Token> mathAsText(List<Token> tokens) {
        boolean any = false;
        for (Token t : tokens) {
            if ("math".equals(t.tag) && !t.closing) {
                any = true;
                break;
            }
        }
        if (!any) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!"math".equals(t.tag) || t.closing) {
                out.add(t);
                continue;
            }
            Deque<MathNode> open = new ArrayDeque<>();
            MathNode root = new MathNode("math", new ArrayList<>());
            open.push(root);
            int j = k + 1;
            for (; j < tokens.size() && !open.isEmpty(); j++) {
                Token u = tokens.get(j);
                if (u.text != null) {
                    open.peek().children.add(u.text);
                } else if (!u.closing) {
                    MathNode child = new MathNode(u.tag, new ArrayList<>());
                    open.peek().children.add(child);
                    if (!isEmptyMathElement(u.tag)) {
                        open.push(child);
                    }
                } else {
                    // close up to the matching element; a stray end tag closes nothing
                    for (MathNode n : open) {
                        if (n.tag.equals(u.tag)) {
                            while (!open.pop().tag.equals(u.tag)) {
                                // popped an unclosed child
                            }
                            break;
                        }
                    }
                }
            }
            out.add(Token.text(render(root)));
            k = j - 1;
        }
        return out;
    }

    private static boolean isEmptyMathElement(String tag) {
        return tag.equals("mprescripts") || tag.equals("none") || tag.equals("mspace") || tag.equals("malignmark");
    }

    private static String render(Object node) {
        if (node instanceof String text) {
            return text.strip(); // MathML ignores white space around its tokens
        }
        MathNode n = (MathNode) node;
        List<Object> kids = new ArrayList<>();
        for (Object c : n.children) {
            if (!(c instanceof String t) || !t.isBlank()) {
                kids.add(c);
            }
        }
        return switch (n.tag) {
            case "annotation", "annotation-xml", "none", "mprescripts" -> "";
            case "msub" -> part(kids, 0) + script(part(kids, 1), false);
            case "msup" -> part(kids, 0) + script(part(kids, 1), true);
            case "msubsup" -> part(kids, 0) + script(part(kids, 1), false) + script(part(kids, 2), true);
            case "mmultiscripts" -> multiscripts(kids);
            case "mover" -> accent(part(kids, 0), part(kids, 1));
            case "munder", "munderover" -> String.join("", kids.stream().map(MarkupText::render).toList());
            case "mfrac" -> part(kids, 0) + "/" + part(kids, 1);
            case "msqrt" -> "√" + all(kids);
            case "mroot" -> part(kids, 1).isEmpty() ? "√" + part(kids, 0) : script(part(kids, 1), true) + "√"
                    + part(kids, 0);
            default -> all(kids); // math, mrow, mi, mn, mo, mtext, semantics, mstyle …
        };
    }

    private static String all(List<Object> kids) {
        StringBuilder sb = new StringBuilder();
        for (Object k : kids) {
            sb.append(render(k));
        }
        return sb.toString();
    }

    private static String part(List<Object> kids, int i) {
        return i < kids.size() ? render(kids.get(i)) : "";
    }

    // base (postsub postsup)* <mprescripts/> (presub presup)*: the prescripts go before the base (³He).
    private static String multiscripts(List<Object> kids) {
        StringBuilder pre = new StringBuilder();
        StringBuilder post = new StringBuilder();
        String base = part(kids, 0);
        boolean prescripts = false;
        int pair = 0;
        for (int i = 1; i < kids.size(); i++) {
            Object k = kids.get(i);
            if (k instanceof MathNode m && m.tag.equals("mprescripts")) {
                prescripts = true;
                pair = 0;
                continue;
            }
            (prescripts ? pre : post).append(script(render(k), pair % 2 == 1));
            pair++;
        }
        return pre + base + post;
    }

    private static String accent(String base, String accent) {
        int at = accent.length() == 1 ? ACCENTS_FROM.indexOf(accent.charAt(0)) : -1;
        return at >= 0 ? base + ACCENTS_TO.charAt(at) : base + accent;
    }

    private static String script(String text, boolean sup) {
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text);
        toUnicodeScript(sb, 0, sup);
        return sb.toString();
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        Matcher tag = TAG.matcher(s);
        Matcher declaration = DECLARATION.matcher(s);
        int n = s.length();
        int textFrom = 0;  // start of the text run not yet emitted
        int i = s.indexOf('<');
        while (i >= 0) {
            int next;        // where scanning resumes after the markup at i; -1 when the '<' is text
            Token token = null;
            String cdata = null;
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                next = end < 0 ? -1 : end + 3;
            } else if (s.startsWith("<![CDATA[", i)) {
                int end = s.indexOf("]]>", i + 9);
                next = end < 0 ? -1 : end + 3;
                cdata = end < 0 ? null : s.substring(i + 9, end);
            } else if (tag.region(i, n).lookingAt()) {
                token = new Token(null, localName(tag.group(2)), !tag.group(1).isEmpty());
                next = tag.end();
                if (!token.closing && (token.tag.equals("script") || token.tag.equals("style"))) {
                    // their bodies are code, not text; an unclosed one runs to the end
                    Matcher end = (token.tag.equals("script") ? SCRIPT_END : STYLE_END).matcher(s);
                    next = end.find(next) ? end.end() : n;
                    token = null;
                }
            } else {
                next = declaration.region(i, n).lookingAt() ? declaration.end() : -1;
            }
            if (next < 0) {
                i = s.indexOf('<', i + 1);
                continue;
            }
            addText(tokens, s.substring(textFrom, i));
            if (token != null) {
                tokens.add(token);
            }
            if (cdata != null && !cdata.isEmpty()) {
                tokens.add(Token.text(cdata));
            }
            textFrom = next;
            i = s.indexOf('<', next);
        }
        addText(tokens, s.substring(textFrom));
        return tokens;
    }

    private static void addText(List<Token> tokens, String raw) {
        if (!raw.isEmpty()) {
            tokens.add(Token.text(raw.indexOf('&') < 0 ? raw : StringEscapeUtils.unescapeHtml4(raw)));
        }
    }

    private static String localName(String qualified) {
        int colon = qualified.lastIndexOf(':');
        return (colon >= 0 ? qualified.substring(colon + 1) : qualified).toLowerCase(Locale.ROOT);
    }
}
