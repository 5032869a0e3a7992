package io.academichub.llm.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a text is written in the language asked for, by its script (Han, kana, Hangul, Cyrillic …) and,
 * among languages written in Latin letters, by their commonest words. A model asked for Chinese that answers in
 * English is caught here (zotero-arxiv-daily #110, #240). Technical terms in Latin letters inside a Chinese text
 * are expected and allowed.
 */
public final class LanguageCheck {

    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "for", "with", "that", "are", "on", "this", "by", "from"),
            "de", Set.of("der", "die", "das", "und", "ist", "mit", "für", "von", "den", "zu", "ein", "eine", "nicht", "auf"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "que", "sur", "au", "aux"),
            "es", Set.of("el", "la", "los", "las", "y", "es", "en", "una", "del", "para", "que", "con", "por", "se"),
            "it", Set.of("il", "la", "di", "che", "e", "per", "una", "con", "del", "della", "sono", "gli", "le", "nel"),
            "pt", Set.of("o", "a", "os", "as", "e", "de", "do", "da", "em", "um", "uma", "para", "com", "que", "não"));

    private LanguageCheck() {
    }

    /**
     * Whether {@code text} is in {@code language} (an ISO 639-1 code such as {@code en}, {@code zh}, {@code ja}). A
     * text too short to tell, or a language this check does not know, passes.
     *
     * @param text the text
     * @param language an ISO 639 code such as {@code en}, {@code zh} or {@code zh-CN}
     * @return whether {@code text} is in {@code language} (an ISO 639-1 code such as {@code en}, {@code zh}, {@code ja})
     */
    public static boolean matches(String text, String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        if (dash > 0) {
            lang = lang.substring(0, dash); // zh-CN, pt-BR
        }
        Counts c = count(text);
        switch (lang) {
            case "zh":
                // Han characters carry the text; Latin words (model names, acronyms) may be many but not most.
                return c.total() < 4 || (c.han >= 0.5 * c.total() && c.kana < 0.05 * c.han + 1);
            case "ja":
                return c.total() < 4 || (c.han + c.kana >= 0.5 * c.total() && c.kana >= 0.1 * (c.han + c.kana));
            case "ko":
                return c.total() < 4 || c.hangul >= 0.5 * c.total();
            case "ru":
            case "uk":
                return c.total() < 4 || c.cyrillic >= 0.5 * c.total();
            default:
                if (!STOP_WORDS.containsKey(lang)) {
                    return true;
                }
                if (c.latinWords < 6) {
                    return c.total() < 4 || c.latinWords >= 0.5 * c.total();
                }
                if (c.latinWords < 0.5 * c.total()) {
                    return false;
                }
                return lang.equals(likeliestLatinLanguage(text, lang));
        }
    }

    private static String likeliestLatinLanguage(String text, String preferred) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = preferred;
        int bestHits = hits(words, STOP_WORDS.get(preferred));
        for (Map.Entry<String, Set<String>> e : STOP_WORDS.entrySet()) {
            int h = hits(words, e.getValue());
            if (h > bestHits + 1) { // the preferred language wins a near tie: "a", "la", "de" are shared
                best = e.getKey();
                bestHits = h;
            }
        }
        return best;
    }

    private static int hits(String[] words, Set<String> stopWords) {
        int n = 0;
        for (String w : words) {
            if (stopWords.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** Units of text by script: one per CJK character, one per word elsewhere. */
    private static final class Counts {
        int han;
        int kana;
        int hangul;
        int cyrillic;
        int latinWords;

        int total() {
            return han + kana + hangul + cyrillic + latinWords;
        }
    }

    private static Counts count(String text) {
        Counts c = new Counts();
        Character.UnicodeScript wordScript = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                wordScript = null;
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HAN -> c.han++;
                case HIRAGANA, KATAKANA -> c.kana++;
                case HANGUL -> {
                    if (wordScript != script) {
                        c.hangul++;
                    }
                }
                case CYRILLIC -> {
                    if (wordScript != script) {
                        c.cyrillic++;
                    }
                }
                case LATIN -> {
                    if (wordScript != script) {
                        c.latinWords++;
                    }
                }
                default -> {
                }
            }
            wordScript = script;
        }
        return c;
    }
}
