package io.academichub.radar;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a profile's candidates make its list: the best {@link Profile#limit()} by score, except that with two or
 * more interests each interest is first guaranteed a share of the list in proportion to its weight, so that one busy
 * field does not crowd out another; documented on {@link Radar}, switched off by {@link Profile#fairShare()}.
 *
 * <p>A candidate's <em>lead</em> interest is the one giving it the largest weighted relevance (the first listed on
 * a tie); a paper matched by no interest (a seed's or a followed author's), or matching its lead interest only weakly
 * ({@code rel < MIN_RELEVANCE}), competes on score alone.
 * Interest {@code i}'s share is {@code quota_i = min(n_i, max(1, floor(limit · w_i / Σ_j w_j · SHARE)))},
 * {@code n_i} the candidates it leads. Each interest's best {@code quota_i} candidates are taken first, the rest of
 * the list is filled by score, and the list is shown in score order: scores do not change, only which papers make
 * the cut. When the shares add up to more than the limit (more interests than places), the best-scored of the
 * reserved candidates are kept.
 */
final class FairShare {

    /**
     * The part of the list the interests' shares reserve at most (each interest's minimum of one aside); the rest is
     * by score alone. Half: a second interest's few papers of the day reach a list that a busy interest would fill,
     * and the best-scored papers keep the top of the list (measured in BENCHMARKS.md, "Fair share").
     */
    static final double SHARE = 0.5;

    /**
     * The relevance ({@code rel}, before weighting) below which a match does not earn its interest a place: as
     * {@link ScoreFormula#SEED_FLOOR} is for seed likeness, what is enough to put a paper on the list on its own. On
     * the day of the tests it keeps a quantum-error-correction interest's share for its quantum papers rather than
     * the classical-decoding papers that mention "error correction" once (relevance 0.20 and 0.27).
     */
    static final double MIN_RELEVANCE = 0.3;

    private FairShare() {
    }

    /**
     * The positions (in score order, best first) of the candidates that make the list.
     *
     * @param lead    per candidate in score order, the index of its lead interest, or -1 for none ({@link #lead})
     * @param profile the profile: its limit, its interests' weights and whether it shares the list
     * @return positions into {@code lead}, ascending; a position {@code ≥ limit} was kept by its interest's share
     */
    static List<Integer> cut(int[] lead, Profile profile) {
        int limit = profile.limit();
        double[] weights = profile.interests().stream().mapToDouble(Interest::weight).toArray();
        List<Integer> chosen = new ArrayList<>();
        if (lead.length <= limit || weights.length < 2 || !profile.fairShare()) {
            for (int p = 0; p < Math.min(limit, lead.length); p++) {
                chosen.add(p);
            }
            return chosen;
        }
        int[] quota = quotas(lead, weights, limit);
        boolean[] reserved = new boolean[lead.length];
        int reservedCount = 0;
        for (int p = 0; p < lead.length && reservedCount < limit; p++) {
            int i = lead[p];
            if (i >= 0 && quota[i] > 0) {
                quota[i]--;
                reserved[p] = true;
                reservedCount++;
            }
        }
        int free = limit - reservedCount;
        for (int p = 0; p < lead.length; p++) {
            if (reserved[p]) {
                chosen.add(p);
            } else if (free > 0) {
                chosen.add(p);
                free--;
            }
        }
        return chosen;
    }

    /** Each interest's share: its weight's part of {@code SHARE · limit}, at least one, at most what it leads. */
    private static int[] quotas(int[] lead, double[] weights, int limit) {
        int[] led = new int[weights.length];
        for (int i : lead) {
            if (i >= 0) {
                led[i]++;
            }
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int[] quota = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            long share = Math.max(1, (long) Math.floor(limit * weights[i] / total * SHARE));
            quota[i] = (int) Math.min(led[i], share);
        }
        return quota;
    }

    /**
     * The interest whose share a candidate may take a place of: its lead interest (the largest weighted relevance,
     * the first listed on a tie), provided the paper matches that interest at least {@link #MIN_RELEVANCE}; -1 when
     * no interest matched it or the match is weak.
     *
     * @param rel     weighted relevance per interest ({@code w_i / wmax · rel_i}), 0 where the interest did not match
     * @param weights the interests' weights
     * @return the lead interest's index, or -1
     */
    static int lead(double[] rel, double[] weights) {
        int lead = -1;
        double maxWeight = 0;
        for (int i = 0; i < rel.length; i++) {
            maxWeight = Math.max(maxWeight, weights[i]);
            if (rel[i] > 0 && (lead < 0 || rel[i] > rel[lead])) {
                lead = i;
            }
        }
        return lead >= 0 && rel[lead] / (weights[lead] / maxWeight) >= MIN_RELEVANCE ? lead : -1;
    }
}
