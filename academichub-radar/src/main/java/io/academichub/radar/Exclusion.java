package io.academichub.radar;

import java.util.Objects;

/**
 * A query that removes a paper from a profile's matches, whatever else it matches.
 *
 * @param name  the reason, as {@link Radar#excluded} reports it ("no surveys")
 * @param query the query text in Lucene's classic syntax, as for an {@link Interest}
 */
public record Exclusion(String name, String query) {

    /**
     * Checks the components; a blank name or query is refused.
     *
     * @param name the reason shown
     * @param query the query text
     */
    public Exclusion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        if (name.isBlank()) {
            throw new IllegalArgumentException("exclusion name is blank");
        }
        if (query.isBlank()) {
            throw new IllegalArgumentException("exclusion '" + name + "' has a blank query");
        }
    }
}
