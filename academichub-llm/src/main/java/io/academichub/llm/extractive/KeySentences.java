package io.academichub.llm.extractive;

import io.academichub.llm.internal.Citations;
import io.academichub.llm.internal.TexText;
import io.academichub.llm.internal.TextTerms;
import io.academichub.model.Paper;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the sentence of an abstract that says most about the paper: the one whose terms weigh most in the paper's
 * tf-idf vector, favouring the sentence that shares the title's terms and states the contribution ("we propose",
 * "we show"), against long sentences.
 */
final class KeySentences {

    /** Longest TL;DR quoted, in characters; a longer key sentence is cut at a word boundary. */
    static final int MAX_LENGTH = 300;

    private static final Pattern CONTRIBUTION = Pattern.compile(
            "(?i)\\b(we|this (paper|work|study|article)|here)\\b.{0,40}\\b(propose|present|introduce|show|develop|find"
                    + "|demonstrate|report|establish|prove|derive)");

    private KeySentences() {
    }

    /** The key sentence of paper {@code p}: the title when the abstract is empty. */
    static String of(Paper paper, int p, TermVectors tv) {
        List<String> sentences = split(paper.abstractText());
        if (sentences.isEmpty()) {
            return TexText.readable(paper.title());
        }
        Set<String> titleStems = TextTerms.stems(paper.title());
        String best = sentences.get(0);
        double bestScore = -1;
        for (String sentence : sentences) {
            List<TextTerms.Term> terms = TextTerms.terms(sentence);
            if (terms.size() < 4 && sentences.size() > 1) {
                continue; // "Results." "Methods:" headings and fragments
            }
            Set<String> seen = new HashSet<>();
            double score = 0;
            for (TextTerms.Term t : terms) {
                if (seen.add(t.stem())) {
                    int id = tv.idOf(t.stem());
                    double w = id < 0 ? 0 : tv.weight(p, id);
                    score += titleStems.contains(t.stem()) ? 1.5 * w : w;
                }
            }
            score /= Math.sqrt(terms.size() + 4.0);
            if (CONTRIBUTION.matcher(sentence).find()) {
                score *= 1.3;
            }
            if (sentence.contains("http://") || sentence.contains("https://")) {
                score *= 0.5; // "Code: https://…" says where, not what
            }
            if (score > bestScore) {
                bestScore = score;
                best = sentence;
            }
        }
        return shorten(Citations.strip(TexText.readable(best))); // \textit{Wukong} quoted as Wukong
    }

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        if (text.isBlank()) {
            return sentences;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        StringBuilder pending = new StringBuilder();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            pending.append(pending.length() > 0 ? " " : "").append(s);
            // "e.g." "et al." "Fig." end no sentence: wait for a sentence that ends after a longer word.
            if (!endsWithAbbreviation(pending)) {
                sentences.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            sentences.add(pending.toString());
        }
        return sentences;
    }

    private static boolean endsWithAbbreviation(CharSequence s) {
        String t = s.toString();
        return t.endsWith("e.g.") || t.endsWith("i.e.") || t.endsWith("et al.") || t.endsWith("Fig.")
                || t.endsWith("Eq.") || t.endsWith("vs.") || t.endsWith("cf.") || t.endsWith("resp.");
    }

    static String shorten(String sentence) {
        if (sentence.length() <= MAX_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH - 1);
        return sentence.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).stripTrailing() + "…";
    }
}
