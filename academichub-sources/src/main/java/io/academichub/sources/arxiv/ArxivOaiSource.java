package io.academichub.sources.arxiv;

import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.FeedFormatException;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceException;
import io.academichub.source.SourceReport;
import io.academichub.source.SourceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * gave is a {@link SourceUnavailableException}, never an endless loop. {@code noRecordsMatch} is an empty, OK result.
 */
public final class ArxivOaiSource implements Source {

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
    private static final int MAX_RECORD_WARNINGS = 20;

    private final String id;
    private final String set;
    private final String metadataPrefix;
    private final URI baseUrl;
    private final HttpTransport transport;

    /**
     * A source for the set named by {@code config}'s argument.
     *
     * @throws IllegalArgumentException when the set spec, the metadata prefix or the base URL is not valid
     */
    public ArxivOaiSource(SourceConfig config) {
        Objects.requireNonNull(config, "config");
        this.set = checkSet(config.argument());
        this.metadataPrefix = config.option(METADATA_PREFIX).map(ArxivOaiSource::checkPrefix).orElse("arXivRaw");
        this.baseUrl = config.baseUrl(DEFAULT_BASE_URL);
        this.transport = config.transport();
        this.id = set.isEmpty() ? KIND : KIND + ":" + set;
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

    /** {@code arxiv-oai:<set>}, or {@code arxiv-oai} for all of arXiv. */
    @Override
    public String id() {
        return id;
    }

    /**
     * Harvests into a list; see {@link #harvest} for how pages, failures and the limit are handled.
     *
     * @throws SourceException when the first response fails and nothing was received
     */
    @Override
    public FetchResult fetch(FetchRequest request) {
        // A list may change between token requests (OAI-PMH 2.0, 3.5.1), so a record can be listed twice; the later
        // listing carries the newer metadata. fetch holds every paper anyway, so it can merge them; harvest cannot.
        Map<PaperId, Paper> papers = new LinkedHashMap<>();
        int[] listed = {0};
        OaiHarvestResult result = harvest(request, paper -> {
            listed[0]++;
            papers.put(paper.id(), paper);
        });
        SourceReport report = result.report();
        int repeats = listed[0] - papers.size();
        if (repeats > 0) {
            List<String> warnings = new ArrayList<>(report.warnings());
            warnings.add(repeats + " record(s) listed more than once; kept the latest listing of each");
            report = new SourceReport(report.sourceId(), report.status(), report.expected(), papers.size(), warnings,
                    report.error());
        }
        return new FetchResult(List.copyOf(papers.values()), report);
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
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sink, "sink");
        Harvest h = new Harvest(request.limit(), sink);
        Set<String> tokensFollowed = new HashSet<>(); // one per page, a few thousand for all of arXiv
        URI uri = firstPage(request);
        String token = null;
        while (true) {
            OaiPage page;
            try {
                HttpResult response = transport.get(TransportRequest.get(id, uri).inGroup("arxiv").accepting(ACCEPT));
                page = ArxivOaiParser.parse(response.bodyStream(), id, uri, h::deliver, h::skip);
            } catch (SourceException e) {
                if (h.pages == 0 && h.delivered == 0) {
                    throw e;
                }
                log.warn("{}: harvest stopped after {} pages, {} papers: {}", id, h.pages, h.delivered, e.getMessage());
                return h.result(request, e, token);
            }
            h.pages++;
            h.deleted += page.deleted();
            h.warnings.addAll(page.warnings());
            if (h.expected < 0 && page.completeListSize() >= 0) {
                h.expected = page.completeListSize();
            }
            log.debug("{}: page {} ({} records, {} deleted), next token {}", id, h.pages, page.records(),
                    page.deleted(), page.resumptionToken());
            if (!page.hasMore()) {
                return h.result(request, null, null);
            }
            if (h.delivered >= request.limit()) {
                return h.result(request, null, page.resumptionToken());
            }
            token = page.resumptionToken();
            if (!tokensFollowed.add(token)) {
                return h.result(request, new SourceUnavailableException(id, uri, 200, "the server handed out "
                        + "resumptionToken '" + token + "' a second time; stopping so the harvest does not loop", null),
                        null);
            }
            uri = withQuery("verb=ListRecords&resumptionToken=" + encode(token));
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
        return "ArxivOaiSource[" + id + ", " + metadataPrefix + ", " + baseUrl + "]";
    }

    /** The counts of one harvest in progress. */
    private final class Harvest {
        private final int limit;
        private final Consumer<Paper> sink;
        private final List<String> warnings = new ArrayList<>();
        private int delivered;
        private int skipped;
        private int pages;
        private int deleted;
        private int expected = SourceReport.UNKNOWN;

        Harvest(int limit, Consumer<Paper> sink) {
            this.limit = limit;
            this.sink = sink;
        }

        void deliver(Paper paper) {
            if (delivered < limit) {
                delivered++;
                sink.accept(paper);
            }
        }

        void skip(FeedFormatException problem) {
            skipped++;
            if (skipped <= MAX_RECORD_WARNINGS) { // a bulk harvest must not collect one warning per bad record
                warnings.add("skipped " + problem.detail());
            }
            log.warn("{}: {}", id, problem.getMessage());
        }

        OaiHarvestResult result(FetchRequest request, SourceException error, String resumeFrom) {
            List<String> all = new ArrayList<>(warnings);
            if (skipped > MAX_RECORD_WARNINGS) {
                all.add((skipped - MAX_RECORD_WARNINGS) + " more records skipped as malformed");
            }
            if (deleted > 0) {
                all.add(deleted + (deleted == 1 ? " deleted record" : " deleted records") + " skipped");
            }
            int exp = expected >= 0 && request.hasLimit() ? Math.min(expected, request.limit()) : expected;
            SourceReport report = error == null
                    ? SourceReport.ok(id, exp, delivered, all)
                    : SourceReport.failed(id, exp, delivered, all, error);
            return new OaiHarvestResult(report, pages, deleted, resumeFrom);
        }
    }
}
