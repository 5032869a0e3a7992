package io.academichub.sources.biorxiv;

import io.academichub.model.Paper;

import java.util.List;

/**
 * One page of a bioRxiv or medRxiv {@code /details/} response: its papers and the counters that drive paging.
 *
 * <pre>{@code
 * BiorxivPage page = BiorxivParser.parse(in, "biorxiv", uri);
 * boolean more = page.cursor() + page.count() < page.total();
 * }</pre>
 *
 * @param papers   the page's papers in the order the API listed them, one per DOI (the highest version listed)
 * @param total    how many records the request has in all ({@code messages[0].total}; each version counts)
 * @param count    how many records this page actually holds (the {@code collection}'s length); the next page starts
 *                 at {@code cursor + count}
 * @param cursor   the offset of this page ({@code messages[0].cursor})
 * @param warnings records skipped and why, and a {@code count} in {@code messages} that disagrees with the collection
 */
public record BiorxivPage(List<Paper> papers, int total, int count, int cursor, List<String> warnings) {

    public BiorxivPage {
        papers = List.copyOf(papers);
        warnings = List.copyOf(warnings);
        if (total < 0 || count < 0 || cursor < 0) {
            throw new IllegalArgumentException("negative counter: total=" + total + ", count=" + count
                    + ", cursor=" + cursor);
        }
    }
}
