package io.academichub.radar;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;

import java.util.Optional;

/**
 * Finds the text of a seed paper named only by id, when neither the day's papers nor the store have it — for
 * example through the arXiv API. Implementations may do I/O; a failure is "not found" (the radar runs on without
 * that seed and logs a warning).
 */
@FunctionalInterface
public interface SeedLookup {

    /** Looks nothing up. */
    SeedLookup NONE = id -> Optional.empty();

    /**
     * The paper with this id, or empty when it cannot be found.
     *
     * @param id the paper's id
     * @return the paper, or empty
     */
    Optional<Paper> find(PaperId id);
}
