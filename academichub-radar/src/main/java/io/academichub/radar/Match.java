package io.academichub.radar;

import io.academichub.model.Paper;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A paper on a profile's list: its score in [0, 1] (see {@link Radar} for the formula), whether it is new to the
 * profile or a new version of one it was shown, and the reasons, strongest evidence first, the score last.
 *
 * @param paper   the paper
 * @param score   in [0, 1]; the same paper with the same profile scores the same on any day
 * @param status  new, or an update of a paper shown before
 * @param profile the profile's name
 * @param reasons why it is here, in words
 */
public record Match(Paper paper, double score, Status status, String profile, List<Reason> reasons) {

    /** Whether the profile has seen the paper before. */
    public enum Status {
        /** never shown to this profile */
        NEW,
        /** shown before in an older version: a new arXiv version, say */
        UPDATED;

        /**
         * The lower-case name used in JSON.
         *
         * @return {@code new} or {@code updated}
         */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Checks the components; the score must be in [0, 1].
     *
     * @param paper the paper
     * @param score in [0, 1]
     * @param status new or updated
     * @param profile the profile's name
     * @param reasons why it is here
     */
    public Match {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(profile, "profile");
        reasons = List.copyOf(reasons);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }
}
