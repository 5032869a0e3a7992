package io.academichub.sources.arxiv;

import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
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
import java.util.regex.Pattern;

/**
 * Today's arXiv announcement for some categories, from the RSS feed {@code <baseUrl>/rss/<categories>}
 * (default {@code https://rss.arxiv.org/rss/cs.AI+cs.LG}), fetched through the shared transport in the
 * politeness group {@code "arxiv"}.
 *
 * <pre>{@code
 * Source arxiv = new ArxivRssSource(List.of("cs.AI", "cs.LG"), URI.create(ArxivRssSource.DEFAULT_BASE_URL), http);
 * FetchResult today = arxiv.fetch(FetchRequest.latest());   // id "arxiv:cs.AI+cs.LG"
 * }</pre>
 *
 * <p>The feed holds one announcement only; on weekends and holidays it is empty and the report says
 * {@link io.academichub.source.Status#NO_ANNOUNCEMENT}. A {@link FetchRequest} date window cannot be honoured
 * and is reported as a warning (use the query API or OAI-PMH for past days); a limit is honoured.
 * Usually created by {@link ArxivRssProvider} from {@code --source arxiv:cs.AI+cs.LG}.
 */
public final class ArxivRssSource implements Source {

    /** Where arXiv serves the announcement feeds. */
    public static final String DEFAULT_BASE_URL = "https://rss.arxiv.org";
    private static final String ACCEPT = "application/rss+xml, application/xml;q=0.9, text/xml;q=0.8";
    // An archive (cs, astro-ph, cond-mat) or archive.subject (cs.AI, math.PR, cond-mat.mes-hall, physics.acc-ph).
    private static final Pattern CATEGORY = Pattern.compile("[a-z]+(?:-[a-z]+)*(?:\\.[A-Za-z]+(?:-[A-Za-z]+)*)?");

    private final List<String> categories;
    private final String id;
    private final URI feedUri;
    private final HttpTransport transport;

    /**
     * @param categories arXiv archives or categories, at least one ({@code cs.AI}, {@code astro-ph}, {@code math.PR})
     * @param baseUrl    the feed server, normally {@link #DEFAULT_BASE_URL}; no trailing slash needed
     * @param transport  the shared transport
     * @throws IllegalArgumentException when there is no category or one does not look like an arXiv category
     */
    public ArxivRssSource(List<String> categories, URI baseUrl, HttpTransport transport) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.categories = List.copyOf(checkCategories(categories));
        String joined = String.join("+", this.categories);
        this.id = "arxiv:" + joined;
        String base = baseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        this.feedUri = URI.create(base + "/rss/" + joined);
    }

    /** {@return the categories, in the order given} */
    public List<String> categories() {
        return categories;
    }

    /** {@return the feed URL this source GETs} */
    public URI feedUri() {
        return feedUri;
    }

    /** {@code arxiv:} followed by the categories joined by {@code +}, e.g. {@code arxiv:cs.AI+cs.LG}. */
    @Override
    public String id() {
        return id;
    }

    /**
     * Fetches today's announcement.
     *
     * @return the papers (at most {@code request.limit()}) with an OK report (expected = received = the items
     *         returned) or, for an empty feed, a NO_ANNOUNCEMENT report; a date window adds a warning
     * @throws io.academichub.error.SourceUnavailableException on 5xx, I/O errors and timeouts
     * @throws io.academichub.error.RateLimitedException       when arXiv keeps answering 429
     * @throws SourceRejectedException                          on other 4xx, and for arXiv's "Feed error for query"
     *                                                          channel (status 200, quoting arXiv)
     * @throws io.academichub.error.FeedFormatException        when the body is not an RSS feed
     */
    @Override
    public FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        HttpResult response = transport.get(TransportRequest.get(id, feedUri).inGroup(Arxiv.POLITENESS_GROUP).accepting(ACCEPT));
        ArxivRssFeed feed;
        try {
            feed = ArxivRssParser.parse(response.bodyStream(), id, feedUri);
        } catch (SourceRejectedException e) {
            throw e.withResponseBody(response.bodyText()); // the parser streamed the error document
        }
        List<String> warnings = new ArrayList<>(feed.warnings());
        if (request.from() != null || request.to() != null) {
            warnings.add("the RSS feed carries only the latest announcement"
                    + (feed.announced() == null ? "" : " (" + feed.announced() + ")")
                    + "; the requested window " + window(request) + " was not applied"
                    + " (use the arXiv API or OAI-PMH for past days)");
        }
        if (feed.noAnnouncement()) {
            return new FetchResult(List.of(), SourceReport.noAnnouncement(id, warnings));
        }
        List<Paper> papers = feed.papers();
        int expected = Math.min(feed.itemCount(), request.limit());
        if (papers.size() > request.limit()) {
            papers = papers.subList(0, request.limit());
        }
        return new FetchResult(papers, SourceReport.ok(id, expected, papers.size(), warnings));
    }

    @Override
    public String toString() {
        return "ArxivRssSource[" + feedUri + "]";
    }

    private static String window(FetchRequest request) {
        return (request.from() == null ? "…" : request.from().toString()) + ".."
                + (request.to() == null ? "…" : request.to().toString());
    }

    private static List<String> checkCategories(List<String> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("no arXiv category given; expected e.g. cs.AI or cs.AI+cs.LG");
        }
        for (String c : categories) {
            if (c == null || !CATEGORY.matcher(c).matches()) {
                throw new IllegalArgumentException("'" + c + "' is not an arXiv category; expected an archive such as "
                        + "cs or astro-ph, or a category such as cs.AI or cond-mat.mes-hall");
            }
        }
        return categories;
    }
}
