package io.academichub.sources.journals;

import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceReport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One journal feed — any RSS 0.9x/1.0/2.0 or Atom URL, or a {@link JournalPreset} — fetched through the shared
 * transport (politeness group: the feed's host) and parsed by {@link JournalFeedParser}.
 *
 * <pre>{@code
 * Source nature = JournalFeedSource.of(JournalPreset.byId("nature").orElseThrow(), http); // id "nature"
 * Source any = JournalFeedSource.of(URI.create("https://www.pnas.org/rss/latest"), http); // id "rss:https://…"
 * FetchResult latest = nature.fetch(FetchRequest.latest());
 * }</pre>
 *
 * <p>A feed holds its latest items only. A {@link FetchRequest} date window is applied to each paper's
 * {@code published} day; a limit keeps the first papers in feed order. The report's {@code expected} is what the
 * feed announces (an RSS 1.0 channel lists its items) or else the items it holds, less those outside the window, at
 * most the limit; so a skipped malformed item shows as {@code received < expected}, with a warning saying why.
 */
public final class JournalFeedSource implements Source {

    /** What the transport asks for: the feed formats first, then generic XML. */
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

    private final String id;
    private final URI feedUri;
    private final HttpTransport transport;

    private JournalFeedSource(String id, URI feedUri, HttpTransport transport) {
        this.id = id;
        this.feedUri = feedUri;
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * {@return a source for any feed URL; its id is {@code rss:<url>}}
     *
     * @param feedUrl the feed's URL, an absolute http(s) URL
     * @param transport the shared transport every request goes through
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
     */
    public static JournalFeedSource of(URI feedUrl, HttpTransport transport) {
        URI checked = checkFeedUrl(feedUrl);
        return new JournalFeedSource("rss:" + checked, checked, transport);
    }

    /**
     * {@return a source for a preset journal at its publisher's URL; its id is the preset's ({@code nature})}
     *
     * @param preset the preset journal
     * @param transport the shared transport every request goes through
     */
    public static JournalFeedSource of(JournalPreset preset, HttpTransport transport) {
        return of(preset, preset.feedUrl(), transport);
    }

    /**
     * {@return a source for a preset journal whose feed is fetched from {@code feedUrl} (a mirror, or WireMock in
     * tests); its id stays the preset's}
     *
     * @param preset the preset journal
     * @param feedUrl the feed's URL, an absolute http(s) URL
     * @param transport the shared transport every request goes through
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
     */
    public static JournalFeedSource of(JournalPreset preset, URI feedUrl, HttpTransport transport) {
        Objects.requireNonNull(preset, "preset");
        return new JournalFeedSource(preset.id(), checkFeedUrl(feedUrl), transport);
    }

    /** {@return the URL this source GETs} */
    public URI feedUri() {
        return feedUri;
    }

    /** The preset's name ({@code nature}) or {@code rss:} and the feed URL. */
    @Override
    public String id() {
        return id;
    }

    /**
     * Fetches the feed.
     *
     * @return the papers in the window, at most {@code request.limit()}, with an OK report; warnings name skipped items
     * @throws io.academichub.error.SourceUnavailableException on 5xx, I/O errors and timeouts
     * @throws io.academichub.error.RateLimitedException       when the host keeps answering 429
     * @throws io.academichub.error.SourceRejectedException    on other 4xx (404: the feed moved)
     * @throws io.academichub.error.FeedFormatException        when the body is not an RSS or Atom feed, or has a DOCTYPE
     */
    @Override
    public FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        HttpResult response = transport.get(TransportRequest.get(id, feedUri).accepting(ACCEPT));
        JournalFeed feed = JournalFeedParser.parse(response.bodyStream(), id, feedUri, response.contentType());
        List<Paper> papers = new ArrayList<>(feed.papers().size());
        int outside = 0;
        for (Paper p : feed.papers()) {
            if (!p.publishedWithin(request.from(), request.to())) {
                outside++;
            } else {
                papers.add(p);
            }
        }
        int expected = Math.min(Math.max(feed.expected() - outside, papers.size()), request.limit());
        if (papers.size() > request.limit()) {
            papers = papers.subList(0, request.limit());
        }
        return new FetchResult(papers, SourceReport.ok(id, expected, papers.size(), feed.warnings()));
    }

    @Override
    public String toString() {
        return "JournalFeedSource[" + id + " " + feedUri + "]";
    }

    static URI checkFeedUrl(URI url) {
        Objects.requireNonNull(url, "feedUrl");
        String scheme = url.getScheme();
        if (!url.isAbsolute() || url.getHost() == null || scheme == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("a feed URL must be an absolute http(s) URL: '" + url + "'");
        }
        return url;
    }
}
