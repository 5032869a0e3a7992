package io.academichub.sources.arxiv;

import io.academichub.error.SourceRejectedException;
import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.source.FeedSource;
import io.academichub.source.FetchRequest;
import io.academichub.source.Page;

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
public final class ArxivRssSource extends FeedSource {

    /** Where arXiv serves the announcement feeds. */
    public static final String DEFAULT_BASE_URL = "https://rss.arxiv.org";
    private static final String ACCEPT = "application/rss+xml, application/xml;q=0.9, text/xml;q=0.8";
    // An archive (cs, astro-ph, cond-mat) or archive.subject (cs.AI, math.PR, cond-mat.mes-hall, physics.acc-ph).
    private static final Pattern CATEGORY = Pattern.compile("[a-z]+(?:-[a-z]+)*(?:\\.[A-Za-z]+(?:-[A-Za-z]+)*)?");

    private final List<String> categories;

    /**
     * @param categories arXiv archives or categories, at least one ({@code cs.AI}, {@code astro-ph}, {@code math.PR})
     * @param baseUrl    the feed server, normally {@link #DEFAULT_BASE_URL}; no trailing slash needed
     * @param transport  the shared transport
     * @throws IllegalArgumentException when there is no category or one does not look like an arXiv category
     */
    public ArxivRssSource(List<String> categories, URI baseUrl, HttpTransport transport) {
        super("arxiv:" + joined(categories), feedUrl(baseUrl, joined(categories)), transport,
                Arxiv.POLITENESS_GROUP, ACCEPT);
        this.categories = List.copyOf(categories);
    }

    /** {@return the categories, in the order given} */
    public List<String> categories() {
        return categories;
    }

    /**
     * Reads today's announcement; {@code id()} is {@code arxiv:} followed by the categories joined by {@code +}, e.g.
     * {@code arxiv:cs.AI+cs.LG}. A date window cannot be honoured (the feed holds one announcement): it becomes a
     * warning, and an empty feed means no announcement today.
     *
     * @throws SourceRejectedException for arXiv's "Feed error for query" channel (status 200, quoting arXiv)
     */
    @Override
    protected Page read(HttpResult response, FetchRequest request) {
        ArxivRssFeed feed = ArxivRssParser.parse(response.bodyStream(), id(), feedUri());
        List<String> warnings = new ArrayList<>(feed.warnings());
        if (request.from() != null || request.to() != null) {
            warnings.add("the RSS feed carries only the latest announcement"
                    + (feed.announced() == null ? "" : " (" + feed.announced() + ")")
                    + "; the requested window " + window(request) + " was not applied"
                    + " (use the arXiv API or OAI-PMH for past days)");
        }
        return new Page(feed.papers(), feed.itemCount(), Page.UNKNOWN, null, warnings);
    }

    /** {@return true: arXiv's feed is empty on the days it announces nothing (weekends, holidays)} */
    @Override
    protected boolean emptyMeansNoAnnouncement() {
        return true;
    }

    @Override
    public String toString() {
        return "ArxivRssSource[" + feedUri() + "]";
    }

    private static String joined(List<String> categories) {
        return String.join("+", checkCategories(Objects.requireNonNull(categories, "categories")));
    }

    private static URI feedUrl(URI baseUrl, String joined) {
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/rss/" + joined);
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
