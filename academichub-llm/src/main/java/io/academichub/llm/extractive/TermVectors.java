package io.academichub.llm.extractive;

import io.academichub.llm.internal.TextTerms;
import io.academichub.model.Paper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The papers as sparse tf-idf vectors over stems (title words count twice), with the word each stem is most often
 * written as, for naming themes.
 */
final class TermVectors {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> stems = new ArrayList<>();
    private final List<Map<String, Integer>> words = new ArrayList<>();
    private int[] df = new int[1024];
    final int[][] termIds;
    final float[][] weights;
    final int size;

    TermVectors(List<Paper> papers) {
        size = papers.size();
        termIds = new int[size][];
        float[][] counts = new float[size][];
        for (int p = 0; p < size; p++) {
            Paper paper = papers.get(p);
            Map<Integer, Float> tf = new HashMap<>();
            for (TextTerms.Term t : TextTerms.terms(paper.title())) {
                tf.merge(id(t), 2f, Float::sum);
            }
            for (TextTerms.Term t : TextTerms.terms(paper.abstractText())) {
                tf.merge(id(t), 1f, Float::sum);
            }
            int[] pIds = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] pTf = new float[pIds.length];
            for (int i = 0; i < pIds.length; i++) {
                pTf[i] = tf.get(pIds[i]);
                df[pIds[i]]++;
            }
            termIds[p] = pIds;
            counts[p] = pTf;
        }
        weights = new float[size][];
        for (int p = 0; p < size; p++) {
            float[] w = new float[termIds[p].length];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) ((1 + Math.log(counts[p][i])) * idf(termIds[p][i]));
            }
            weights[p] = w;
        }
    }

    private int id(TextTerms.Term t) {
        Integer id = ids.get(t.stem());
        if (id == null) {
            id = stems.size();
            ids.put(t.stem(), id);
            stems.add(t.stem());
            words.add(new HashMap<>(4));
            if (id >= df.length) {
                df = Arrays.copyOf(df, df.length * 2);
            }
        }
        words.get(id).merge(t.word(), 1, Integer::sum);
        return id;
    }

    /** How many distinct stems the papers use. */
    int vocabularySize() {
        return stems.size();
    }

    /** In how many papers the stem occurs. */
    int df(int term) {
        return df[term];
    }

    /** Smoothed inverse document frequency. */
    double idf(int term) {
        return Math.log(1 + (double) size / df[term]);
    }

    /** The stem's id, or -1 when no paper uses it. */
    int idOf(String stem) {
        return ids.getOrDefault(stem, -1);
    }

    /** The word the stem is most often written as. */
    String word(int term) {
        String best = stems.get(term);
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : words.get(term).entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The words the stem is written as ("network", "networks"). */
    Set<String> forms(int term) {
        return words.get(term).keySet();
    }

    /** Whether paper {@code p} uses {@code term} in its title or twice in its abstract: it is about it, not in passing. */
    boolean usesStrongly(int p, int term) {
        // weight = (1 + ln tf) · idf, and the title counts twice: tf ≥ 2
        return weight(p, term) >= (1 + Math.log(2)) * idf(term) - 1e-4;
    }

    /** Whether {@code term} is one of the {@code k} heaviest terms of paper {@code p}. */
    boolean isTopTerm(int p, int term, int k) {
        float w = weight(p, term);
        int heavier = 0;
        for (float other : weights[p]) {
            if (other > w && ++heavier >= k) {
                return false;
            }
        }
        return w > 0;
    }

    /** The weight of {@code term} in paper {@code p}, or 0. */
    float weight(int p, int term) {
        int i = Arrays.binarySearch(termIds[p], term);
        return i >= 0 ? weights[p][i] : 0f;
    }
}
