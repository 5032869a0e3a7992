package io.academichub.source;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A source whose service answers in pages. This class owns the paging loop and its rules, once for every adapter;
 * an adapter supplies only what differs — the first request, how the next one follows from a page (an offset, a
 * cursor, a resumption token, a history key) and the parser — as a {@link Pager}, one per fetch.
 *
 * <pre>{@code
 * final class WidgetSource extends PagedSource {
 *     WidgetSource(URI base, HttpTransport http) { super("widgets", http, "widgets.example.org", "application/json"); }
 *
 *     protected Pager pager(FetchRequest request) {
 *         return new Pager() {
 *             int offset;
 *             public URI first() { return URI.create(base + "/list?offset=0"); }
 *             public Page read(HttpResult response, Consumer<Paper> sink) {
 *                 return WidgetParser.parse(response.bodyStream(), id(), response.uri());   // papers, records, total
 *             }
 *             public URI next(Page page, int remaining) {
 *                 offset += page.records();
 *                 return offset >= page.total() ? null : URI.create(base + "/list?offset=" + offset);
 *             }
 *         };
 *     }
 * }
 * }</pre>
 *
 * <p>The rules, the same for every paged source:
 * <ul>
 *   <li>every request goes through the shared {@link HttpTransport}, in the source's politeness group;</li>
 *   <li>the request's limit: papers past it are not delivered, and paging stops when it is reached;</li>
 *   <li>de-duplication: a paper listed on two pages is delivered once ({@link #keep} chooses which listing), and a
 *       warning counts such repeats ({@link #stream} does not de-duplicate: it holds no papers);</li>
 *   <li>a failure before any paper arrived is thrown; after that, the fetch ends as {@link Status#PARTIAL} with the
 *       papers so far and the error;</li>
 *   <li>a service that hands out a paging pointer it gave before, or a next page that would repeat a request already
 *       made, ends the fetch (as {@code PARTIAL}) instead of looping;</li>
 *   <li>the report's {@code expected} is the listing's total as the service last stated it, capped by the limit;</li>
 *   <li>at most {@value #MAX_WARNINGS} of the pages' warnings are kept, the rest counted in one line;</li>
 *   <li>an error document a parser meets in a 2xx response keeps the start of that response as its body, as the
 *       transport does for a 4xx ({@link SourceRejectedException#responseBody()}).</li>
 * </ul>
 *
 * <p>Instances hold no state of a fetch (that lives in the {@link Pager}), so one source may fetch concurrently.
 */
public abstract class PagedSource implements Source {

    /** The most warnings of the pages a fetch keeps; a bulk harvest must not carry one per skipped record. */
    public static final int MAX_WARNINGS = 20;

    private static final Logger log = LoggerFactory.getLogger(PagedSource.class);
    // A paging pointer quoted in a message is cut here: Crossref's cursors run to 1,500 characters.
    private static final int TOKEN_CHARS = 40;

    private final String id;
    private final HttpTransport transport;
    private final String group;
    private final String accept;

    /**
     * @param id        the source's id, e.g. {@code crossref:1932-6203}
     * @param transport the shared transport every request goes through
     * @param group     the politeness group of every request ({@code "arxiv"}), or {@code null} for each URL's host
     * @param accept    the {@code Accept} header of every request, or {@code null} for any
     */
    protected PagedSource(String id, HttpTransport transport, String group, String accept) {
        this.id = Objects.requireNonNull(id, "id").strip();
        if (this.id.isEmpty()) {
            throw new IllegalArgumentException("source id is blank");
        }
        this.transport = Objects.requireNonNull(transport, "transport");
        this.group = group;
        this.accept = accept;
    }

    /**
     * What an adapter supplies for one fetch: its requests and its parser. A new one is made for each fetch, so it
     * may keep that fetch's state (an offset, a history key).
     */
    public interface Pager {

        /** {@return the URL of the first page} */
        URI first();

        /**
         * Reads one response into a page.
         *
         * @param response the 2xx response to the last URL asked for
         * @param sink     takes papers as they are read, for a reader that streams (a bulk harvest then holds one
         *                 record at a time); a reader that does not stream returns its papers in the page instead
         * @return the page: its papers (none when they went to {@code sink}), counts and pointer to the next
         * @throws SourceException when the response cannot be read ({@link FeedFormatException}) or is the service's
         *                         error document ({@link SourceRejectedException})
         */
        Page read(HttpResult response, Consumer<Paper> sink);

        /**
         * {@return the URL of the page after {@code page}, or {@code null} when the listing ends with it} Not asked
         * once the limit is reached.
         *
         * @param remaining how many more papers the request's limit allows, {@code >= 1}
         * @param page the page just read
         * @throws SourceException when the listing came up short and paging cannot go on (see
         *                         {@link PagedSource#cameUpShort}); the fetch ends with what it has
         */
        URI next(Page page, int remaining);

        /**
         * Warnings about the whole fetch, asked once at its end (records the reader skipped in all …).
         *
         * @return lines to add to the report's warnings; none by default
         */
        default List<String> summary() {
            return List.of();
        }
    }

    /**
     * How a {@link #stream} ended; the papers themselves went to the caller's consumer.
     *
     * @param report     the source report
     * @param pages      responses read in full
     * @param resumeFrom when the fetch stopped before the end of the listing (the limit, or a failure after some
     *                   pages), the service's pointer to go on from; {@code null} when it read the listing to its end
     *                   or there is nothing to resume
     */
    public record Streamed(SourceReport report, int pages, String resumeFrom) {

        /**
         * Checks the components as described above.
         *
         * @param report     the source report
         * @param pages      responses read in full
         * @param resumeFrom when the fetch stopped before the end of the listing (the limit, or a failure after some
         *                   pages), the service's pointer to go on from; {@code null} when it read the listing to its end
         *                   or there is nothing to resume
         */
        public Streamed {
            Objects.requireNonNull(report, "report");
            if (pages < 0) {
                throw new IllegalArgumentException("pages is negative: " + pages);
            }
        }
    }

    /**
     * {@return the paging of one fetch: a new {@link Pager} for {@code request}, holding that fetch's state}
     *
     * @param request what to fetch: the date window and the limit
     * @throws IllegalArgumentException when the request cannot be made into requests of this service
     */
    protected abstract Pager pager(FetchRequest request);

    /** The source's id, as given at construction. */
    @Override
    public final String id() {
        return id;
    }

    /**
     * Fetches every page up to the end of the listing or the request's limit, keeping each paper once.
     *
     * @throws SourceException when the first page fails: nothing was received
     */
    @Override
    public final FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        Collected collected = new Collected(request.limit());
        Streamed streamed = run(request, pager(request), collected);
        SourceReport report = streamed.report();
        if (collected.repeats > 0) {
            List<String> warnings = new ArrayList<>(report.warnings());
            warnings.add(collected.repeats == 1 ? "1 paper listed more than once was kept once"
                    : collected.repeats + " papers listed more than once were each kept once");
            report = new SourceReport(id, report.status(), report.expected(), report.received(), warnings,
                    report.error());
        }
        return new FetchResult(List.copyOf(collected.papers.values()), report);
    }

    /**
     * Fetches like {@link #fetch}, handing each paper to {@code sink} as soon as the page holding it is read (as soon
     * as it is read, with a streaming {@link Pager#read}), without holding or de-duplicating papers: for bulk
     * harvests, where a listing that changes while it is paged may list a paper twice.
     *
     * @param pager the paging of this fetch, made by {@link #pager}; given here so the caller can ask it afterwards
     *              what it counted
     * @param sink  receives each paper in the service's order; what it throws ends the fetch
     * @param request what to fetch: the date window and the limit
     * @return the report, the pages read and where to resume
     * @throws SourceException when the first page fails: nothing was received
     */
    protected final Streamed stream(FetchRequest request, Pager pager, Consumer<Paper> sink) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sink, "sink");
        return run(request, pager, new Streaming(request.limit(), sink));
    }

    /**
     * {@return which of two listings of one paper a {@link #fetch} keeps; by default the first} A source whose later
     * listings are newer (another version, updated metadata) overrides this.
     *
     * @param earlier the listing that came first
     * @param later the later listing
     */
    protected Paper keep(Paper earlier, Paper later) {
        return earlier;
    }

    /**
     * {@return a page request's failure as the transport reported it, told as this source wants it told: a refusal in
     * the service's own words when its body is the service's error document, say} By default unchanged.
     *
     * @param e the failure as the transport reported it
     */
    protected SourceException failed(SourceException e) {
        return e;
    }

    /**
     * {@return the failure a {@link Pager#next} throws when the listing came up short (a page with fewer records than
     * due before the announced total): the fetch ends with the papers so far, and {@code detail} also becomes a
     * warning}
     *
     * @param uri the URL of the page that came up short
     * @param detail what came up short, for the error and a warning
     */
    protected final SourceUnavailableException cameUpShort(URI uri, String detail) {
        return new SourceUnavailableException(id, uri, 200, detail, null);
    }

    @Override
    public String toString() {
        return id;
    }

    /** Where one run's papers go: the limit, and for {@link #fetch} the de-duplication. */
    private interface Delivery extends Consumer<Paper> {
        int received();
    }

    private final class Collected implements Delivery {
        private final int limit;
        private final Map<PaperId, Paper> papers = new LinkedHashMap<>();
        private int repeats;

        Collected(int limit) {
            this.limit = limit;
        }

        @Override
        public void accept(Paper paper) {
            Paper earlier = papers.get(paper.id());
            if (earlier != null) {
                repeats++; // a listing that changes while it is paged shifts papers onto the next page
                papers.put(paper.id(), Objects.requireNonNull(keep(earlier, paper), "keep"));
            } else if (papers.size() < limit) {
                papers.put(paper.id(), paper);
            }
        }

        @Override
        public int received() {
            return papers.size();
        }
    }

    private static final class Streaming implements Delivery {
        private final int limit;
        private final Consumer<Paper> sink;
        private int delivered;

        Streaming(int limit, Consumer<Paper> sink) {
            this.limit = limit;
            this.sink = sink;
        }

        @Override
        public void accept(Paper paper) {
            if (delivered < limit) {
                delivered++;
                sink.accept(paper);
            }
        }

        @Override
        public int received() {
            return delivered;
        }
    }

    private Streamed run(FetchRequest request, Pager pager, Delivery out) {
        Objects.requireNonNull(pager, "pager");
        List<String> warnings = new ArrayList<>();
        int omittedWarnings = 0;
        Set<URI> requested = new HashSet<>();
        Set<String> pointers = new HashSet<>();
        int pages = 0;
        int total = Page.UNKNOWN;
        String resumeFrom = null;
        SourceException error = null;
        URI uri = Objects.requireNonNull(pager.first(), "first page URL");
        requested.add(uri);
        while (true) {
            Page page;
            try {
                page = readPage(pager, uri, out);
            } catch (SourceException e) {
                if (out.received() == 0) {
                    throw e;
                }
                // the exception's message opens with the source's id, which the line already gives
                String what = e.sourceId().equals(id) ? e.getMessage().substring(id.length() + 2) : e.getMessage();
                log.warn("{}: stopped after {} {}, {} {}: {}", id, pages, pages == 1 ? "page" : "pages",
                        out.received(), out.received() == 1 ? "paper" : "papers", what);
                error = e;
                break;
            }
            pages++;
            if (page.total() != Page.UNKNOWN) {
                total = page.total();
            }
            page.papers().forEach(out);
            for (String w : page.warnings()) {
                if (warnings.size() < MAX_WARNINGS) {
                    warnings.add(w);
                } else {
                    omittedWarnings++;
                }
            }
            log.debug("{}: page {} ({} records), next {}", id, pages, page.records(), page.next());
            resumeFrom = page.next();
            if (out.received() >= request.limit()) {
                break;
            }
            URI next;
            try {
                next = pager.next(page, request.limit() - out.received());
            } catch (SourceException e) {
                warnings.add(e.detail());
                error = e;
                resumeFrom = null;
                break;
            }
            if (next == null) {
                resumeFrom = null;
                break;
            }
            String loop = page.hasNext() && !pointers.add(page.next())
                    ? "the service handed out the paging pointer '" + cut(page.next()) + "' a second time"
                    : !requested.add(next) ? "the next page would repeat a request already made"
                    : null;
            if (loop != null) {
                String detail = loop + "; stopped paging after " + out.received() + " papers so the fetch does not loop";
                warnings.add(detail);
                error = failed(new SourceUnavailableException(id, uri, 200, detail, null));
                resumeFrom = null;
                break;
            }
            uri = next;
        }
        if (omittedWarnings > 0) {
            warnings.add(omittedWarnings + " more warnings left out");
        }
        warnings.addAll(pager.summary());
        int expected = total == Page.UNKNOWN ? SourceReport.UNKNOWN : Math.min(total, request.limit());
        SourceReport report = error == null
                ? SourceReport.ok(id, expected, out.received(), warnings)
                : SourceReport.failed(id, expected, out.received(), warnings, error);
        return new Streamed(report, pages, resumeFrom);
    }

    private Page readPage(Pager pager, URI uri, Delivery out) {
        HttpResult response;
        try {
            response = transport.get(TransportRequest.get(id, uri).inGroup(group).accepting(accept));
        } catch (SourceException e) {
            throw Objects.requireNonNull(failed(e), "failed");
        }
        try {
            return Objects.requireNonNull(pager.read(response, out), "page");
        } catch (SourceRejectedException e) {
            // The service's error document with a 2xx status: keep it, as the transport does for a 4xx.
            throw e.withResponseBody(response.bodyText());
        }
    }

    private static String cut(String pointer) {
        return pointer.length() <= TOKEN_CHARS ? pointer : pointer.substring(0, TOKEN_CHARS) + "…";
    }
}
