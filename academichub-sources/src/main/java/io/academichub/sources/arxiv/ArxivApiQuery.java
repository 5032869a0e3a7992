package io.academichub.sources.arxiv;

import io.academichub.model.PaperId;
import io.academichub.model.VersionedId;
import io.academichub.text.CleanText;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to ask the arXiv query API: either a {@code search_query} or an {@code id_list}, a sort, and the page size.
 *
 * <pre>{@code
 * ArxivApiQuery.parse("cat:cs.AI AND ti:diffusion")              // search_query
 * ArxivApiQuery.parse("id:2401.00001,hep-th/9901001v2")         // id_list
 *         .withSortBy(ArxivApiQuery.SortBy.LAST_UPDATED_DATE).withPageSize(500);
 * }</pre>
 *
 * @param searchQuery the search query in arXiv's syntax ({@code au:…}, {@code ti:…}, {@code cat:…}, AND, OR,
 *                    ANDNOT), or {@code ""} when the query is an id list
 * @param idList      arXiv ids, with a version where one was given ({@code 1111.2011v2}); empty for a search
 * @param sortBy      the sort key
 * @param sortOrder   the sort direction
 * @param pageSize    results per request, 1 to {@value #MAX_PAGE_SIZE}
 */
public record ArxivApiQuery(String searchQuery, List<String> idList, SortBy sortBy, SortOrder sortOrder,
                            int pageSize) {

    /** Results per request unless configured: arXiv's own suggestion for polite paging. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** The most results arXiv returns in one request. */
    public static final int MAX_PAGE_SIZE = 2000;

    /** The argument prefix that makes the rest an id list. */
    static final String ID_LIST_PREFIX = "id:";

    // Kept as they are in the query string: unreserved characters and the ':' ',' '/' arXiv queries are full of.
    private static final String KEEP = "-._~:,/";

    /**
     * Checks the components as described above, and copies the collections (the record is immutable).
     *
     * @param searchQuery the search query in arXiv's syntax ({@code au:…}, {@code ti:…}, {@code cat:…}, AND, OR,
     *                    ANDNOT), or {@code ""} when the query is an id list
     * @param idList      arXiv ids, with a version where one was given ({@code 1111.2011v2}); empty for a search
     * @param sortBy      the sort key
     * @param sortOrder   the sort direction
     * @param pageSize    results per request, 1 to {@value #MAX_PAGE_SIZE}
     */
    public ArxivApiQuery {
        searchQuery = searchQuery == null ? "" : CleanText.foldWhitespace(searchQuery);
        idList = List.copyOf(idList);
        Objects.requireNonNull(sortBy, "sortBy");
        Objects.requireNonNull(sortOrder, "sortOrder");
        if (searchQuery.isEmpty() == idList.isEmpty()) {
            throw new IllegalArgumentException(searchQuery.isEmpty()
                    ? "an arXiv API query needs a search query or an id list"
                    : "an arXiv API query is either a search query or an id list, not both");
        }
        for (String id : idList) {
            VersionedId v = PaperId.parseVersioned(id);
            if (!v.id().isArxiv() || !id.equals(spell(v))) {
                throw new IllegalArgumentException("not a bare arXiv id (such as 2401.00001 or hep-th/9901001v2) "
                        + "in the id list: '" + id + "'");
            }
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be from 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
        }
    }

    /**
     * {@return the query a user wrote: {@code id:ID,ID,…} for an id list (ids in any form {@link PaperId#parse} takes,
     * such as abs URLs; versions are kept), anything else for a search query} Sorted by submission date, newest first,
     * {@value #DEFAULT_PAGE_SIZE} per page.
     *
     * @param argument the argument as a user wrote it after {@code arxiv-api:}
     * @throws IllegalArgumentException when the argument is blank or the id list holds something that is no arXiv id
     */
    public static ArxivApiQuery parse(String argument) {
        String a = argument == null ? "" : argument.strip();
        if (a.isEmpty()) {
            throw new IllegalArgumentException("the arXiv API source needs a search query such as "
                    + "'cat:cs.AI AND ti:diffusion', or an id list such as 'id:2401.00001,2401.00002'");
        }
        List<String> ids = new ArrayList<>();
        if (a.regionMatches(true, 0, ID_LIST_PREFIX, 0, ID_LIST_PREFIX.length())) {
            for (String token : a.substring(ID_LIST_PREFIX.length()).split("[,\\s]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                VersionedId v;
                try {
                    v = PaperId.parseVersioned(token);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("not an arXiv id in the id list '" + a + "': '" + token + "'", e);
                }
                if (!v.id().isArxiv()) {
                    throw new IllegalArgumentException("not an arXiv id in the id list '" + a + "': '" + token + "'");
                }
                ids.add(spell(v));
            }
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("the id list '" + a + "' names no arXiv id");
            }
            return new ArxivApiQuery("", ids, SortBy.SUBMITTED_DATE, SortOrder.DESCENDING, DEFAULT_PAGE_SIZE);
        }
        return new ArxivApiQuery(a, ids, SortBy.SUBMITTED_DATE, SortOrder.DESCENDING, DEFAULT_PAGE_SIZE);
    }

    /**
     * {@return this query sorted by {@code sortBy}}
     *
     * @param sortBy the sortBy
     */
    public ArxivApiQuery withSortBy(SortBy sortBy) {
        return new ArxivApiQuery(searchQuery, idList, sortBy, sortOrder, pageSize);
    }

    /**
     * {@return this query in {@code sortOrder}}
     *
     * @param sortOrder the sortOrder
     */
    public ArxivApiQuery withSortOrder(SortOrder sortOrder) {
        return new ArxivApiQuery(searchQuery, idList, sortBy, sortOrder, pageSize);
    }

    /**
     * {@return this query fetched {@code pageSize} results per request}
     *
     * @param pageSize the pageSize
     */
    public ArxivApiQuery withPageSize(int pageSize) {
        return new ArxivApiQuery(searchQuery, idList, sortBy, sortOrder, pageSize);
    }

    /**
     * {@return the query as a user writes it, the inverse of {@link #parse}: the search query, or {@code id:ID,ID,…}}
     */
    public String argument() {
        return idList.isEmpty() ? searchQuery : ID_LIST_PREFIX + String.join(",", idList);
    }

    /**
     * The request URL for one page: {@code <baseUrl>/api/query?search_query=…&id_list=…&start=…&max_results=…
     * &sortBy=…&sortOrder=…}.
     *
     * @param filter a clause ANDed into the search query (the submitted-date window), or {@code null}
     */
    URI uri(URI baseUrl, String filter, int start, int maxResults) {
        String search = searchQuery;
        if (filter != null) {
            // Parenthesised so that "a OR b" stays one operand of the AND.
            search = search.isEmpty() ? filter : "(" + search + ") AND " + filter;
        }
        return URI.create(baseUrl + "/api/query?search_query=" + encode(search)
                + "&id_list=" + encode(String.join(",", idList))
                + "&start=" + start + "&max_results=" + maxResults
                + "&sortBy=" + sortBy.wireName() + "&sortOrder=" + sortOrder.wireName());
    }

    private static String spell(VersionedId v) {
        return v.version() > 0 ? v.id().value() + "v" + v.version() : v.id().value();
    }

    /** Percent-encodes a query-string value; spaces become {@code %20}, which every server reads as a space. */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || KEEP.indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /** The API's sort keys. */
    public enum SortBy {
        /** Best match first. */
        RELEVANCE("relevance"),
        /** By the date of the latest version. */
        LAST_UPDATED_DATE("lastUpdatedDate"),
        /** By the date of the first version. */
        SUBMITTED_DATE("submittedDate");

        private final String wireName;

        SortBy(String wireName) {
            this.wireName = wireName;
        }

        /** {@return the name in the {@code sortBy} parameter, e.g. {@code lastUpdatedDate}} */
        public String wireName() {
            return wireName;
        }

        /**
         * {@return the sort key arXiv calls {@code text} ({@code relevance}, {@code lastUpdatedDate}, {@code
         * submittedDate})}
         *
         * @param text the name as the arXiv API writes it
         * @throws IllegalArgumentException naming the accepted values when {@code text} is none of them
         */
        public static SortBy fromWireName(String text) {
            for (SortBy s : values()) {
                if (s.wireName.equals(text)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("sortBy must be relevance, lastUpdatedDate or submittedDate: '"
                    + text + "'");
        }
    }

    /** The API's sort directions. */
    public enum SortOrder {
        /** Oldest (or least relevant) first. */
        ASCENDING,
        /** Newest (or most relevant) first. */
        DESCENDING;

        /** {@return the name in the {@code sortOrder} parameter: {@code ascending} or {@code descending}} */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * {@return the direction arXiv calls {@code text} ({@code ascending} or {@code descending})}
         *
         * @param text the name as the arXiv API writes it
         * @throws IllegalArgumentException when {@code text} is neither
         */
        public static SortOrder fromWireName(String text) {
            for (SortOrder s : values()) {
                if (s.wireName().equals(text)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("sortOrder must be ascending or descending: '" + text + "'");
        }
    }
}
