package io.academichub.store;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What AcademicHub remembers between runs: which papers each profile has been shown (so the next run shows only
 * what is new) and the feedback a reader gave. The radar reads and writes it; {@code academichub-store} implements
 * it on JDBC (an H2 file by default, PostgreSQL for shared use), {@link InMemoryPaperStore} in memory.
 *
 * <p>A typical run: {@link #novelty} tells which of today's papers are new or updated for a profile, the radar ranks
 * those, and {@link #recordShown} remembers the ones it printed, in one transaction.
 *
 * <p>Implementations are safe for use from several threads; every write is atomic (all or nothing). A store that
 * cannot do what was asked throws {@link StoreException}; a closed one throws {@link IllegalStateException}.
 */
public interface PaperStore extends AutoCloseable {

    /** Whether a profile has seen a paper before. */
    enum Novelty {
        /** never shown to this profile */
        NEW,
        /** shown before, in an older version (a new arXiv version, say) */
        UPDATED,
        /** shown before in this version or a newer one */
        SEEN
    }

    /**
     * Tells, for each paper, whether the profile has been shown it. Reads only.
     *
     * @param profile the profile's name
     * @param papers the papers
     * @return one entry per paper, keyed by {@link Paper#id()}, in the order given
     */
    Map<PaperId, Novelty> novelty(String profile, Collection<Paper> papers);

    /**
     * Remembers that the profile was shown these papers (their content too, so that feedback given later by id can
     * find them), in one transaction. Showing a paper again, or an older version, changes nothing.
     *
     * @param profile the profile's name
     * @param papers the papers
     */
    void recordShown(String profile, Collection<Paper> papers);

    /**
     * Records a reader's verdict on a paper; a later verdict on the same paper replaces the earlier one.
     *
     * @param profile the profile's name
     * @param feedback the reader's verdict
     */
    void recordFeedback(String profile, Feedback feedback);

    /**
     * {@return every verdict the profile's reader gave, oldest first}
     *
     * @param profile the profile's name
     */
    List<Feedback> feedback(String profile);

    /**
     * {@return the latest stored content of a paper this store has seen, under its id or one of its {@code sameAs} ids}
     *
     * @param id any of the paper's ids
     */
    Optional<Paper> paper(PaperId id);

    /** Releases the store's resources (connections, locks); further calls fail. */
    @Override
    void close();
}
