package io.academichub.sources.biorxiv;

import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceException;
import io.academichub.source.SourceReport;
import io.academichub.source.SourceUnavailableException;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Preprints posted to bioRxiv or medRxiv in a date interval, from the API's {@code /details/} endpoint
 * ({@code https://api.biorxiv.org/details/{server}/{from}/{to}/{cursor}/json}, with {@code ?category=} when the
 * source is about one category), paged politely (politeness group {@code "biorxiv"}).
 *
 * <pre>{@code
 * Source s = new BiorxivSource(BiorxivServer.BIORXIV, "bioinformatics",
 *         URI.create(BiorxivSource.DEFAULT_BASE_URL), transport);
 * FetchResult r = s.fetch(FetchRequest.between(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-02")));
 * r.report().summary();   // "biorxiv:bioinformatics OK 243/245 [warning: 2 older version(s) …]"
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
 * <p><b>Errors.</b> An HTTP 200 with an empty body is a {@link io.academichub.source.FeedFormatException}; a
 * {@code messages} status other than {@code ok} (an error text) is a
 * {@link io.academichub.source.SourceRejectedException} quoting it — neither is read as "no papers". Only
 * {@code "no posts found"} with an empty collection is: an interval without posts ends {@code OK} with 0 papers.
 */
public final class BiorxivSource implements Source {

    /** The API host of both servers. */
    public static final String DEFAULT_BASE_URL = "https://api.biorxiv.org";

    /** The politeness group every request of both servers shares. */
    public static final String POLITENESS_GROUP = "biorxiv";

    private static final String ACCEPT = "application/json, */*;q=0.1";

    private final BiorxivServer server;
    private final String category;
    private final URI baseUrl;
    private final HttpTransport transport;
    private final Clock clock;
    private final String id;

    /**
     * A source for one server, about every category or one.
     *
     * @param category  a category in the underscore form ({@code cell_biology}; spaces are turned into underscores),
     *                  or {@code null} for every category
     * @param baseUrl   the API host without a trailing slash, usually {@link #DEFAULT_BASE_URL}
     * @param transport the shared transport
     * @throws IllegalArgumentException when the category is not lower-case words
     */
    public BiorxivSource(BiorxivServer server, String category, URI baseUrl, HttpTransport transport) {
        this(server, category, baseUrl, transport, Clock.systemUTC());
    }

    BiorxivSource(BiorxivServer server, String category, URI baseUrl, HttpTransport transport, Clock clock) {
        this.server = Objects.requireNonNull(server, "server");
        this.category = BiorxivCategories.fromArgument(category);
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.id = this.category == null ? server.id() : server.id() + ":" + this.category;
    }

    /** {@code biorxiv}, {@code medrxiv}, or either followed by the category: {@code biorxiv:bioinformatics}. */
    @Override
    public String id() {
        return id;
    }

    /** The server this source reads. */
    public BiorxivServer server() {
        return server;
    }

    /** The category in the underscore form, or {@code null} for every category. */
    public String category() {
        return category;
    }

    /**
     * Fetches the papers posted in the request's interval (see the class documentation for the default), page by
     * page, up to its limit.
     *
     * @throws SourceException when the first page fails: nothing was received
     */
    @Override
    public FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        LocalDate today = LocalDate.now(clock);
        LocalDate to = request.to() != null ? request.to() : today;
        LocalDate from = request.from() != null ? request.from() : to.minusDays(1);
        if (to.isBefore(from)) {
            to = from; // an open end before a future 'from': ask for that one day
        }
        int limit = request.limit();
        Map<PaperId, Paper> papers = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        int merged = 0;
        int expected = SourceReport.UNKNOWN;
        int cursor = 0;
        while (true) {
            URI uri = detailsUri(from, to, cursor);
            BiorxivParser.Parsed parsed;
            try {
                parsed = fetchPage(uri);
            } catch (SourceException e) {
                if (papers.isEmpty()) {
                    throw e;
                }
                return done(papers, merged, warnings, expected, e);
            }
            BiorxivPage page = parsed.page();
            warnings.addAll(page.warnings());
            merged += parsed.versionsMerged();
            expected = Math.min(page.total(), limit);
            if (page.cursor() != cursor) {
                warnings.add("asked for cursor " + cursor + ", the API answered with cursor " + page.cursor());
            }
            for (Paper p : page.papers()) {
                Paper earlier = papers.get(p.id());
                if (earlier != null) {
                    merged++; // versions of one preprint on two pages
                    if (p.version() > earlier.version()) {
                        papers.put(p.id(), p);
                    }
                } else if (papers.size() < limit) {
                    papers.put(p.id(), p);
                }
            }
            cursor += page.count();
            if (papers.size() >= limit || cursor >= page.total()) {
                return done(papers, merged, warnings, expected, null);
            }
            if (page.count() == 0) {
                String detail = "the API sent no records at cursor " + cursor + " of total " + page.total()
                        + "; stopped paging";
                warnings.add(detail);
                return done(papers, merged, warnings, expected,
                        new SourceUnavailableException(id, uri, 200, detail, null));
            }
        }
    }

    private FetchResult done(Map<PaperId, Paper> papers, int merged, List<String> warnings, int expected,
                             SourceException error) {
        if (merged > 0) {
            warnings.add(merged + " older version(s) of preprints listed again in the interval were merged into the "
                    + "latest version");
        }
        List<Paper> list = new ArrayList<>(papers.values());
        SourceReport report = error == null
                ? SourceReport.ok(id, expected, list.size(), warnings)
                : SourceReport.failed(id, expected, list.size(), warnings, error);
        return new FetchResult(list, report);
    }

    private BiorxivParser.Parsed fetchPage(URI uri) {
        HttpResult result = transport.get(TransportRequest.get(id, uri).inGroup(POLITENESS_GROUP).accepting(ACCEPT));
        return BiorxivParser.read(result.bodyStream(), id, uri);
    }

    /** {@code {base}/details/{server}/{from}/{to}/{cursor}/json[?category=…]}. */
    URI detailsUri(LocalDate from, LocalDate to, int cursor) {
        String query = category == null ? "" : "?category=" + category; // lower-case letters and '_' only
        return URI.create(baseUrl + "/details/" + server.id() + "/" + from + "/" + to + "/" + cursor + "/json" + query);
    }

    @Override
    public String toString() {
        return id;
    }
}
