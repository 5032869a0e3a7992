package io.academichub.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the TeX accent commands arXiv metadata is full of into Unicode:
 * {@code Jos\'e} → {@code José}, {@code Fran\c{c}ois} → {@code François}, {@code Przemys{\l}aw} → {@code Przemysław},
 * {@code M\"{u}ller} → {@code Müller}. Text inside {@code $…$} (math) is left alone, as is every other command.
 *
 * <pre>{@code
 * TexAccents.toUnicode("Ren\\'e Fran\\c{c}ois")   // "René François"
 * }</pre>
 */
public final class TexAccents {

    // \'e  \'{e}  \' e  \"{\i}  — punctuation accents; the letter may be braced or a dotless \i / \j.
    private static final Pattern SYMBOL_ACCENT =
            Pattern.compile("\\\\([`'^\"~=.])\\s*(?:\\{\\s*(\\\\?[A-Za-z])\\s*\\}|(\\\\[ij](?![A-Za-z])|[A-Za-z]))");
    // \c{c}  \v{s}  \H{o}  \c c — letter accents need braces or a space before the letter.
    private static final Pattern LETTER_ACCENT =
            Pattern.compile("\\\\([uvHckrbd])(?:\\s*\\{\\s*(\\\\?[A-Za-z])\\s*\\}|\\s+([A-Za-z]))");
    // \l \o \ss \ae … — letters of their own, optionally followed by {} or one space that only ends the command.
    private static final Pattern SPECIAL_LETTER =
            Pattern.compile("\\\\(ss|ae|AE|oe|OE|aa|AA|dh|DH|th|TH|ng|NG|dj|DJ|o|O|l|L|i|j)(?![A-Za-z])(?:\\{\\}| )?");
    // A brace group around a few letters ({é} from {\'e}, Przemys{ł}aw, {GPU}s). Group 1 catches a command or a
    // super/subscript right before the brace, whose argument it is (\mathbb{R}, \textbf{x}, x^{ab}): kept as is.
    // Letters may carry combining marks, as accents are composed only at the end.
    private static final Pattern BRACED_LETTERS =
            Pattern.compile("(\\\\[A-Za-z]+\\s*|[\\^_])?\\{((?:\\p{L}\\p{M}*){1,4})\\}");

    private static final Map<String, String> COMBINING = Map.ofEntries(
            Map.entry("`", "\u0300"), Map.entry("'", "\u0301"), Map.entry("^", "\u0302"), Map.entry("~", "\u0303"),
            Map.entry("=", "\u0304"), Map.entry(".", "\u0307"), Map.entry("\"", "\u0308"),
            Map.entry("u", "\u0306"), Map.entry("v", "\u030C"), Map.entry("H", "\u030B"), Map.entry("c", "\u0327"),
            Map.entry("k", "\u0328"), Map.entry("r", "\u030A"), Map.entry("b", "\u0331"), Map.entry("d", "\u0323"));

    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"), Map.entry("th", "þ"), Map.entry("TH", "Þ"),
            Map.entry("ng", "ŋ"), Map.entry("NG", "Ŋ"), Map.entry("dj", "đ"), Map.entry("DJ", "Đ"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
            Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("l", "ł"),
            Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"));

    private TexAccents() {
    }

    /**
     * {@return the text with TeX accents outside math turned into composed Unicode characters}
     *
     * @param text text that may hold TeX accent commands, or {@code null}
     */
    public static String toUnicode(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('{') < 0) {
            return text; // the common case: nothing to do
        }
        if (text.indexOf('$') < 0) {
            return convert(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('$', i);
            if (open < 0) {
                out.append(convert(text.substring(i)));
                break;
            }
            int close = text.indexOf('$', open + 1);
            if (close < 0) {
                out.append(convert(text.substring(i)));
                break;
            }
            out.append(convert(text.substring(i, open))).append(text, open, close + 1);
            i = close + 1;
        }
        return out.toString();
    }

    private static String convert(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('{') < 0) {
            return s;
        }
        // Each pattern needs a backslash or a brace: a pass is skipped once none is left (a name is usually done
        // after the first), sparing a regex search of it.
        String r = replace(SYMBOL_ACCENT, s, m -> accent(m.group(1), m.group(2) != null ? m.group(2) : m.group(3)));
        if (r.indexOf('\\') >= 0) {
            r = replace(LETTER_ACCENT, r, m -> accent(m.group(1), m.group(2) != null ? m.group(2) : m.group(3)));
            r = replace(SPECIAL_LETTER, r, m -> LETTERS.get(m.group(1)));
        }
        if (r.indexOf('{') >= 0) {
            r = replace(BRACED_LETTERS, r, m -> m.group(1) != null ? m.group() : m.group(2));
        }
        return Normalizer.normalize(r, Normalizer.Form.NFC);
    }

    private static String accent(String command, String letter) {
        // A dotless i/j under an accent is what TeX needed; in Unicode the accent goes on the plain letter.
        String base = switch (letter) {
            case "\\i" -> "i";
            case "\\j" -> "j";
            default -> letter.startsWith("\\") ? LETTERS.getOrDefault(letter.substring(1), letter.substring(1)) : letter;
        };
        return base + COMBINING.get(command);
    }

    private interface Replacer {
        String apply(Matcher m);
    }

    private static String replace(Pattern p, String s, Replacer replacer) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacer.apply(m)));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
