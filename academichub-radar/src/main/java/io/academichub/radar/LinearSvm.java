package io.academichub.radar;

import java.util.List;

/**
 * A linear support vector machine: L2-regularised hinge loss, no bias, trained by dual coordinate descent
 * (Hsieh et al., ICML 2008, the method of LIBLINEAR's {@code L2R_L1LOSS_SVC_DUAL}). Examples are visited in the
 * order given, never shuffled, so the same examples always give the same weights.
 *
 * <p>Without a bias, a paper sharing no term with any example scores exactly 0; an example's margin
 * {@code y · w·x} is at least 1 once training converges unless its cost bound holds it back.
 */
final class LinearSvm {

    private static final int MAX_ITERATIONS = 1000;
    private static final double TOLERANCE = 1e-4;

    /** The weights by term id. */
    final double[] weights;
    /** Each example's dual variable: how much it shapes the weights ({@code w = Σ alpha_i y_i x_i}). */
    final double[] alphas;

    private LinearSvm(double[] weights, double[] alphas) {
        this.weights = weights;
        this.alphas = alphas;
    }

    /**
     * Trains on unit-length examples.
     *
     * @param examples   the vectors (every term id below {@code dimensions})
     * @param labels     +1 or −1 per example
     * @param costs      per example, the upper bound of its dual variable (C, weighted per class)
     * @param dimensions the number of term ids
     */
    static LinearSvm train(List<TermVectors.Vector> examples, int[] labels, double[] costs, int dimensions) {
        double[] w = new double[dimensions];
        double[] alpha = new double[examples.size()];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double largestStep = 0;
            for (int i = 0; i < examples.size(); i++) {
                TermVectors.Vector x = examples.get(i);
                if (x.terms().length == 0) {
                    continue; // no words: nothing to learn from it
                }
                double gradient = labels[i] * x.dot(w) - 1;
                double projected = alpha[i] == 0 ? Math.min(gradient, 0)
                        : alpha[i] == costs[i] ? Math.max(gradient, 0) : gradient;
                if (Math.abs(projected) < 1e-12) {
                    continue;
                }
                double updated = Math.min(Math.max(alpha[i] - gradient, 0), costs[i]); // Q_ii = x·x = 1
                double step = (updated - alpha[i]) * labels[i];
                for (int k = 0; k < x.terms().length; k++) {
                    w[x.terms()[k]] += step * x.weights()[k];
                }
                alpha[i] = updated;
                largestStep = Math.max(largestStep, Math.abs(projected));
            }
            if (largestStep < TOLERANCE) {
                break;
            }
        }
        return new LinearSvm(w, alpha);
    }
}
