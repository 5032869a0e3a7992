package io.academichub.source;

import io.academichub.model.Paper;

import java.util.List;

/**
 * One response of a service read into papers: what a parser returns, for a page of a paged listing (an arXiv API
 * page, a Crossref cursor page, an OAI-PMH response) and for a whole feed alike.
 *
 * <pre>{@code
 * Page page = Page.of(papers, warnings).withRecords(20).withTotal(454).withNext("DnF1ZXJ5VGhlbkZldGNo…");
 * page.hasNext();   // true: the service gave a pointer to the next page
 * }</pre>
 *
 * @param papers   the papers read, in the order the service sent them; empty when a streaming reader handed them on
 *                 as it read them (see {@link PagedSource.Pager#read})
 * @param records  how many records the response held, counting those skipped as malformed (and those streamed), so
 *                 that paging by offset advances past them and a short page shows
 * @param total    how many records the whole listing has, as the service says ({@code total-results},
 *                 {@code completeListSize} …), or {@link #UNKNOWN}
 * @param next     the service's pointer to the next page (a cursor, a resumption token, a history key), or
 *                 {@code null} when it gives none; a blank one is {@code null}
 * @param warnings what a user may want to know: records skipped and why, fields that could not be used
 */
public record Page(List<Paper> papers, int records, int total, String next, List<String> warnings) {

    /** The value of {@code total} when the service does not say. */
    public static final int UNKNOWN = -1;

    /**
     * Checks the components as described above, and copies the collections (the record is immutable).
     *
     * @param papers   the papers read, in the order the service sent them; empty when a streaming reader handed them on
     *                 as it read them (see {@link PagedSource.Pager#read})
     * @param records  how many records the response held, counting those skipped as malformed (and those streamed), so
     *                 that paging by offset advances past them and a short page shows
     * @param total    how many records the whole listing has, as the service says ({@code total-results},
     *                 {@code completeListSize} …), or {@link #UNKNOWN}
     * @param next     the service's pointer to the next page (a cursor, a resumption token, a history key), or
     *                 {@code null} when it gives none; a blank one is {@code null}
     * @param warnings what a user may want to know: records skipped and why, fields that could not be used
     */
    public Page {
        papers = List.copyOf(papers);
        warnings = List.copyOf(warnings);
        if (records < 0) {
            throw new IllegalArgumentException("records is negative: " + records);
        }
        if (total < UNKNOWN) {
            throw new IllegalArgumentException("total must be -1 (unknown) or more: " + total);
        }
        if (next != null) {
            next = next.isBlank() ? null : next.strip();
        }
    }

    /**
     * {@return a page of {@code papers}, one record each, with no total and no next pointer}
     *
     * @param papers the papers read, in the order the service sent them
     * @param warnings what a user may want to know, one line each
     */
    public static Page of(List<Paper> papers, List<String> warnings) {
        return new Page(papers, papers.size(), UNKNOWN, null, warnings);
    }

    /**
     * {@return this page, saying that the response held {@code records} records in all}
     *
     * @param records how many records the response held
     */
    public Page withRecords(int records) {
        return new Page(papers, records, total, next, warnings);
    }

    /**
     * {@return this page, saying that the whole listing has {@code total} records}
     *
     * @param total how many records the whole listing has, or {@link #UNKNOWN}
     */
    public Page withTotal(int total) {
        return new Page(papers, records, total, next, warnings);
    }

    /**
     * {@return this page with the service's pointer to the next page}
     *
     * @param next the service's pointer to the next page, or {@code null}
     */
    public Page withNext(String next) {
        return new Page(papers, records, total, next, warnings);
    }

    /** {@return whether the service gave a pointer to a next page} */
    public boolean hasNext() {
        return next != null;
    }
}
