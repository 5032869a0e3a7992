package io.academichub.sources.arxiv;

import io.academichub.model.Paper;

import java.util.List;

/**
 * One page of an arXiv query API response: its papers and the OpenSearch counters that drive paging.
 *
 * <pre>{@code
 * ArxivApiPage page = ArxivApiParser.parse(in, "arxiv-api:all:testing", uri);
 * boolean more = page.startIndex() + page.papers().size() < page.totalResults();
 * }</pre>
 *
 * @param papers       the page's papers, in the order arXiv sent them
 * @param totalResults how many results the query has in all ({@code opensearch:totalResults})
 * @param startIndex   the 0-based offset of this page in the results ({@code opensearch:startIndex})
 * @param itemsPerPage the page size arXiv used ({@code opensearch:itemsPerPage}), which may exceed the papers sent
 */
public record ArxivApiPage(List<Paper> papers, int totalResults, int startIndex, int itemsPerPage) {

    public ArxivApiPage {
        papers = List.copyOf(papers);
        if (totalResults < 0 || startIndex < 0 || itemsPerPage < 0) {
            throw new IllegalArgumentException("negative counter: totalResults=" + totalResults + ", startIndex="
                    + startIndex + ", itemsPerPage=" + itemsPerPage);
        }
    }
}
