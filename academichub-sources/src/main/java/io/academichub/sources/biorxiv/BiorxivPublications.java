package io.academichub.sources.biorxiv;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;

import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which bioRxiv or medRxiv preprints became journal articles, from the API's {@code /pubs/} endpoint
 * ({@code https://api.biorxiv.org/pubs/{server}/{from}/{to}/{cursor}}: the articles published in an interval), so a
 * caller can link preprints to their journal versions in {@link Paper#sameAs()}.
 *
 * <pre>{@code
 * BiorxivPublications pubs = new BiorxivPublications(BiorxivServer.BIORXIV,
 *         URI.create(BiorxivSource.DEFAULT_BASE_URL), transport);
 * List<PublishedVersion> links = pubs.fetch(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"));
 * List<Paper> enriched = BiorxivPublications.withPublishedVersions(papers, links);
 * }</pre>
 *
 * Requests share the politeness group {@value BiorxivSource#POLITENESS_GROUP} with the sources. The {@code /details/}
 * records already carry the journal DOI a preprint had when it was fetched; {@code /pubs/} tells of those published
 * later.
 */
public final class BiorxivPublications {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    private static final String ACCEPT = "application/json, */*;q=0.1";

    private final BiorxivServer server;
    private final URI baseUrl;
    private final HttpTransport transport;
    private final String sourceId;

    /**
     * @param baseUrl   the API host without a trailing slash, usually {@link BiorxivSource#DEFAULT_BASE_URL}
     * @param transport the shared transport
     * @param server {@link BiorxivServer#BIORXIV} or {@link BiorxivServer#MEDRXIV}
     */
    public BiorxivPublications(BiorxivServer server, URI baseUrl, HttpTransport transport) {
        this.server = Objects.requireNonNull(server, "server");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.sourceId = server.id() + "-pubs";
    }

    /**
     * One page of a {@code /pubs/} response.
     *
     * @param links    the page's links, in the order the API listed them
     * @param total    how many links the interval has in all, or {@code -1} when the API did not say
     * @param count    how many records this page actually holds (skipped ones included)
     * @param cursor   the offset of this page
     * @param warnings records skipped and why
     */
    public record Page(List<PublishedVersion> links, int total, int count, int cursor, List<String> warnings) {

        /**
         * Checks the components as described above, and copies the collections (the record is immutable).
         *
         * @param links    the page's links, in the order the API listed them
         * @param total    how many links the interval has in all, or {@code -1} when the API did not say
         * @param count    how many records this page actually holds (skipped ones included)
         * @param cursor   the offset of this page
         * @param warnings records skipped and why
         */
        public Page {
            links = List.copyOf(links);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * {@return every link of the articles published from {@code from} to {@code to}, both inclusive, paged until the
     * API's total}
     *
     * @param from the first day
     * @param to the last day
     * @throws SourceException when a page fails, or a page holds no records before the total is reached (the links
     *                         so far are not returned: a short list would pass for a complete one)
     */
    public List<PublishedVersion> fetch(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        List<PublishedVersion> links = new ArrayList<>();
        int cursor = 0;
        while (true) {
            URI uri = URI.create(baseUrl + "/pubs/" + server.id() + "/" + from + "/" + to + "/" + cursor);
            HttpResult result = transport.get(TransportRequest.get(sourceId, uri)
                    .inGroup(BiorxivSource.POLITENESS_GROUP).accepting(ACCEPT));
            Page page = parse(result.bodyStream(), sourceId, uri);
            links.addAll(page.links());
            cursor += page.count();
            boolean more = page.total() < 0 ? page.count() > 0 : cursor < page.total();
            if (!more) {
                return links;
            }
            if (page.count() == 0) {
                throw new SourceUnavailableException(sourceId, uri, 200, "the API sent no records at cursor " + cursor
                        + " of total " + page.total() + " (" + links.size() + " links so far)", null);
            }
        }
    }

    /**
     * Parses one {@code /pubs/} response. A record without a preprint DOI or with no journal DOI ({@code NA}) is
     * skipped with a warning.
     *
     * @param in       the response body; read to its end, not closed
     * @param sourceId named in errors
     * @param uri      the URL it came from, named in errors
     * @return the page's preprint-to-journal links, the counts and the skipped records as warnings
     * @throws FeedFormatException     when the body is empty, not JSON, or has no {@code messages} with a cursor
     * @throws SourceRejectedException (status 200) when the {@code messages} status is not {@code ok}, quoting it
     */
    public static Page parse(InputStream in, String sourceId, URI uri) {
        BiorxivJson.Read<BiorxivWire.Pubs> read = BiorxivJson.read(in, BiorxivWire.Pubs.class, sourceId, uri);
        BiorxivJson.Counters counters = BiorxivJson.counters(read.value().messages(),
                read.value().collection() == null ? 0 : read.value().collection().size(), read.body(), sourceId, uri);
        if (counters.cursor() == BiorxivJson.UNKNOWN) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "the 'messages' entry has status ok but no cursor",
                    null);
        }
        List<BiorxivWire.Pub> records = read.value().collection() == null ? List.of() : read.value().collection();
        List<PublishedVersion> links = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                links.add(link(records.get(i)));
            } catch (IllegalArgumentException e) {
                warnings.add("record " + (counters.cursor() + i) + " skipped: " + e.getMessage());
            }
        }
        return new Page(links, counters.total(), records.size(), counters.cursor(), warnings);
    }

    /**
     * Journal DOI by preprint; where the API links a preprint twice, the later record wins.
     *
     * @param links preprint-to-journal links from {@link #fetch}
     * @return for each preprint's id, its journal version's id
     */
    public static Map<PaperId, PaperId> byPreprint(Collection<PublishedVersion> links) {
        Map<PaperId, PaperId> map = new LinkedHashMap<>();
        for (PublishedVersion v : links) {
            map.put(v.preprint(), v.published());
        }
        return map;
    }

    /**
     * {@return the papers, each preprint among the links with its journal version's id added to {@code sameAs}}
     *
     * @param papers the preprints
     * @param links preprint-to-journal links from {@link #fetch}
     */
    public static List<Paper> withPublishedVersions(List<Paper> papers, Collection<PublishedVersion> links) {
        Map<PaperId, PaperId> journal = byPreprint(links);
        List<Paper> out = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            PaperId published = journal.get(p.id());
            out.add(published == null || p.sameAs().contains(published) ? p
                    : p.toBuilder().addSameAs(published).build());
        }
        return out;
    }

    private static PublishedVersion link(BiorxivWire.Pub r) {
        if (r == null) {
            throw new IllegalArgumentException("null record");
        }
        if (r.preprintDoi() == null || r.preprintDoi().isBlank()) {
            throw new IllegalArgumentException("no preprint_doi");
        }
        PaperId preprint = PaperId.doi(r.preprintDoi());
        String published = r.publishedDoi() == null ? "" : r.publishedDoi().strip();
        if (published.isEmpty() || published.equalsIgnoreCase("NA")) {
            throw new IllegalArgumentException(preprint + " has no published_doi");
        }
        return new PublishedVersion(preprint, PaperId.doi(published), BiorxivText.plain(r.publishedJournal()),
                date(r.preprintDate()), date(r.publishedDate()));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeException e) {
            return null; // a link is worth having without its dates
        }
    }
}
