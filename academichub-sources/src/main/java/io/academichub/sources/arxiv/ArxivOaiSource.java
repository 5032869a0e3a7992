package io.academichub.sources.arxiv;

import io.academichub.error.SourceException;
import io.academichub.http.HttpResult;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.Page;
import io.academichub.source.PagedSource;
import io.academichub.source.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Harvests arXiv's metadata through OAI-PMH ({@code https://oaipmh.arxiv.org/oai}): {@code ListRecords} for one set
 * (or all of arXiv) and a date window, following {@code resumptionToken}s to the end of the list.
 *
 * <pre>{@code
 * ArxivOaiSource cs = new ArxivOaiSource(SourceConfig.of("cs:cs:AI", transport));
 * OaiHarvestResult r = cs.harvest(FetchRequest.between(LocalDate.parse("2026-06-01"), null), paper -> store.add(paper));
 * System.out.println(r.report().summary());      // arxiv-oai:cs:cs:AI OK 5120/5120
 * }</pre>
 *
 * <p>{@link #harvest} streams: each paper goes to the consumer as soon as its record is read, and only one response
 * is held at a time, so memory does not grow with the number of records. {@link #fetch} collects into a list through
 * it. The first request names {@code metadataPrefix}, {@code set}, {@code from} and {@code until} (the request's
 * {@code from}/{@code to}, {@code YYYY-MM-DD}; without {@code from} the whole set is harvested); each later one only
 * {@code verb} and {@code resumptionToken}, as the protocol requires. Every request goes through the shared transport
 * in politeness group {@code "arxiv"}.
 *
 * <p>Configuration: the argument is the set spec ({@code cs}, {@code cs:cs:AI}, {@code physics:hep-th}, or empty
 * for all); option {@value #METADATA_PREFIX} is {@code arXivRaw} (default, with every version's date) or
 * {@code arXiv}; option {@value SourceConfig#BASE_URL} replaces {@value #DEFAULT_BASE_URL}.
 *
 * <p>Failures: when the first response fails and nothing arrived, the typed {@link SourceException} is thrown; after
 * that, the harvest stops and reports {@link io.academichub.source.Status#PARTIAL} with the error (the server's OAI
 * error text for {@code badResumptionToken} and the like). A server that hands out a resumption token it already
 * gave is a {@link io.academichub.error.SourceUnavailableException}, never an endless loop. {@code noRecordsMatch} is an empty, OK result.
 */
public final class ArxivOaiSource extends PagedSource {

    /** arXiv's OAI-PMH endpoint. */
    public static final String DEFAULT_BASE_URL = "https://oaipmh.arxiv.org/oai";
    /** The option choosing the metadata format: {@code arXivRaw} (default) or {@code arXiv}. */
    public static final String METADATA_PREFIX = "metadataPrefix";
    /** The kind's id, and the prefix of every configured source's id. */
    public static final String KIND = "arxiv-oai";

    private static final Logger log = LoggerFactory.getLogger(ArxivOaiSource.class);
    // OAI-PMH setSpec syntax, without the characters arXiv never uses; rejects "cs.AI+cs.LG" and spaces.
    private static final Pattern SET_SPEC = Pattern.compile("[A-Za-z0-9._-]+(?::[A-Za-z0-9._-]+)*");
    private static final String ACCEPT = "text/xml, application/xml;q=0.9, */*;q=0.1";

    private final String set;
    private final String metadataPrefix;
    private final URI baseUrl;

    /**
     * A source for the set named by {@code config}'s argument.
     *
     * @param config the configuration: argument, options and the shared transport
     * @throws IllegalArgumentException when the set spec, the metadata prefix or the base URL is not valid
     */
    public ArxivOaiSource(SourceConfig config) {
        super(checkSet(config.argument()).isEmpty() ? KIND : KIND + ":" + checkSet(config.argument()),
                config.transport(), Arxiv.POLITENESS_GROUP, ACCEPT);
        this.set = checkSet(config.argument());
        this.metadataPrefix = config.option(METADATA_PREFIX).map(ArxivOaiSource::checkPrefix).orElse("arXivRaw");
        this.baseUrl = config.baseUrl(DEFAULT_BASE_URL);
    }

    /**
     * The set spec, checked: blank for all of arXiv, else OAI {@code setSpec} syntax.
     *
     * @throws IllegalArgumentException saying what a set spec looks like
     */
    static String checkSet(String set) {
        String s = set == null ? "" : set.strip();
        if (!s.isEmpty() && !SET_SPEC.matcher(s).matches()) {
            throw new IllegalArgumentException("not an OAI-PMH set spec: '" + set + "'; arXiv's sets look like cs, "
                    + "cs:cs:AI, math:math:AG or physics:hep-th (one set per source; empty for all of arXiv)");
        }
        return s;
    }

    static String checkPrefix(String prefix) {
        if (prefix.equalsIgnoreCase("arXivRaw")) {
            return "arXivRaw";
        }
        if (prefix.equalsIgnoreCase("arXiv")) {
            return "arXiv";
        }
        throw new IllegalArgumentException("option " + METADATA_PREFIX + " must be arXivRaw or arXiv, not '" + prefix + "'");
    }

    /**
     * Harvests, handing each paper to {@code sink} as soon as it is read and never holding more than one response:
     * the entry point for bulk harvests. Stops at the end of the list, at the request's limit (the rest of that page
     * is read but not delivered), or on the first failure.
     *
     * @param request {@code from}/{@code to} become {@code from}/{@code until}; {@code limit} stops early
     * @param sink    receives each paper, in the order the repository lists them (a record the list repeats while it
     *                is being harvested arrives twice); what it throws ends the harvest
     * @return the report ({@code expected} = the announced {@code completeListSize}, capped by the limit) and the
     *         token to resume from when the harvest stopped early
     * @throws SourceException when the first response fails and nothing was received
     */
    public OaiHarvestResult harvest(FetchRequest request, Consumer<Paper> sink) {
        OaiPager pager = pager(request);
        Streamed streamed = stream(request, pager, sink);
        return new OaiHarvestResult(streamed.report(), streamed.pages(), pager.deleted, streamed.resumeFrom());
    }

    /**
     * Of two listings of one record, the later: a list may change between token requests (OAI-PMH 2.0, 3.5.1), and
     * the later listing carries the newer metadata.
     */
    @Override
    protected Paper keep(Paper earlier, Paper later) {
        return later;
    }

    @Override
    protected OaiPager pager(FetchRequest request) {
        return new OaiPager(request);
    }

    /** The first request names the set and the window; each later one only the resumption token. */
    private final class OaiPager implements Pager {
        private final FetchRequest request;
        private final List<String> skipped = new ArrayList<>();
        private int deleted;

        OaiPager(FetchRequest request) {
            this.request = request;
        }

        @Override
        public URI first() {
            return firstPage(request);
        }

        @Override
        public Page read(HttpResult response, Consumer<Paper> sink) {
            skipped.clear();
            Page page = ArxivOaiParser.parse(response.bodyStream(), id(), response.uri(), sink, problem -> {
                log.warn("{}", problem.getMessage()); // "arxiv-oai:cs: bad record …": it names the source
                skipped.add("skipped " + problem.detail());
            }, () -> deleted++);
            skipped.addAll(page.warnings()); // authors dropped as naming nobody
            return new Page(page.papers(), page.records(), page.total(), page.next(), skipped);
        }

        @Override
        public URI next(Page page, int remaining) {
            return page.hasNext() ? withQuery("verb=ListRecords&resumptionToken=" + encode(page.next())) : null;
        }

        @Override
        public List<String> summary() {
            return deleted == 0 ? List.of() : List.of(deleted + (deleted == 1 ? " deleted record" : " deleted records")
                    + " skipped");
        }
    }

    private URI firstPage(FetchRequest request) {
        StringBuilder q = new StringBuilder("verb=ListRecords&metadataPrefix=").append(metadataPrefix);
        if (!set.isEmpty()) {
            q.append("&set=").append(encode(set));
        }
        if (request.from() != null) {
            q.append("&from=").append(request.from()); // LocalDate prints YYYY-MM-DD, arXiv's granularity
        }
        if (request.to() != null) {
            q.append("&until=").append(request.to());
        }
        return withQuery(q.toString());
    }

    private URI withQuery(String query) {
        String base = baseUrl.toString();
        return URI.create(base + (base.indexOf('?') < 0 ? '?' : '&') + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ArxivOaiSource[" + id() + ", " + metadataPrefix + ", " + baseUrl + "]";
    }
}
