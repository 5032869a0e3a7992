package io.academichub.store;

import io.academichub.model.PaperId;

import java.time.Instant;
import java.util.Objects;

/**
 * A reader's verdict on one paper.
 *
 * @param paperId the paper
 * @param verdict like or dismiss
 * @param at      when it was given
 */
public record Feedback(PaperId paperId, Verdict verdict, Instant at) {

    /** What the reader said. */
    public enum Verdict {
        /** more like this: the paper joins the profile's seeds */
        LIKE,
        /** less like this: similar papers rank lower */
        DISMISS
    }

    /**
     * Checks the components as described above.
     *
     * @param paperId the paper
     * @param verdict like or dismiss
     * @param at      when it was given
     */
    public Feedback {
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(at, "at");
    }
}
