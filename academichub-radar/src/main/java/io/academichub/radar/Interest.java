package io.academichub.radar;

import java.util.Objects;

/**
 * One thing a reader follows: a name, a query in Lucene's classic syntax and a weight relative to the profile's
 * other interests.
 *
 * <p>The query may use phrases ({@code "surface code"}), {@code AND}/{@code OR}/{@code NOT}, {@code -term},
 * proximity ({@code "error correction"~3}), wildcards and the fields {@code title:}, {@code abstract:},
 * {@code author:}, {@code category:} and {@code source:}; a bare term searches title and abstract.
 *
 * @param name   shown in the reasons ("interest 'codes'"); unique within a profile
 * @param query  the query text; checked when the {@link Profile} is built
 * @param weight relative weight, {@code > 0}; only ratios between a profile's interests matter
 */
public record Interest(String name, String query, double weight) {

    /**
     * Checks the components; a blank name or query, or a weight that is not a positive number, is refused.
     *
     * @param name shown in the reasons
     * @param query the query text
     * @param weight relative weight, {@code > 0}
     */
    public Interest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        if (name.isBlank()) {
            throw new IllegalArgumentException("interest name is blank");
        }
        if (query.isBlank()) {
            throw new IllegalArgumentException("interest '" + name + "' has a blank query");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("interest '" + name + "' weight must be a positive number: " + weight);
        }
    }

    /**
     * An interest of weight 1.
     *
     * @param name shown in the reasons
     * @param query the query text
     * @return the interest
     */
    public static Interest of(String name, String query) {
        return new Interest(name, query, 1.0);
    }
}
