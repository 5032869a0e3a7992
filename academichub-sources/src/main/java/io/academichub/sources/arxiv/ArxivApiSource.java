package io.academichub.sources.arxiv;

import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.Page;
import io.academichub.source.PagedSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Papers from the arXiv query API ({@code https://export.arxiv.org/api/query}): a search or an id list, paged
 * until arXiv's {@code totalResults} or the request's limit, politely (politeness group {@code "arxiv"}).
 *
 * <pre>{@code
 * Source s = new ArxivApiSource(ArxivApiQuery.parse("cat:cs.AI AND ti:diffusion"),
 *         URI.create(ArxivApiSource.DEFAULT_BASE_URL), transport);
 * FetchResult r = s.fetch(FetchRequest.between(LocalDate.parse("2026-06-01"), null).withLimit(300));
 * }</pre>
 *
 * <p>A request's date window becomes {@code submittedDate:[YYYYMMDD0000 TO YYYYMMDD2359]} ANDed into the search
 * query (an open end runs from arXiv's start in 1991, or to today in UTC). arXiv's {@code Error} entry, sent with
 * HTTP 400 (or 200 by older servers), becomes a {@link SourceRejectedException} quoting arXiv's message. When a page
 * fails after earlier pages arrived, or arXiv sends fewer entries than due before {@code totalResults} (a known
 * quirk of the API), the papers so far come back with a {@link io.academichub.source.Status#PARTIAL} report.
 */
public final class ArxivApiSource extends PagedSource {

    /** arXiv's API host. */
    public static final String DEFAULT_BASE_URL = "https://export.arxiv.org";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    // arXiv's first day: an open start of a date window begins here.
    private static final LocalDate ARXIV_START = LocalDate.of(1991, 1, 1);
    private static final String ACCEPT = "application/atom+xml, application/xml;q=0.9, */*;q=0.1";

    private final ArxivApiQuery query;
    private final URI baseUrl;
    private final Clock clock;

    /**
     * A source for {@code query}.
     *
     * @param baseUrl   the API host without a trailing slash, usually {@link #DEFAULT_BASE_URL}
     * @param transport the shared transport
     * @param query what to search for
     */
    public ArxivApiSource(ArxivApiQuery query, URI baseUrl, HttpTransport transport) {
        this(query, baseUrl, transport, Clock.systemUTC());
    }

    ArxivApiSource(ArxivApiQuery query, URI baseUrl, HttpTransport transport, Clock clock) {
        super(ArxivApiProvider.ID + ":" + query.argument(), transport, Arxiv.POLITENESS_GROUP, ACCEPT);
        this.query = query;
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@return the query this source asks} */
    public ArxivApiQuery query() {
        return query;
    }

    /** Pages by offset: each next page starts after the entries the last one held. */
    @Override
    protected Pager pager(FetchRequest request) {
        String filter = dateWindow(request);
        return new Pager() {
            private int start;
            private int want = Math.min(query.pageSize(), request.limit());

            @Override
            public URI first() {
                return query.uri(baseUrl, filter, 0, want);
            }

            @Override
            public Page read(HttpResult response, Consumer<Paper> sink) {
                return ArxivApiParser.parse(response.bodyStream(), id(), response.uri());
            }

            @Override
            public URI next(Page page, int remaining) {
                int due = Math.min(want, page.total() - start);
                start += page.records();
                if (start >= page.total()) {
                    return null;
                }
                if (page.records() < due) {
                    // arXiv sometimes answers a page with too few (often no) entries; asking on would loop or skip.
                    throw cameUpShort(query.uri(baseUrl, filter, start - page.records(), want), "arXiv sent "
                            + page.records() + " of the " + due + " entries due at start=" + (start - page.records())
                            + " (totalResults " + page.total() + "); stopped paging");
                }
                want = Math.min(query.pageSize(), remaining);
                return query.uri(baseUrl, filter, start, want);
            }
        };
    }

    /** The transport's rejection, with arXiv's own words when the body is the API's Error entry. */
    @Override
    protected SourceException failed(SourceException failure) {
        if (!(failure instanceof SourceRejectedException e) || e.responseBody() == null || e.responseBody().isBlank()) {
            return failure;
        }
        try {
            ArxivApiParser.parse(new ByteArrayInputStream(e.responseBody().getBytes(StandardCharsets.UTF_8)), id(),
                    e.uri());
        } catch (SourceRejectedException arxiv) {
            return new SourceRejectedException(id(), e.uri(), e.status(), arxiv.detail(), e.responseBody());
        } catch (SourceException notAnApiFeed) {
            // an HTML error page or the like: the transport's own message says all there is
        }
        return e;
    }

    /** The submitted-date clause for the request's window, or {@code null} when it has none. */
    private String dateWindow(FetchRequest request) {
        if (request.from() == null && request.to() == null) {
            return null;
        }
        LocalDate from = request.from() != null ? request.from() : ARXIV_START;
        LocalDate to = request.to() != null ? request.to() : LocalDate.now(clock);
        return "submittedDate:[" + DAY.format(from) + "0000 TO " + DAY.format(to) + "2359]";
    }
}
