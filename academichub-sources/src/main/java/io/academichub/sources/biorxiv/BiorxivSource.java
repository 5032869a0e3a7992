package io.academichub.sources.biorxiv;

import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.Page;
import io.academichub.source.PagedSource;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Preprints posted to bioRxiv or medRxiv in a date interval, from the API's {@code /details/} endpoint
 * ({@code https://api.biorxiv.org/details/{server}/{from}/{to}/{cursor}/json}, with {@code ?category=} when the
 * source is about one category), paged politely (politeness group {@code "biorxiv"}).
 *
 * <pre>{@code
 * Source s = new BiorxivSource(BiorxivServer.BIORXIV, "bioinformatics",
 *         URI.create(BiorxivSource.DEFAULT_BASE_URL), transport);
 * FetchResult r = s.fetch(FetchRequest.between(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-02")));
 * r.report().summary();   // "biorxiv:bioinformatics OK 243/245 [warning: 2 older versions of preprints were merged …]"
 * }</pre>
 *
 * <p><b>Interval.</b> The request's {@code from} and {@code to}, both inclusive. When both are absent the interval is
 * yesterday to today in UTC (the API files papers by their posting date, and today's list fills during the day);
 * an absent {@code from} is the day before {@code to}; an absent {@code to} is today in UTC.
 *
 * <p><b>Paging.</b> The API serves pages of its own choosing (100 records, sometimes 30): the next page starts at the
 * cursor plus the number of records this page actually held, until the {@code total} of the first message is reached
 * or the request's limit is. The report's {@code expected} is that total (capped at the limit); since the API lists
 * each version of a preprint posted in the interval and the source keeps only the highest version of each DOI,
 * {@code received} can be lower, and a warning says how many versions were merged. A page that fails after earlier
 * pages arrived, or a page with no records before the total is reached, ends the fetch with the papers so far and a
 * {@link io.academichub.source.Status#PARTIAL} report.
 *
 * <p><b>Errors.</b> An HTTP 200 with an empty body is a {@link io.academichub.error.FeedFormatException}; a
 * {@code messages} status other than {@code ok} (an error text) is a
 * {@link io.academichub.error.SourceRejectedException} quoting it — neither is read as "no papers". Only
 * {@code "no posts found"} with an empty collection is: an interval without posts ends {@code OK} with 0 papers.
 */
public final class BiorxivSource extends PagedSource {

    /** The API host of both servers. */
    public static final String DEFAULT_BASE_URL = "https://api.biorxiv.org";

    /** The politeness group every request of both servers shares. */
    public static final String POLITENESS_GROUP = "biorxiv";

    private static final String ACCEPT = "application/json, */*;q=0.1";

    private final BiorxivServer server;
    private final String category;
    private final URI baseUrl;
    private final Clock clock;

    /**
     * A source for one server, about every category or one.
     *
     * @param category  a category in the underscore form ({@code cell_biology}; spaces are turned into underscores),
     *                  or {@code null} for every category
     * @param baseUrl   the API host without a trailing slash, usually {@link #DEFAULT_BASE_URL}
     * @param transport the shared transport
     * @param server {@link BiorxivServer#BIORXIV} or {@link BiorxivServer#MEDRXIV}
     * @throws IllegalArgumentException when the category is not lower-case words
     */
    public BiorxivSource(BiorxivServer server, String category, URI baseUrl, HttpTransport transport) {
        this(server, category, baseUrl, transport, Clock.systemUTC());
    }

    BiorxivSource(BiorxivServer server, String category, URI baseUrl, HttpTransport transport, Clock clock) {
        super(id(server, BiorxivCategories.fromArgument(category)), transport, POLITENESS_GROUP, ACCEPT);
        this.server = server;
        this.category = BiorxivCategories.fromArgument(category);
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static String id(BiorxivServer server, String category) {
        Objects.requireNonNull(server, "server");
        return category == null ? server.id() : server.id() + ":" + category;
    }

    /** {@return the server this source reads} */
    public BiorxivServer server() {
        return server;
    }

    /** {@return the category in the underscore form, or {@code null} for every category} */
    public String category() {
        return category;
    }

    /** Pages of the interval by offset: the next page starts at the cursor plus the records this one held. */
    @Override
    protected Pager pager(FetchRequest request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = request.to() != null ? request.to() : today;
        LocalDate from = request.from() != null ? request.from() : to.minusDays(1);
        LocalDate until = to.isBefore(from) ? from : to; // an open end before a future 'from': ask for that one day
        return new Pager() {
            private int cursor;

            @Override
            public URI first() {
                return detailsUri(from, until, 0);
            }

            @Override
            public Page read(HttpResult response, Consumer<Paper> sink) {
                return BiorxivParser.parse(response.bodyStream(), id(), response.uri());
            }

            @Override
            public URI next(Page page, int remaining) {
                cursor += page.records();
                if (cursor >= page.total()) {
                    return null;
                }
                if (page.records() == 0) {
                    throw cameUpShort(detailsUri(from, until, cursor), "the API sent no records at cursor " + cursor
                            + " of total " + page.total() + "; stopped paging");
                }
                return detailsUri(from, until, cursor);
            }
        };
    }

    /** Of two listings of one preprint (on two pages), the higher version. */
    @Override
    protected Paper keep(Paper earlier, Paper later) {
        return later.version() > earlier.version() ? later : earlier;
    }

    /** {@code {base}/details/{server}/{from}/{to}/{cursor}/json[?category=…]}. */
    URI detailsUri(LocalDate from, LocalDate to, int cursor) {
        String query = category == null ? "" : "?category=" + category; // lower-case letters and '_' only
        return URI.create(baseUrl + "/details/" + server.id() + "/" + from + "/" + to + "/" + cursor + "/json" + query);
    }
}
