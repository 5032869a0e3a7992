package io.academichub.sources.journals;

import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.source.FeedSource;
import io.academichub.source.FetchRequest;
import io.academichub.source.Page;

import java.net.URI;
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
public final class JournalFeedSource extends FeedSource {

    /** What the transport asks for: the feed formats first, then generic XML. */
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

    private JournalFeedSource(String id, URI feedUri, HttpTransport transport) {
        super(id, feedUri, transport, null, ACCEPT);
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

    /**
     * Reads the feed; {@code id()} is the preset's name ({@code nature}) or {@code rss:} and the feed URL. The
     * request's date window is applied to each paper's {@code published} day.
     */
    @Override
    protected Page read(HttpResult response, FetchRequest request) {
        JournalFeed feed = JournalFeedParser.parse(response.bodyStream(), id(), feedUri(), response.contentType());
        return withinWindow(new Page(feed.papers(), feed.itemCount(),
                feed.announcedCount() < 0 ? Page.UNKNOWN : feed.announcedCount(), null, feed.warnings()), request);
    }

    @Override
    public String toString() {
        return "JournalFeedSource[" + id() + " " + feedUri() + "]";
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
