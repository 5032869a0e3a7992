package io.academichub.radar;

/**
 * How a profile's dismissed papers lower the papers like them: the {@code D} of the score formula (see
 * {@link Radar}). Either way {@code D} is in [0, 1] and {@code score = base · (1 − 0.6·D)}; with no dismissal
 * {@code D = 0} and the ranking is the same under both.
 */
public enum DismissalModel {

    /**
     * A per-profile linear classifier over tf-idf of title and abstract (a linear SVM, as arxiv-sanity-lite trains
     * for a tag), rebuilt from the stored feedback on every run: the dismissed papers on one side; the seeds, the
     * liked papers and a sample of the day on the other. {@code D} is a paper's margin on the dismissed side,
     * clamped to [0, 1].
     */
    CLASSIFIER,

    /**
     * The likeness to the nearest dismissed paper, computed as seed likeness is (MoreLikeThis over its 25 most
     * telling terms).
     */
    NEAREST_DISMISSED
}
