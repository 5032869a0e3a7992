package io.academichub.llm.extractive;

import io.academichub.llm.internal.TextTerms;
import io.academichub.model.Paper;
import io.academichub.text.TexAccents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrase a term is used in: "large language models" rather than "language", "spin qubits" rather than "qubits".
 * A phrase is two or three words written next to each other (no punctuation between), none of them a stop or stock
 * word, in the papers' titles and abstracts.
 */
final class Phrases {

    /** What ends a run of words: anything but letters, digits, hyphens, apostrophes and spaces. */
    private static final Pattern BREAK = Pattern.compile("[^\\p{L}\\p{N}\\s'’-]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The most words a phrase has, unless it is cut short of its last word without it ({@link #of}). */
    private static final int MAX_WORDS = 3;

    private final List<List<String>> words;

    /** The word runs of every paper's title and abstract, lower case. */
    Phrases(List<Paper> papers) {
        words = new ArrayList<>(papers.size());
        for (Paper paper : papers) {
            // as TextTerms reads them: TeX accents as the letters they write
            words.add(words(TexAccents.toUnicode(paper.title() + " . " + paper.abstractText())));
        }
    }

    /**
     * The phrase holding one of {@code forms} that at least half of {@code papers} (and two of them) use, the longest
     * then the most used; {@code null} when none is that common.
     */
    String of(Set<String> forms, List<Integer> papers) {
        Map<String, Integer> paperCounts = new HashMap<>();
        Map<String, Map<String, Integer>> written = new HashMap<>();
        for (int p : papers) {
            Set<String> seen = new HashSet<>();
            List<String> run = words.get(p);
            for (int i = 0; i < run.size(); i++) {
                if (!forms.contains(run.get(i))) {
                    continue;
                }
                for (int length = 2; length <= MAX_WORDS + 1; length++) {
                    for (int start = Math.max(0, i - length + 1); start <= i && start + length <= run.size(); start++) {
                        List<String> phrase = run.subList(start, start + length);
                        if (phrase.contains("")) {
                            continue; // crosses a break
                        }
                        String key = key(phrase);
                        if (seen.add(key)) {
                            paperCounts.merge(key, 1, Integer::sum);
                        }
                        written.computeIfAbsent(key, k -> new HashMap<>()).merge(String.join(" ", phrase), 1,
                                Integer::sum);
                    }
                }
            }
        }
        int needed = Math.max(2, (papers.size() + 1) / 2);
        String best = null;
        for (Map.Entry<String, Integer> e : paperCounts.entrySet()) {
            if (e.getValue() < needed || e.getKey().split(" ").length > MAX_WORDS) {
                continue;
            }
            if (best == null || longerOrMoreUsed(e.getKey(), e.getValue(), best, paperCounts.get(best))) {
                best = e.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        // A phrase of the most words that every paper using it writes on with the same word is cut short:
        // "multimodal large language" is "multimodal large language models".
        if (best.split(" ").length == MAX_WORDS) {
            for (Map.Entry<String, Integer> e : paperCounts.entrySet()) {
                String longer = e.getKey();
                if (e.getValue().equals(paperCounts.get(best)) && longer.split(" ").length == MAX_WORDS + 1
                        && (longer.startsWith(best + " ") || longer.endsWith(" " + best))) {
                    return mostWritten(written.get(longer));
                }
            }
        }
        return mostWritten(written.get(best));
    }

    private static boolean longerOrMoreUsed(String key, int count, String best, int bestCount) {
        int words = key.split(" ").length;
        int bestWords = best.split(" ").length;
        if (words != bestWords) {
            return words > bestWords;
        }
        return count != bestCount ? count > bestCount : key.compareTo(best) < 0;
    }

    private static String mostWritten(Map<String, Integer> forms) {
        // the most frequent spelling; the first in alphabetical order on a tie
        String best = null;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (best == null || e.getValue() > forms.get(best) || (e.getValue().equals(forms.get(best))
                    && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The phrase with each word's plural folded ("models" → "model"), so that both spellings count as one. */
    private static String key(List<String> phrase) {
        List<String> folded = new ArrayList<>(phrase.size());
        for (String w : phrase) {
            folded.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return String.join(" ", folded);
    }

    /**
     * The words of {@code text}, lower case, with "" where a phrase cannot run on: at punctuation, and in place of
     * a stop or stock word, a number or a single letter.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String run : BREAK.split(text.toLowerCase(Locale.ROOT))) {
            for (String w : SPACE.split(run.strip())) {
                w = w.replaceAll("^['’-]+|['’-]+$", "");
                out.add(isPhraseWord(w) ? w : "");
            }
            out.add("");
        }
        return out;
    }

    private static boolean isPhraseWord(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                letters++;
            }
        }
        return letters >= 2 && !TextTerms.isStock(w);
    }
}
