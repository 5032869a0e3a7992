package io.academichub.radar;

/**
 * The one formula that turns a paper's evidence into a score in [0, 1]; documented on {@link Radar}. Which of the
 * scored papers make a profile's list is {@link FairShare}'s decision (the best by score, after each interest's
 * share).
 *
 * <pre>
 *   rel_i   = 1 − exp(−RATE · s_i / M_i)           per interest: BM25 score over its yardstick (QueryScale)
 *   T       = 1 − Π_i (1 − w_i / max_j w_j · rel_i)  interests, combined as independent evidence
 *   S       = max over seeds of 1 − exp(−x / SEED_SCALE), x = MLT score / full coverage
 *   A       = 1 when a followed author is on the byline, else 0
 *   base    = 1 − (1 − T)(1 − SEED_WEIGHT · S)(1 − AUTHOR_WEIGHT · A)
 *   D       = 0 without dismissals; else, by the profile's DismissalModel:
 *             CLASSIFIER:        1 − exp(−max(0, m) / DISMISS_SCALE), m = the dismissal classifier's margin
 *             NEAREST_DISMISSED: likeness to the nearest dismissed paper, as S
 *   score   = base · (1 − DISMISS_WEIGHT · D)
 * </pre>
 */
final class ScoreFormula {

    /** How fast an interest's relevance saturates with its score over its yardstick. */
    static final double RATE = 2.0;
    /** Coverage of a seed's telling terms at which similarity reaches 1 − 1/e. */
    static final double SEED_SCALE = 0.15;
    /** How much seed similarity alone can give. */
    static final double SEED_WEIGHT = 0.8;
    /** How much a followed author alone gives. */
    static final double AUTHOR_WEIGHT = 0.6;
    /** How much resembling a dismissed paper takes off, at most. */
    static final double DISMISS_WEIGHT = 0.6;
    /** The dismissal classifier's margin at which {@code D} reaches 1 − 1/e. */
    static final double DISMISS_SCALE = 0.15;
    /** Seed similarity below this does not on its own put a paper on the list. */
    static final double SEED_FLOOR = 0.3;

    private ScoreFormula() {
    }

    static double relevance(double score, double yardstick) {
        if (Double.isNaN(score) || yardstick <= 0) {
            return 0;
        }
        return 1 - Math.exp(-RATE * score / yardstick);
    }

    static double likeness(double score, double fullCoverage) {
        if (Double.isNaN(score) || fullCoverage <= 0) {
            return 0;
        }
        return 1 - Math.exp(-(score / fullCoverage) / SEED_SCALE);
    }

    /** {@code D} from the dismissal classifier's margin: 0 on the wanted side, towards 1 on the dismissed side. */
    static double dismissal(double margin) {
        return margin <= 0 ? 0 : 1 - Math.exp(-margin / DISMISS_SCALE);
    }

    static double base(double interests, double seeds, boolean author) {
        return 1 - (1 - interests) * (1 - SEED_WEIGHT * seeds) * (1 - (author ? AUTHOR_WEIGHT : 0));
    }

    static double score(double base, double dismissed) {
        return clamp(base * (1 - DISMISS_WEIGHT * dismissed));
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
