package io.academichub;

/**
 * Hears how a long operation advances, one step at a time: the sources of a fetch, and later the batches of a
 * briefing or the profiles of a radar run. A command line draws a progress bar from it; a server might log it.
 *
 * <pre>{@code
 * FetchSummary today = hub.fetch(FetchRequest.latest(), new ProgressListener() {
 *     @Override
 *     public void finished(String step, boolean succeeded, String summary) {
 *         System.err.println(summary); // "arxiv:cs.AI OK 412/412", as each source ends
 *     }
 * });
 * }</pre>
 *
 * Every method has an empty default, so a listener overrides only what it shows. Steps run concurrently, so the
 * methods are called from several threads at once and must be thread-safe; they should return quickly, since the
 * step waits for them. An exception thrown by a listener is logged and otherwise ignored: progress reporting never
 * changes the outcome of the work.
 */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    /**
     * The operation is about to start and will take this many steps (for a fetch, one per source).
     *
     * @param operation what runs, e.g. {@code "fetch"}
     * @param steps how many steps follow, at least 0
     */
    default void planned(String operation, int steps) {
    }

    /**
     * A step has started.
     *
     * @param step the step's name, e.g. the source id {@code "arxiv:cs.AI"}
     */
    default void started(String step) {
    }

    /**
     * A step has ended, successfully or not.
     *
     * @param step the name given to {@link #started}
     * @param succeeded whether it succeeded (for a source: its status {@link io.academichub.source.Status#isSuccess()})
     * @param summary one line a person reads, e.g. {@link io.academichub.source.SourceReport#summary()}
     */
    default void finished(String step, boolean succeeded, String summary) {
    }
}
