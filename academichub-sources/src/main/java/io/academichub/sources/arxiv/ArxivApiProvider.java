package io.academichub.sources.arxiv;

import io.academichub.source.RecordedFormat;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceOption;
import io.academichub.source.SourceProvider;

import java.util.List;

/**
 * The {@code arxiv-api} source kind: the arXiv query API, configured by a search query or an id list.
 *
 * <pre>{@code
 * --source 'arxiv-api:cat:cs.AI AND ti:diffusion'          // search_query
 * --source 'arxiv-api:id:2401.00001,2401.00002'            // id_list
 * }</pre>
 *
 * Options: {@code sortBy} ({@code relevance}, {@code lastUpdatedDate}, {@code submittedDate}; default
 * {@code submittedDate}), {@code sortOrder} ({@code ascending}, {@code descending}; default {@code descending}),
 * {@code pageSize} (1 to {@value ArxivApiQuery#MAX_PAGE_SIZE}; default {@value ArxivApiQuery#DEFAULT_PAGE_SIZE}) and
 * {@value SourceConfig#BASE_URL} (default {@value ArxivApiSource#DEFAULT_BASE_URL}).
 */
public final class ArxivApiProvider implements SourceProvider {

    /** The kind's name. */
    public static final String ID = "arxiv-api";

    /** The option naming the sort key. */
    public static final String SORT_BY = "sortBy";

    /** The option naming the sort direction. */
    public static final String SORT_ORDER = "sortOrder";

    /** The option naming the results per request. */
    public static final String PAGE_SIZE = "pageSize";

    /** For {@link java.util.ServiceLoader}. */
    public ArxivApiProvider() {
    }

    /** {@value #ID}. */
    @Override
    public String id() {
        return ID;
    }

    /** The options this kind takes besides {@code baseUrl} and {@code contact}. */
    @Override
    public List<SourceOption> options() {
        return List.of(
                SourceOption.text(SORT_BY, "submittedDate", "relevance, lastUpdatedDate or submittedDate"),
                SourceOption.text(SORT_ORDER, "descending", "ascending or descending"),
                SourceOption.number(PAGE_SIZE, Integer.toString(ArxivApiQuery.DEFAULT_PAGE_SIZE),
                        "results per request, 1 to " + ArxivApiQuery.MAX_PAGE_SIZE));
    }

    /** The format of this kind's recorded responses, for {@code academichub parse}. */
    @Override
    public List<RecordedFormat> formats() {
        return List.of(RecordedFormat.of("arxiv-atom", "a saved arXiv query API response (Atom)",
                ArxivApiParser::parse));
    }

    /** One line for listings. */
    @Override
    public String description() {
        return "arXiv query API; ARGUMENT: a search query such as 'cat:cs.AI AND ti:diffusion', or "
                + "'id:2401.00001,2401.00002'; options sortBy, sortOrder, pageSize";
    }

    /**
     * A source for the configured query.
     *
     * @throws IllegalArgumentException when the argument is blank, the id list holds something that is not an
     *                                  arXiv id, or an option has a value it cannot take (the message says which)
     */
    @Override
    public Source create(SourceConfig config) {
        ArxivApiQuery query = ArxivApiQuery.parse(config.argument());
        String sortBy = config.option(SORT_BY).orElse(null);
        if (sortBy != null) {
            query = query.withSortBy(ArxivApiQuery.SortBy.fromWireName(sortBy));
        }
        String sortOrder = config.option(SORT_ORDER).orElse(null);
        if (sortOrder != null) {
            query = query.withSortOrder(ArxivApiQuery.SortOrder.fromWireName(sortOrder));
        }
        String pageSize = config.option(PAGE_SIZE).orElse(null);
        if (pageSize != null) {
            query = query.withPageSize(pageSize(pageSize));
        }
        return new ArxivApiSource(query, config.baseUrl(ArxivApiSource.DEFAULT_BASE_URL), config.transport());
    }

    private static int pageSize(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= ArxivApiQuery.MAX_PAGE_SIZE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException(PAGE_SIZE + " must be a whole number from 1 to "
                + ArxivApiQuery.MAX_PAGE_SIZE + ": '" + text + "'");
    }
}
