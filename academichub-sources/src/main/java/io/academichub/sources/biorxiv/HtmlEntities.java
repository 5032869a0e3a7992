package io.academichub.sources.biorxiv;

import java.util.Map;

/**
 * Decodes the HTML character references the bioRxiv API leaves in titles, abstracts and names: numeric ones
 * ({@code &#946;}, {@code &#x3B2;}) and the named ones such text uses ({@code &amp;}, {@code &gt;}, {@code &beta;},
 * {@code &ndash;} …). A reference it does not know, or a bare {@code &}, stays as written.
 */
final class HtmlEntities {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
            Map.entry("deg", "\u00b0"), Map.entry("plusmn", "\u00b1"), Map.entry("times", "\u00d7"),
            Map.entry("micro", "\u00b5"), Map.entry("middot", "\u00b7"), Map.entry("minus", "\u2212"),
            Map.entry("le", "\u2264"), Map.entry("ge", "\u2265"), Map.entry("ne", "\u2260"),
            Map.entry("asymp", "\u2248"), Map.entry("rarr", "\u2192"), Map.entry("larr", "\u2190"),
            Map.entry("harr", "\u2194"), Map.entry("prime", "\u2032"), Map.entry("alpha", "\u03b1"),
            Map.entry("beta", "\u03b2"), Map.entry("gamma", "\u03b3"), Map.entry("delta", "\u03b4"),
            Map.entry("epsilon", "\u03b5"), Map.entry("kappa", "\u03ba"), Map.entry("lambda", "\u03bb"),
            Map.entry("mu", "\u03bc"), Map.entry("pi", "\u03c0"), Map.entry("sigma", "\u03c3"),
            Map.entry("tau", "\u03c4"), Map.entry("phi", "\u03c6"), Map.entry("chi", "\u03c7"),
            Map.entry("psi", "\u03c8"), Map.entry("omega", "\u03c9"), Map.entry("Delta", "\u0394"),
            Map.entry("Sigma", "\u03a3"), Map.entry("Omega", "\u03a9"));

    // Longest reference body worth looking at: "#x10FFFF" and "epsilon" fit.
    private static final int MAX_REFERENCE = 10;

    private HtmlEntities() {
    }

    /** The text with every reference it knows decoded; {@code null} stays {@code null}. */
    static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int semi = c == '&' ? text.indexOf(';', i + 1) : -1;
            if (semi > i + 1 && semi - i - 1 <= MAX_REFERENCE) {
                String decoded = reference(text.substring(i + 1, semi));
                if (decoded != null) {
                    sb.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static String reference(String body) {
        if (body.charAt(0) != '#') {
            return NAMED.get(body);
        }
        try {
            int code = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                    ? Integer.parseInt(body.substring(2), 16)
                    : Integer.parseInt(body.substring(1));
            boolean surrogate = code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE;
            return Character.isValidCodePoint(code) && code != 0 && !surrogate ? Character.toString(code) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
