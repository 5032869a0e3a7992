package io.academichub.sources.pubmed;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceException;
import io.academichub.http.HostLimits;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * PubMed through NCBI's E-utilities: one esearch with {@code usehistory=y} stores the query's result set on NCBI's
 * history server, then efetch reads it in batches by {@code WebEnv}, {@code query_key} and {@code retstart}.
 *
 * <pre>{@code
 * Source s = new PubmedSource(SourceConfig.of("telomere AND pancreatic cancer", transport)
 *         .withOption(PubmedSource.EMAIL, "me@example.org"));
 * FetchResult r = s.fetch(FetchRequest.between(LocalDate.parse("2026-06-01"), null).withLimit(500));
 * System.out.println(r.report().summary());   // pubmed:telomere AND pancreatic cancer OK 212/212
 * }</pre>
 *
 * <p>Requests: {@code <base>/esearch.fcgi?db=pubmed&term=…&usehistory=y&retmax=0}, with
 * {@code datetype=pdat&mindate=…&maxdate=…} (YYYY/MM/DD) when the request has a date window (E-utilities need both
 * ends: a missing one is {@value #OPEN_START} or {@value #OPEN_END}); then
 * {@code <base>/efetch.fcgi?db=pubmed&query_key=…&WebEnv=…&retstart=…&retmax=<batch>&retmode=xml} until the
 * esearch {@code Count} or the request's limit is reached. Every request carries {@code tool=academichub}, and
 * {@code email} and {@code api_key} when configured, as NCBI's usage policy asks.
 *
 * <p>Politeness: every request goes through the shared transport in group {@value #GROUP}, whose default limit
 * ({@link HostLimits#KNOWN_SERVICES}) keeps to NCBI's three requests a second without a key. An API key allows ten
 * a second, but the transport's limits belong to the application: one that configures a key should also build its
 * transport with {@code .limits("ncbi", PubmedSource.API_KEY_LIMITS)}.
 *
 * <p>Configuration: the argument is the PubMed query term (non-blank); options {@value #EMAIL}, {@value #API_KEY},
 * {@value #BATCH_SIZE} (1–{@value #MAX_BATCH_SIZE}, default {@value #DEFAULT_BATCH_SIZE}), {@value #DATE_TYPE}
 * ({@code pdat}, the default, publication date; {@code edat}, the day the record entered PubMed; {@code mdat}, the
 * last modification) and {@value SourceConfig#BASE_URL} (default {@value #DEFAULT_BASE_URL}).
 *
 * <p>Report: {@code expected} is the esearch {@code Count}, capped by the limit. When esearch or the first efetch
 * fails, the typed {@link SourceException} is thrown; a later batch's failure ends the fetch as
 * {@link io.academichub.source.Status#PARTIAL} with the papers so far. The API key never appears in an error
 * or a warning: {@link SourceException} replaces it with {@code ***} in the URLs it names.
 */
public final class PubmedSource extends PagedSource {

    /** NCBI's E-utilities. */
    public static final String DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils";
    /** The kind's id, and the prefix of every configured source's id. */
    public static final String KIND = "pubmed";
    /** The option holding the operator's e-mail address, sent as {@code email} so NCBI can write before blocking. */
    public static final String EMAIL = "email";
    /** The option holding an NCBI API key, sent as {@code api_key}. */
    public static final String API_KEY = "api_key";
    /** The option holding how many records one efetch asks for. */
    public static final String BATCH_SIZE = "batchSize";
    /** The option naming the date the request's window applies to: {@code pdat}, {@code edat} or {@code mdat}. */
    public static final String DATE_TYPE = "datetype";
    /** The default batch size. */
    public static final int DEFAULT_BATCH_SIZE = 200;
    /** The largest batch size accepted. */
    public static final int MAX_BATCH_SIZE = 500;
    /** The politeness group of every NCBI request. */
    public static final String GROUP = "ncbi";
    /** The {@code tool} parameter: the name NCBI knows this software by. */
    public static final String TOOL = "academichub";
    /**
     * Limits for group {@value #GROUP} that an application with an API key may configure: ten requests a second
     * (one every 110 ms, leaving a margin), one at a time.
     */
    public static final HostLimits API_KEY_LIMITS = new HostLimits(Duration.ofMillis(110), 1);

    static final String OPEN_START = "1800/01/01";
    static final String OPEN_END = "3000/12/31";

    private static final Logger log = LoggerFactory.getLogger(PubmedSource.class);
    private static final String ACCEPT = "text/xml, application/xml;q=0.9, */*;q=0.1";
    private static final DateTimeFormatter EUTILS_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT);

    private final String term;
    private final URI baseUrl;
    private final String email;
    private final String apiKey;
    private final int batchSize;
    private final String dateType;

    /**
     * A source for the query in {@code config}'s argument.
     *
     * @param config the configuration: argument, options and the shared transport
     * @throws IllegalArgumentException when the query is blank or an option is not valid, saying why
     */
    public PubmedSource(SourceConfig config) {
        super(KIND + ":" + checkTerm(config.argument()), config.transport(), GROUP, ACCEPT);
        this.term = config.argument();
        this.baseUrl = config.baseUrl(DEFAULT_BASE_URL);
        this.email = config.option(EMAIL).or(config::contact).orElse(null); // NCBI asks for the operator's
        this.apiKey = config.option(API_KEY).orElse(null);
        this.batchSize = config.option(BATCH_SIZE).map(PubmedSource::checkBatchSize).orElse(DEFAULT_BATCH_SIZE);
        this.dateType = config.option(DATE_TYPE).map(PubmedSource::checkDateType).orElse("pdat");
    }

    private static String checkTerm(String term) {
        if (term.isEmpty()) {
            throw new IllegalArgumentException("a PubMed source needs a query term, e.g. pubmed:\"telomere\"[tiab] "
                    + "AND pancreatic cancer");
        }
        return term;
    }

    static int checkBatchSize(String text) {
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("option " + BATCH_SIZE + " must be a whole number from 1 to "
                    + MAX_BATCH_SIZE + ", not '" + text + "'");
        }
        return n;
    }

    static String checkDateType(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!t.equals("pdat") && !t.equals("edat") && !t.equals("mdat")) {
            throw new IllegalArgumentException("option " + DATE_TYPE + " must be pdat (publication date), edat "
                    + "(Entrez date) or mdat (modification date), not '" + text + "'");
        }
        return t;
    }

    /**
     * The search, then the result set in batches: the first page is the esearch, which stores the result set on the
     * history server; each next one an efetch of it by {@code WebEnv}, {@code query_key} and {@code retstart}.
     */
    @Override
    protected Pager pager(FetchRequest request) {
        return new Pager() {
            private EsearchResult search;
            private int retStart;
            private int retMax;

            @Override
            public URI first() {
                return esearchUri(request);
            }

            @Override
            public Page read(HttpResult response, Consumer<Paper> sink) {
                URI named = response.uri(); // SourceException masks the API key in any message naming it
                if (search != null) {
                    return PubmedParser.parseArticles(response.bodyStream(), id(), named);
                }
                search = PubmedParser.parseSearch(response.bodyStream(), id(), named);
                if (search.count() > 0 && !search.hasHistory()) {
                    throw new FeedFormatException(id(), named, -1, -1, "esearch with usehistory=y gave no WebEnv "
                            + "and QueryKey for " + search.count() + " records", null);
                }
                log.debug("{}: esearch Count {}, fetching in batches of {}", id(), search.count(), batchSize);
                return new Page(List.of(), 0, search.count(), null, search.warnings());
            }

            @Override
            public URI next(Page page, int remaining) {
                if (retMax > 0) { // an efetch batch
                    if (page.records() == 0) {
                        // The stored result set ended before its Count: nothing further will come.
                        throw cameUpShort(efetchUri(search, retStart, retMax), "efetch returned no records "
                                + "at retstart " + retStart + " of Count " + search.count());
                    }
                    retStart += retMax;
                }
                if (retStart >= search.count()) {
                    return null;
                }
                retMax = Math.min(Math.min(batchSize, remaining), search.count() - retStart);
                return efetchUri(search, retStart, retMax);
            }
        };
    }

    private URI esearchUri(FetchRequest request) {
        StringBuilder q = new StringBuilder("db=pubmed&term=").append(encode(term)).append("&usehistory=y&retmax=0");
        if (request.from() != null || request.to() != null) {
            q.append("&datetype=").append(dateType)
                    .append("&mindate=").append(encode(request.from() == null ? OPEN_START : eutilsDate(request.from())))
                    .append("&maxdate=").append(encode(request.to() == null ? OPEN_END : eutilsDate(request.to())));
        }
        return endpoint("esearch.fcgi", q);
    }

    private URI efetchUri(EsearchResult search, int retStart, int retMax) {
        StringBuilder q = new StringBuilder("db=pubmed&query_key=").append(encode(search.queryKey()))
                .append("&WebEnv=").append(encode(search.webEnv()))
                .append("&retstart=").append(retStart)
                .append("&retmax=").append(retMax)
                .append("&retmode=xml");
        return endpoint("efetch.fcgi", q);
    }

    private URI endpoint(String utility, StringBuilder query) {
        query.append("&tool=").append(TOOL);
        if (email != null) {
            query.append("&email=").append(encode(email));
        }
        if (apiKey != null) {
            query.append("&api_key=").append(encode(apiKey));
        }
        return URI.create(baseUrl + "/" + utility + "?" + query);
    }

    private static String eutilsDate(LocalDate date) {
        return EUTILS_DATE.format(date);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "PubmedSource[" + id() + ", batch " + batchSize + ", " + baseUrl + (apiKey == null ? "" : ", with API key")
                + "]";
    }
}
