package io.academichub.source;

import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.model.Paper;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A source whose service answers with one document: a feed of its latest items (an RSS or Atom feed, arXiv's daily
 * announcement). This class owns the fetch, once for every such adapter — one GET through the shared
 * {@link HttpTransport} in the source's politeness group, the request's limit, the report — and an adapter supplies
 * only the URL and how to {@linkplain #read read} the response, the single-document counterpart of
 * {@link PagedSource}.
 *
 * <pre>{@code
 * final class WidgetFeed extends FeedSource {
 *     WidgetFeed(HttpTransport http) {
 *         super("widgets", URI.create("https://widgets.example.org/feed.xml"), http, null, "application/rss+xml");
 *     }
 *
 *     protected Page read(HttpResult response, FetchRequest request) {
 *         Page all = WidgetParser.parse(response.bodyStream(), id(), response.uri());   // papers, records, warnings
 *         return withinWindow(all, request);
 *     }
 * }
 * }</pre>
 *
 * <p>The rules, the same for every feed source:
 * <ul>
 *   <li>the papers past the request's limit are not delivered, the first ones in feed order are;</li>
 *   <li>the report's {@code expected} is how many items the feed announces ({@link Page#total()}), or else holds
 *       ({@link Page#records()}) — so an item skipped as malformed shows as {@code received < expected} — capped by
 *       the limit;</li>
 *   <li>an error document a parser meets in a 2xx response keeps the start of that response as its body, as the
 *       transport does for a 4xx ({@link SourceRejectedException#responseBody()}).</li>
 * </ul>
 *
 * <p>Instances hold no state of a fetch, so one source may fetch concurrently.
 */
public abstract class FeedSource implements Source {

    private final String id;
    private final URI feedUri;
    private final HttpTransport transport;
    private final String group;
    private final String accept;

    /**
     * @param id        the source's id, e.g. {@code nature}
     * @param feedUri   the URL of the feed, GET on every fetch
     * @param transport the shared transport every request goes through
     * @param group     the politeness group of the request ({@code "arxiv"}), or {@code null} for the URL's host
     * @param accept    the {@code Accept} header of the request, or {@code null} for any
     */
    protected FeedSource(String id, URI feedUri, HttpTransport transport, String group, String accept) {
        this.id = Objects.requireNonNull(id, "id");
        this.feedUri = Objects.requireNonNull(feedUri, "feedUri");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.group = group;
        this.accept = accept;
    }

    /**
     * Reads the feed into what the fetch delivers.
     *
     * @param response the 2xx response to {@link #feedUri()}
     * @param request  what to fetch: a date window the feed can honour is applied here ({@link #withinWindow}); one
     *                 it cannot is told in a warning
     * @return the papers in feed order, with {@code records} the items the feed holds (those skipped as malformed
     *         included) and {@code total} the items it announces, or {@link Page#UNKNOWN} — both less those outside
     *         the window
     * @throws SourceException when the response cannot be read ({@link io.academichub.error.FeedFormatException})
     *                         or is the service's error document ({@link SourceRejectedException})
     */
    protected abstract Page read(HttpResult response, FetchRequest request);

    /**
     * {@return whether a feed without any item means that the service announces nothing today, reported as
     * {@link Status#NO_ANNOUNCEMENT}; by default not: it is an empty listing, reported as OK}
     */
    protected boolean emptyMeansNoAnnouncement() {
        return false;
    }

    /**
     * {@return {@code page} with only the papers published within the request's date window (papers of unknown date
     * are kept), its {@code records} and {@code total} less those left out}
     *
     * @param page    a feed read whole
     * @param request the request whose window applies
     */
    protected static Page withinWindow(Page page, FetchRequest request) {
        if (request.from() == null && request.to() == null) {
            return page;
        }
        List<Paper> within = new ArrayList<>(page.papers().size());
        for (Paper p : page.papers()) {
            if (p.publishedWithin(request.from(), request.to())) {
                within.add(p);
            }
        }
        int outside = page.papers().size() - within.size();
        int total = page.total() == Page.UNKNOWN ? Page.UNKNOWN : Math.max(0, page.total() - outside);
        return new Page(within, Math.max(0, page.records() - outside), total, page.next(), page.warnings());
    }

    /** The source's id, as given at construction. */
    @Override
    public final String id() {
        return id;
    }

    /** {@return the URL this source GETs} */
    public final URI feedUri() {
        return feedUri;
    }

    /**
     * Fetches the feed.
     *
     * @return the papers (at most {@code request.limit()}, in feed order) with an OK report, or, for an empty feed
     *         that {@linkplain #emptyMeansNoAnnouncement() means no announcement}, a NO_ANNOUNCEMENT report
     * @throws io.academichub.error.SourceUnavailableException on 5xx, I/O errors and timeouts
     * @throws io.academichub.error.RateLimitedException       when the service keeps answering 429
     * @throws SourceRejectedException                          on other 4xx, and for the service's error document
     * @throws io.academichub.error.FeedFormatException        when the body is not the feed the source reads
     */
    @Override
    public final FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        HttpResult response = transport.get(TransportRequest.get(id, feedUri).inGroup(group).accepting(accept));
        Page page;
        try {
            page = Objects.requireNonNull(read(response, request), "page");
        } catch (SourceRejectedException e) {
            throw e.withResponseBody(response.bodyText()); // the parser streamed the error document
        }
        if (page.records() == 0 && emptyMeansNoAnnouncement()) {
            return new FetchResult(List.of(), SourceReport.noAnnouncement(id, page.warnings()));
        }
        List<Paper> papers = page.papers();
        int announced = page.total() == Page.UNKNOWN ? page.records() : page.total();
        int expected = Math.min(Math.max(announced, papers.size()), request.limit());
        if (papers.size() > request.limit()) {
            papers = papers.subList(0, request.limit());
        }
        return new FetchResult(papers, SourceReport.ok(id, expected, papers.size(), page.warnings()));
    }

    @Override
    public String toString() {
        return id;
    }
}
