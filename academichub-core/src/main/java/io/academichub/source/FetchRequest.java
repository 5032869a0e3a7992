package io.academichub.source;

import java.time.LocalDate;

/**
 * What to fetch, in terms every source understands. What a source is about (arXiv categories, a query, a
 * journal) is part of its {@link SourceConfig}, not of the request.
 *
 * <pre>{@code
 * FetchRequest.latest()                                    // today's announcement / the feed as it stands
 * FetchRequest.between(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-07")).withLimit(500)
 * }</pre>
 *
 * @param from  first day to include, or {@code null} for the source's own default (its latest announcement)
 * @param to    last day to include, or {@code null} for "up to now"
 * @param limit the most papers to return; {@link Integer#MAX_VALUE} for no limit
 */
public record FetchRequest(LocalDate from, LocalDate to, int limit) {

    /**
     * Checks the components as described above.
     *
     * @param from  first day to include, or {@code null} for the source's own default (its latest announcement)
     * @param to    last day to include, or {@code null} for "up to now"
     * @param limit the most papers to return; {@link Integer#MAX_VALUE} for no limit
     */
    public FetchRequest {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1: " + limit);
        }
    }

    /** {@return the source's latest papers, no date window, no limit} */
    public static FetchRequest latest() {
        return new FetchRequest(null, null, Integer.MAX_VALUE);
    }

    /**
     * Papers from {@code from} to {@code to}, both inclusive; either may be {@code null}.
     *
     * @param from the first day, or {@code null} for no lower bound
     * @param to the last day, or {@code null} for no upper bound
     * @return a request for the papers of those days, no limit
     */
    public static FetchRequest between(LocalDate from, LocalDate to) {
        return new FetchRequest(from, to, Integer.MAX_VALUE);
    }

    /**
     * {@return this request with a limit on the number of papers}
     *
     * @param limit the most papers wanted, at least 1
     */
    public FetchRequest withLimit(int limit) {
        return new FetchRequest(from, to, limit);
    }

    /** {@return whether the request has a limit} */
    public boolean hasLimit() {
        return limit != Integer.MAX_VALUE;
    }
}
