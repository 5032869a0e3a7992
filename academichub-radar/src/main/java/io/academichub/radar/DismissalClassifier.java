package io.academichub.radar;

import io.academichub.model.PaperId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-profile model of what the reader dismisses: a {@link LinearSvm} over {@link TermVectors} (tf-idf of title
 * and abstract), trained with the dismissed papers on one side and, on the other, the papers the reader wants (the
 * profile's seeds and liked papers) and an evenly spaced sample of the day as unlabeled papers, as arxiv-sanity-lite
 * trains a tag's classifier against every other paper. Classes are weighted to count equally.
 *
 * <p>A paper's {@link #push push} is the {@code D} of {@link ScoreFormula#dismissal}, from its margin {@code m}:
 * 0 for a paper on the wanted side or sharing no word with the training papers, growing towards 1 as {@code m}
 * reaches 1, where the dismissed papers themselves lie. Because the day's papers weigh as much as the dismissed ones,
 * the model learns the words that set the dismissed papers apart from the day (measured on the judged profiles, see
 * BENCHMARKS.md): it pushes their near-duplicates hard and papers that merely share the field's vocabulary not at
 * all. Rebuilt from the stored feedback on every run (vectorising at most 500 papers and the candidates).
 */
final class DismissalClassifier {

    /** At most this many of the day's papers join the wanted side as unlabeled examples. */
    static final int UNLABELED_SAMPLE = 500;
    /** The SVM's cost C, before the per-class weighting. */
    static final double COST = 1.0;

    /** Why a paper was pushed: the dismissed papers that pushed it most, the words that weighed most. */
    record Why(List<Seed> nearest, List<String> words) {
    }

    private final TermVectors vectors;
    private final LinearSvm svm;
    private final List<Seed> dismissed;
    private final List<TermVectors.Vector> dismissedVectors;
    private final PaperIndex index;
    private final TermVectors.Vector[] byOrd;

    private DismissalClassifier(PaperIndex index, TermVectors vectors, LinearSvm svm, List<Seed> dismissed,
                                List<TermVectors.Vector> dismissedVectors) {
        this.index = index;
        this.vectors = vectors;
        this.svm = svm;
        this.dismissed = dismissed;
        this.dismissedVectors = dismissedVectors;
        this.byOrd = new TermVectors.Vector[index.size()];
    }

    /**
     * Trains the model of one profile's dismissals over a day.
     *
     * @param index     the day
     * @param dismissed the dismissed papers, at least one
     * @param wanted    the seeds and liked papers
     */
    static DismissalClassifier train(PaperIndex index, List<Seed> dismissed, List<Seed> wanted) {
        if (dismissed.isEmpty()) {
            throw new IllegalArgumentException("no dismissed paper to learn from");
        }
        TermVectors vectors = new TermVectors(index.searcher.getIndexReader());
        List<TermVectors.Vector> examples = new ArrayList<>();
        Set<PaperId> labelled = new HashSet<>();
        for (Seed s : dismissed) {
            examples.add(vectors.of(s));
            labelled.add(s.id());
        }
        List<TermVectors.Vector> dismissedVectors = List.copyOf(examples);
        for (Seed s : wanted) {
            examples.add(vectors.of(s));
            labelled.add(s.id());
        }
        int step = Math.max(1, (index.size() + UNLABELED_SAMPLE - 1) / UNLABELED_SAMPLE);
        for (int ord = 0; ord < index.size(); ord += step) {
            if (!labelled.contains(index.papers.get(ord).id())) {
                examples.add(vectors.of(Seed.of(index.papers.get(ord))));
            }
        }
        int positives = dismissed.size();
        int negatives = examples.size() - positives;
        int[] labels = new int[examples.size()];
        double[] costs = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            boolean isDismissed = i < positives;
            labels[i] = isDismissed ? 1 : -1;
            // balanced classes: each side's costs sum to the same total
            costs[i] = COST * examples.size() / (2.0 * (isDismissed ? positives : Math.max(1, negatives)));
        }
        LinearSvm svm = LinearSvm.train(examples, labels, costs, vectors.dimensions());
        return new DismissalClassifier(index, vectors, svm, List.copyOf(dismissed), dismissedVectors);
    }

    /** How far the paper at {@code ord} lies on the dismissed side, in [0, 1]. */
    double push(int ord) {
        return ScoreFormula.dismissal(vector(ord).dot(svm.weights));
    }

    /**
     * The dismissed papers whose share of the margin ({@code alpha_d · x_d·x}) is largest (one, and a second when it
     * pushed at least half as much) and the paper's words that weigh most towards the dismissed side (at most five).
     */
    Why why(int ord) {
        TermVectors.Vector x = vector(ord);
        List<Integer> order = new ArrayList<>();
        double[] share = new double[dismissed.size()];
        for (int d = 0; d < dismissed.size(); d++) {
            share[d] = svm.alphas[d] * dismissedVectors.get(d).dot(x);
            order.add(d);
        }
        order.sort(Comparator.comparingDouble((Integer d) -> -share[d]).thenComparing(d -> d));
        List<Seed> nearest = new ArrayList<>();
        for (int d : order) {
            if (share[d] > 0 && (nearest.isEmpty() || share[d] >= share[order.get(0)] / 2) && nearest.size() < 2) {
                nearest.add(dismissed.get(d));
            }
        }
        List<Integer> terms = new ArrayList<>();
        double[] weight = new double[x.terms().length];
        for (int k = 0; k < x.terms().length; k++) {
            int t = x.terms()[k];
            weight[k] = t < svm.weights.length ? x.weights()[k] * svm.weights[t] : 0;
            if (weight[k] > 0) {
                terms.add(k);
            }
        }
        terms.sort(Comparator.comparingDouble((Integer k) -> -weight[k]).thenComparing(k -> k));
        List<String> words = terms.stream().limit(5).map(k -> vectors.word(x.terms()[k])).toList();
        return new Why(nearest, words);
    }

    private TermVectors.Vector vector(int ord) {
        if (byOrd[ord] == null) {
            byOrd[ord] = vectors.of(Seed.of(index.papers.get(ord)));
        }
        return byOrd[ord];
    }
}
