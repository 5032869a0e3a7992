package io.academichub.llm.briefing;

import java.util.Objects;

/**
 * A paper to read first, and why.
 *
 * @param paper the paper's number
 * @param why   the reason, citing the paper (and possibly others it connects)
 */
public record ReadingPick(int paper, Statement why) {

    /**
     * Checks the components as described above.
     *
     * @param paper the paper's number
     * @param why   the reason, citing the paper (and possibly others it connects)
     */
    public ReadingPick {
        if (paper < 1) {
            throw new IllegalArgumentException("paper numbers start at 1: " + paper);
        }
        Objects.requireNonNull(why, "why");
        if (!why.citations().contains(paper)) {
            throw new IllegalArgumentException("the reason to read paper " + paper + " must cite it");
        }
    }
}
