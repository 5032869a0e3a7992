package io.academichub.sources.arxiv;

import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceException;
import io.academichub.source.SourceRejectedException;
import io.academichub.source.SourceReport;
import io.academichub.source.SourceUnavailableException;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
public final class ArxivApiSource implements Source {

    /** arXiv's API host. */
    public static final String DEFAULT_BASE_URL = "https://export.arxiv.org";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    // arXiv's first day: an open start of a date window begins here.
    private static final LocalDate ARXIV_START = LocalDate.of(1991, 1, 1);
    private static final String ACCEPT = "application/atom+xml, application/xml;q=0.9, */*;q=0.1";

    private final ArxivApiQuery query;
    private final URI baseUrl;
    private final HttpTransport transport;
    private final Clock clock;
    private final String id;

    /**
     * A source for {@code query}.
     *
     * @param baseUrl   the API host without a trailing slash, usually {@link #DEFAULT_BASE_URL}
     * @param transport the shared transport
     */
    public ArxivApiSource(ArxivApiQuery query, URI baseUrl, HttpTransport transport) {
        this(query, baseUrl, transport, Clock.systemUTC());
    }

    ArxivApiSource(ArxivApiQuery query, URI baseUrl, HttpTransport transport, Clock clock) {
        this.query = Objects.requireNonNull(query, "query");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.id = ArxivApiProvider.ID + ":" + query.argument();
    }

    /** {@code arxiv-api:} followed by the query, e.g. {@code arxiv-api:cat:cs.AI AND ti:diffusion}. */
    @Override
    public String id() {
        return id;
    }

    /** The query this source asks. */
    public ArxivApiQuery query() {
        return query;
    }

    /**
     * Fetches every result of the query within the request's date window, page by page, up to its limit.
     *
     * @throws SourceException when the first page fails: nothing was received
     */
    @Override
    public FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        String filter = dateWindow(request);
        int limit = request.limit();
        List<Paper> papers = new ArrayList<>();
        Set<PaperId> seen = new HashSet<>();
        List<String> warnings = new ArrayList<>();
        int duplicates = 0;
        int expected = SourceReport.UNKNOWN;
        int start = 0;
        while (true) {
            int want = Math.min(query.pageSize(), limit - papers.size());
            URI uri = query.uri(baseUrl, filter, start, want);
            ArxivApiParser.Parsed page;
            try {
                page = fetchPage(uri);
            } catch (SourceException e) {
                if (papers.isEmpty()) {
                    throw e;
                }
                return done(papers, duplicates, warnings, expected, e);
            }
            warnings.addAll(page.warnings());
            int total = page.page().totalResults();
            expected = Math.min(total, limit);
            for (Paper p : page.page().papers()) {
                if (papers.size() == limit) {
                    break;
                }
                if (seen.add(p.id())) {
                    papers.add(p);
                } else {
                    duplicates++; // results shift between pages when papers are added while we page
                }
            }
            int entries = page.entries();
            if (papers.size() >= limit || start + entries >= total) {
                return done(papers, duplicates, warnings, expected, null);
            }
            int due = Math.min(want, total - start);
            if (entries < due) {
                // arXiv sometimes answers a page with too few (often no) entries; asking on would loop or skip.
                String detail = "arXiv sent " + entries + " of the " + due + " entries due at start=" + start
                        + " (totalResults " + total + "); stopped paging";
                warnings.add(detail);
                return done(papers, duplicates, warnings, expected,
                        new SourceUnavailableException(id, uri, 200, detail, null));
            }
            start += entries;
        }
    }

    private FetchResult done(List<Paper> papers, int duplicates, List<String> warnings, int expected,
                             SourceException error) {
        if (duplicates > 0) {
            warnings.add(duplicates + " paper(s) appeared on two pages and were kept once");
        }
        SourceReport report = error == null
                ? SourceReport.ok(id, expected, papers.size(), warnings)
                : SourceReport.failed(id, expected, papers.size(), warnings, error);
        return new FetchResult(papers, report);
    }

    private ArxivApiParser.Parsed fetchPage(URI uri) {
        HttpResult result;
        try {
            result = transport.get(TransportRequest.get(id, uri).inGroup("arxiv").accepting(ACCEPT));
        } catch (SourceRejectedException e) {
            throw withArxivMessage(e);
        }
        try {
            return ArxivApiParser.read(result.bodyStream(), id, uri);
        } catch (SourceRejectedException e) {
            // An Error entry sent with 200 (older servers): keep the body, as the transport does for a 400.
            throw new SourceRejectedException(id, uri, e.status(), e.detail(), result.bodyText());
        }
    }

    /** The transport's rejection, with arXiv's own words when the body is the API's Error entry. */
    private SourceRejectedException withArxivMessage(SourceRejectedException e) {
        String body = e.responseBody();
        if (body == null || body.isBlank()) {
            return e;
        }
        try {
            ArxivApiParser.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), id, e.uri());
        } catch (SourceRejectedException arxiv) {
            return new SourceRejectedException(id, e.uri(), e.status(), arxiv.detail(), body);
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

    @Override
    public String toString() {
        return id;
    }
}
