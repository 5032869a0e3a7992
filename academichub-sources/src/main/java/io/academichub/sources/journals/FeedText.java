package io.academichub.sources.journals;

import io.academichub.text.CleanText;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML that journal feeds put in titles, descriptions and names into clean text: tags dropped (a block tag
 * becomes a space), {@code script}/{@code style} bodies dropped, entities decoded, white space folded.
 *
 * <p>Sub- and superscripts stay legible: when every character of a {@code <sub>}/{@code <sup>} has a Unicode
 * sub-/superscript form (digits, {@code + - − = ( )}, and superscript {@code n} and {@code i}) it is written in that
 * form ({@code <sup>9</sup>Be} → {@code ⁹Be}, {@code CO<sub>2</sub>} → {@code CO₂}); otherwise it is kept as plain
 * text ({@code T<sub>reg</sub>} → {@code Treg}, as there is no subscript {@code g}). A half-converted word would be
 * harder to read than a plain one.
 *
 * <p>A {@code <} that does not open a well-formed tag ({@code p < 0.05}, {@code a<b}) is text. Named entities outside
 * the table below are left as written; numeric ones are always decoded.
 */
final class FeedText {

    // A start, end or empty-element tag; what does not match is text, not markup.
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));");

    private static final Pattern SCRIPT_END = Pattern.compile("</script\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_END = Pattern.compile("</style\\s*>", Pattern.CASE_INSENSITIVE);

    private static final String SUP_FROM = "0123456789+-−=()ni";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ";
    private static final String SUB_FROM = "0123456789+-−=()";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎";

    // Tags after which words must not run together.
    private static final java.util.Set<String> BLOCK = java.util.Set.of("p", "br", "div", "li", "ul", "ol", "tr", "td",
            "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "dl", "hr", "section",
            "article", "header", "footer", "figure", "figcaption", "pre");

    // The entities journal feeds use: HTML 4's Latin-1, Greek, punctuation and maths sets, abridged.
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("thinsp", "\u2009"),
            Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("minus", "−"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("sbquo", "‚"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("bdquo", "„"), Map.entry("hellip", "…"),
            Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("prime", "′"), Map.entry("Prime", "″"),
            Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("plusmn", "±"), Map.entry("deg", "°"),
            Map.entry("micro", "µ"), Map.entry("para", "¶"), Map.entry("sect", "§"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("le", "≤"), Map.entry("ge", "≥"),
            Map.entry("ne", "≠"), Map.entry("asymp", "≈"), Map.entry("equiv", "≡"), Map.entry("infin", "∞"),
            Map.entry("sim", "∼"), Map.entry("prop", "∝"), Map.entry("larr", "←"), Map.entry("rarr", "→"),
            Map.entry("harr", "↔"), Map.entry("uarr", "↑"), Map.entry("darr", "↓"), Map.entry("sup1", "¹"),
            Map.entry("sup2", "²"), Map.entry("sup3", "³"), Map.entry("frac12", "½"), Map.entry("frac14", "¼"),
            Map.entry("frac34", "¾"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("iexcl", "¡"),
            Map.entry("iquest", "¿"), Map.entry("euro", "€"), Map.entry("pound", "£"), Map.entry("yen", "¥"),
            Map.entry("cent", "¢"), Map.entry("shy", ""), Map.entry("zwj", "\u200d"), Map.entry("zwnj", "\u200c"),
            Map.entry("Agrave", "À"), Map.entry("Aacute", "Á"), Map.entry("Acirc", "Â"), Map.entry("Atilde", "Ã"),
            Map.entry("Auml", "Ä"), Map.entry("Aring", "Å"), Map.entry("AElig", "Æ"), Map.entry("Ccedil", "Ç"),
            Map.entry("Egrave", "È"), Map.entry("Eacute", "É"), Map.entry("Ecirc", "Ê"), Map.entry("Euml", "Ë"),
            Map.entry("Igrave", "Ì"), Map.entry("Iacute", "Í"), Map.entry("Icirc", "Î"), Map.entry("Iuml", "Ï"),
            Map.entry("ETH", "Ð"), Map.entry("Ntilde", "Ñ"), Map.entry("Ograve", "Ò"), Map.entry("Oacute", "Ó"),
            Map.entry("Ocirc", "Ô"), Map.entry("Otilde", "Õ"), Map.entry("Ouml", "Ö"), Map.entry("Oslash", "Ø"),
            Map.entry("Ugrave", "Ù"), Map.entry("Uacute", "Ú"), Map.entry("Ucirc", "Û"), Map.entry("Uuml", "Ü"),
            Map.entry("Yacute", "Ý"), Map.entry("THORN", "Þ"), Map.entry("szlig", "ß"), Map.entry("agrave", "à"),
            Map.entry("aacute", "á"), Map.entry("acirc", "â"), Map.entry("atilde", "ã"), Map.entry("auml", "ä"),
            Map.entry("aring", "å"), Map.entry("aelig", "æ"), Map.entry("ccedil", "ç"), Map.entry("egrave", "è"),
            Map.entry("eacute", "é"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"), Map.entry("igrave", "ì"),
            Map.entry("iacute", "í"), Map.entry("icirc", "î"), Map.entry("iuml", "ï"), Map.entry("eth", "ð"),
            Map.entry("ntilde", "ñ"), Map.entry("ograve", "ò"), Map.entry("oacute", "ó"), Map.entry("ocirc", "ô"),
            Map.entry("otilde", "õ"), Map.entry("ouml", "ö"), Map.entry("oslash", "ø"), Map.entry("ugrave", "ù"),
            Map.entry("uacute", "ú"), Map.entry("ucirc", "û"), Map.entry("uuml", "ü"), Map.entry("yacute", "ý"),
            Map.entry("thorn", "þ"), Map.entry("yuml", "ÿ"), Map.entry("Scaron", "Š"), Map.entry("scaron", "š"),
            Map.entry("Zcaron", "Ž"), Map.entry("zcaron", "ž"), Map.entry("OElig", "Œ"), Map.entry("oelig", "œ"),
            Map.entry("Alpha", "Α"), Map.entry("Beta", "Β"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
            Map.entry("Epsilon", "Ε"), Map.entry("Zeta", "Ζ"), Map.entry("Eta", "Η"), Map.entry("Theta", "Θ"),
            Map.entry("Iota", "Ι"), Map.entry("Kappa", "Κ"), Map.entry("Lambda", "Λ"), Map.entry("Mu", "Μ"),
            Map.entry("Nu", "Ν"), Map.entry("Xi", "Ξ"), Map.entry("Omicron", "Ο"), Map.entry("Pi", "Π"),
            Map.entry("Rho", "Ρ"), Map.entry("Sigma", "Σ"), Map.entry("Tau", "Τ"), Map.entry("Upsilon", "Υ"),
            Map.entry("Phi", "Φ"), Map.entry("Chi", "Χ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("omicron", "ο"), Map.entry("pi", "π"),
            Map.entry("rho", "ρ"), Map.entry("sigmaf", "ς"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"));

    private FeedText() {
    }

    /** Clean text from HTML; {@code null} stays {@code null}. */
    static String fromHtml(String html) {
        if (html == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(html.length());
        // Open <sub>/<sup> elements: where their text starts in out, and which they are.
        Deque<int[]> scripts = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                appendDecoded(out, html, i, n);
                break;
            }
            appendDecoded(out, html, i, lt);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (!tag.region(lt, n).lookingAt()) {
                out.append('<');
                i = lt + 1;
                continue;
            }
            i = tag.end();
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            switch (name) {
                case "script", "style" -> {
                    if (!closing) {
                        Matcher end = (name.equals("script") ? SCRIPT_END : STYLE_END).matcher(html);
                        i = end.find(i) ? end.end() : n;
                    }
                }
                case "sub", "sup" -> {
                    if (!closing) {
                        scripts.push(new int[] {out.length(), name.equals("sup") ? 1 : 0});
                    } else if (!scripts.isEmpty()) {
                        int[] open = scripts.pop();
                        convertScript(out, open[0], open[1] == 1);
                    }
                }
                default -> {
                    if (BLOCK.contains(name)) {
                        out.append(' ');
                    }
                }
            }
        }
        return CleanText.foldWhitespace(out.toString());
    }

    /** Plain text (an Atom {@code type="text"} construct): only white space is folded. */
    static String fromPlain(String text) {
        return CleanText.foldWhitespace(text);
    }

    // Rewrites out[from..] as Unicode sub-/superscripts when every character has one; otherwise leaves it plain.
    private static void convertScript(StringBuilder out, int from, boolean sup) {
        String fromChars = sup ? SUP_FROM : SUB_FROM;
        String toChars = sup ? SUP_TO : SUB_TO;
        if (from == out.length()) {
            return;
        }
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

    private static void appendDecoded(StringBuilder out, String s, int from, int to) {
        int amp = s.indexOf('&', from);
        if (amp < 0 || amp >= to) {
            out.append(s, from, to);
            return;
        }
        Matcher m = ENTITY.matcher(s).region(from, to);
        int last = from;
        while (m.find()) {
            String replacement = decode(m);
            if (replacement == null) {
                continue;
            }
            out.append(s, last, m.start()).append(replacement);
            last = m.end();
        }
        out.append(s, last, to);
    }

    private static String decode(Matcher m) {
        if (m.group(3) != null) {
            return NAMED.get(m.group(3));
        }
        int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return "\uFFFD";
        }
        return new String(Character.toChars(cp));
    }
}
