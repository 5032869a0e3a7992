package io.academichub.llm.briefing;

import java.util.Objects;

/**
 * A paper to read first, and why.
 *
 * @param paper the paper's number
 * @param why   the reason, citing the paper (and possibly others it connects)
 * @param extractive whether the extractive path picked it (the most central paper of a theme) rather than a model
 */
public record ReadingPick(int paper, Statement why, boolean extractive) {

    /**
     * Checks the components as described above.
     *
     * @param paper the paper's number
     * @param why   the reason, citing the paper (and possibly others it connects)
     * @param extractive whether the extractive path picked it rather than a model
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

    /**
     * A paper a model picked.
     *
     * @param paper the paper's number
     * @param why   the reason, citing the paper
     */
    public ReadingPick(int paper, Statement why) {
        this(paper, why, false);
    }
}
