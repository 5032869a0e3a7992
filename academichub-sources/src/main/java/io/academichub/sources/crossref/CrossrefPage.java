package io.academichub.sources.crossref;

import io.academichub.model.Paper;

import java.util.List;

/**
 * One Crossref REST API response read into papers: a page of {@code /works} ({@code message-type: work-list}) or
 * a single work ({@code /works/{doi}}, {@code message-type: work}).
 *
 * <pre>{@code
 * CrossrefPage page = CrossrefParser.parse(body, "crossref:1932-6203", uri);
 * page.totalResults();  // how many works match the query in all, e.g. 454
 * page.nextCursor();    // the cursor for the next page of a deep-paging request, or null
 * }</pre>
 *
 * @param papers       the works that could be read, in the order Crossref sent them
 * @param totalResults how many works match the query in all ({@code total-results}); {@code 1} for a single work
 * @param nextCursor   Crossref's {@code next-cursor}, present when the request asked for a cursor; else {@code null}
 * @param itemsPerPage the page size Crossref used ({@code items-per-page}); {@code 1} for a single work
 * @param warnings     works skipped (no DOI, no title …) and fields Crossref sent that could not be used
 */
public record CrossrefPage(List<Paper> papers, int totalResults, String nextCursor, int itemsPerPage,
                           List<String> warnings) {

    public CrossrefPage {
        papers = List.copyOf(papers);
        warnings = List.copyOf(warnings);
        if (totalResults < 0 || itemsPerPage < 0) {
            throw new IllegalArgumentException("negative counter: totalResults=" + totalResults
                    + ", itemsPerPage=" + itemsPerPage);
        }
        if (nextCursor != null && nextCursor.isBlank()) {
            nextCursor = null;
        }
    }
}
