package io.academichub.sources.crossref;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Works from the Crossref REST API ({@code https://api.crossref.org/works}) matching a filter — usually a journal's
 * ISSN — fetched with deep paging, politely (politeness group {@code "crossref"}).
 *
 * <pre>{@code
 * Source s = new CrossrefSource("crossref:1932-6203", "issn:1932-6203", URI.create(CrossrefSource.DEFAULT_BASE_URL),
 *         "me@example.org", 100, transport);
 * FetchResult r = s.fetch(FetchRequest.between(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-07")));
 * }</pre>
 *
 * <p>Requests are {@code GET <base>/works?filter=<filter>,from-pub-date:…,until-pub-date:…&rows=…&sort=published
 * &order=desc&cursor=*&mailto=…}: the request's date window becomes the {@code from-pub-date} and
 * {@code until-pub-date} filters (unless the configured filter already sets that bound, in which case the
 * configured one stays and a warning says so), newest first so that a limit keeps the latest works. The first page
 * asks for {@code cursor=*}; each next page for the {@code next-cursor} the previous page gave. Paging stops when a
 * page holds fewer items than asked for (the last page; Crossref's documented end of a cursor), when
 * {@code total-results} or the request's limit is reached, or when Crossref repeats a cursor it already gave, which
 * would only bring the same page again (the works so far then come back as
 * {@link io.academichub.source.Status#PARTIAL}, with a warning).
 *
 * <p>The {@code mailto} parameter puts the requests in Crossref's "polite" pool. It is this source's own setting;
 * the transport's {@link HttpTransport.Builder#contact contact}, sent in the {@code User-Agent}, is separate and
 * also recognised by Crossref. The report's {@code expected} is Crossref's {@code total-results} (capped by the
 * limit). When a later page fails, the works so far come back with a {@link io.academichub.source.Status#PARTIAL}
 * report. Crossref's {@code "status": "failed"} document (sent with HTTP 400) becomes a
 * {@link SourceRejectedException} quoting Crossref's message.
 */
public final class CrossrefSource extends PagedSource {

    /** Crossref's REST API host. */
    public static final String DEFAULT_BASE_URL = "https://api.crossref.org";

    /** The politeness group all Crossref requests share. */
    public static final String POLITENESS_GROUP = "crossref";

    /** The most works Crossref returns per request. */
    public static final int MAX_ROWS = 1000;

    /** Works asked for per request unless configured otherwise. */
    public static final int DEFAULT_ROWS = 100;

    private static final String ACCEPT = "application/json";

    private final String filter;
    private final URI baseUrl;
    private final String mailto;
    private final int rows;

    /**
     * A source for the works matching {@code filter}.
     *
     * @param id        the source's id, e.g. {@code crossref:1932-6203}
     * @param filter    a Crossref filter expression such as {@code issn:1932-6203} or
     *                  {@code type:journal-article,prefix:10.1101}; may be empty for all works
     * @param baseUrl   the API host without a trailing slash, usually {@link #DEFAULT_BASE_URL}
     * @param mailto    the contact address for Crossref's polite pool, or {@code null}
     * @param rows      works per request, 1 to {@value #MAX_ROWS}
     * @param transport the shared transport
     * @throws IllegalArgumentException when {@code rows} is out of range or the id is blank
     */
    public CrossrefSource(String id, String filter, URI baseUrl, String mailto, int rows, HttpTransport transport) {
        super(id, transport, POLITENESS_GROUP, ACCEPT);
        this.filter = Objects.requireNonNull(filter, "filter").strip();
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.mailto = mailto == null || mailto.isBlank() ? null : mailto.strip();
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be from 1 to " + MAX_ROWS + ": " + rows);
        }
        this.rows = rows;
    }

    /** {@return the configured filter expression, without the request's date window} */
    public String filter() {
        return filter;
    }

    /** Pages of {@code /works}: the first asks for {@code cursor=*}, each next one for the cursor the last gave. */
    @Override
    protected Pager pager(FetchRequest request) {
        List<String> windowWarnings = new ArrayList<>();
        String fullFilter = withDateWindow(request, windowWarnings);
        return new Pager() {
            private int want = Math.min(rows, request.limit());
            private int read;

            @Override
            public URI first() {
                return uri(fullFilter, want, "*");
            }

            @Override
            public Page read(HttpResult response, Consumer<Paper> sink) {
                Page page = CrossrefParser.read(response.bodyStream(), id(), response.uri(), CrossrefParser.WORK_LIST);
                read += page.records();
                return page;
            }

            @Override
            public URI next(Page page, int remaining) {
                // A page short of what was asked is the last one: Crossref's documented end of a cursor.
                if (page.records() < want || read >= page.total() || !page.hasNext()) {
                    return null;
                }
                want = Math.min(rows, remaining);
                return uri(fullFilter, want, page.next());
            }

            @Override
            public List<String> summary() {
                return windowWarnings;
            }
        };
    }

    /** The transport's rejection, with Crossref's own words when the body is its failure document. */
    @Override
    protected SourceException failed(SourceException failure) {
        if (!(failure instanceof SourceRejectedException e)) {
            return failure;
        }
        String body = e.responseBody();
        if (body == null || body.isBlank()) {
            return e;
        }
        try {
            CrossrefParser.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), id(), e.uri(), null);
        } catch (SourceRejectedException crossref) {
            return new SourceRejectedException(id(), e.uri(), e.status(), e.detail() + ": " + crossref.detail(), body);
        } catch (SourceException notJson) {
            // Crossref answers an unknown DOI with plain text ("Resource not found."): quote it when it is short
            String text = body.strip();
            if (text.length() <= 200 && !text.startsWith("<")) {
                return new SourceRejectedException(id(), e.uri(), e.status(), e.detail() + ": " + text, body);
            }
        }
        return e;
    }

    /** The configured filter with the request's window added as {@code from-pub-date}/{@code until-pub-date}. */
    private String withDateWindow(FetchRequest request, List<String> warnings) {
        StringBuilder f = new StringBuilder(filter);
        addBound(f, "from-pub-date", request.from() == null ? null : request.from().toString(), warnings);
        addBound(f, "until-pub-date", request.to() == null ? null : request.to().toString(), warnings);
        return f.toString();
    }

    private void addBound(StringBuilder f, String name, String value, List<String> warnings) {
        if (value == null) {
            return;
        }
        if (hasFilter(name)) {
            warnings.add("the configured filter sets " + name + "; the request's " + value + " was not applied");
            return;
        }
        if (f.length() > 0) {
            f.append(',');
        }
        f.append(name).append(':').append(value);
    }

    private boolean hasFilter(String name) {
        for (String part : filter.split(",")) {
            if (part.strip().startsWith(name + ":")) {
                return true;
            }
        }
        return false;
    }

    private URI uri(String fullFilter, int want, String cursor) {
        StringBuilder q = new StringBuilder(baseUrl.toString()).append("/works?");
        if (!fullFilter.isEmpty()) {
            q.append("filter=").append(encode(fullFilter)).append('&');
        }
        q.append("rows=").append(want).append("&sort=published&order=desc&cursor=").append(encode(cursor));
        if (mailto != null) {
            q.append("&mailto=").append(encode(mailto));
        }
        return URI.create(q.toString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
