package io.academichub.llm.briefing;

/**
 * Hears how a briefing advances, one call per batch of work: for a command-line progress line or a log.
 * Called on the generating thread; must be quick.
 */
@FunctionalInterface
public interface BriefingProgress {

    /** Hears nothing. */
    BriefingProgress NONE = (stage, done, total) -> {
    };

    /**
     * A batch of a stage is done.
     *
     * @param stage {@code notes} (one paper's note per unit, from the model or the cache; reported every ten
     *              papers and at the last), {@code synthesis} (one batch of notes reduced, then the merge),
     *              {@code extractive}
     * @param done  units of the stage done so far
     * @param total units of the stage in all
     */
    void batchDone(String stage, int done, int total);
}
