package io.academichub.sources.biorxiv;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.model.AnnounceType;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.Page;

import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one response of the bioRxiv/medRxiv {@code /details/} endpoint
 * ({@code https://api.biorxiv.org/details/{server}/{from}/{to}/{cursor}/json}) into a {@link Page}: its papers,
 * {@code records} = the records the collection holds (the next page starts at the cursor plus these), {@code total}
 * = {@code messages[0].total} (each version counts).
 *
 * <pre>{@code
 * Page page = BiorxivParser.parse(body, "biorxiv:bioinformatics", uri);
 * page.total();           // 245, whether the API sent "245" or 245
 * page.papers().get(0);   // id doi:10.1101/2026.06.01.700001, authors [A. K. Sinha, C. Lee] …
 * }</pre>
 *
 * <p>Per record: the id from the DOI; the version (a number or a string); title and abstract cleaned of the JATS
 * flattening tokens, HTML references and glued headings; authors from {@code "Surname, Initials; …"}, the
 * corresponding author with the institution the API names; {@code published} from {@code date} (the date of the
 * version listed; {@code 2026-6-30} parses); the category as clean text, as the API
 * writes it ({@code cell biology}, {@code animal behavior and cognition}); the DOI; the
 * landing page and PDF of the version on www.biorxiv.org or www.medrxiv.org; the licence as the API names it
 * ({@code cc_by}); type {@value Paper#PREPRINT}; source {@code biorxiv} or {@code medrxiv} (from the record's
 * {@code server}, else the source id); the journal version's DOI ({@code published}, unless {@code NA}) in
 * {@code sameAs}; announce type {@code NEW} for version 1, {@code REPLACE} for a revision. The API lists every version
 * of a preprint posted in the interval; a page keeps one paper per DOI, of the highest version.
 *
 * <p>A record that cannot become a paper (no DOI, no title, a date that is not one) is skipped with a warning.
 */
final class BiorxivParser {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    private BiorxivParser() {
    }

    /**
     * Parses one {@code /details/} response.
     *
     * @param in       the response body; read to its end, not closed
     * @param sourceId the source on whose behalf it was fetched, named in errors; its prefix ({@code medrxiv:…})
     *                 names the server when the records do not
     * @param uri      the URL it came from, named in errors
     * @throws FeedFormatException     when the body is empty, not JSON, a {@code /pubs/} response, has no
     *                                 {@code messages}, or has one of
     *                                 {@code total} and {@code cursor} without the other (a single-DOI lookup
     *                                 gives neither: its collection is the whole answer)
     * @throws SourceRejectedException (status 200) when the {@code messages} status is not {@code ok}, quoting it;
     *                                 {@code "no posts found"} with an empty collection is an empty page (total 0)
     */
    public static Page parse(InputStream in, String sourceId, URI uri) {
        BiorxivJson.Read<BiorxivWire.Details> read = BiorxivJson.read(in, BiorxivWire.Details.class, sourceId, uri);
        List<BiorxivWire.Detail> records = read.value().collection() == null ? List.of() : read.value().collection();
        BiorxivJson.Counters counters = BiorxivJson.counters(read.value().messages(), records.size(), read.body(),
                sourceId, uri);
        if (counters.total() == BiorxivJson.UNKNOWN || counters.cursor() == BiorxivJson.UNKNOWN) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "the 'messages' entry has status ok but no "
                    + (counters.total() == BiorxivJson.UNKNOWN ? "total" : "cursor"), null);
        }
        List<String> warnings = new ArrayList<>();
        if (counters.count() != BiorxivJson.UNKNOWN && counters.count() != records.size()) {
            warnings.add("messages say count " + counters.count() + " but the collection holds " + records.size()
                    + " records at cursor " + counters.cursor() + "; paging by the collection");
        }
        BiorxivServer fallback = serverOf(sourceId);
        Map<PaperId, Paper> byId = new LinkedHashMap<>();
        int merged = 0;
        for (int i = 0; i < records.size(); i++) {
            Paper p;
            try {
                p = paper(records.get(i), fallback, warnings);
            } catch (IllegalArgumentException | DateTimeException e) {
                warnings.add("record " + (counters.cursor() + i) + " skipped: " + e.getMessage());
                continue;
            }
            Paper earlier = byId.get(p.id());
            if (earlier != null) {
                merged++;
                if (p.version() <= earlier.version()) {
                    continue;
                }
            }
            byId.put(p.id(), p); // a later version replaces an earlier one in its place
        }
        if (byId.isEmpty() && !records.isEmpty() && isPublicationsResponse(read.body())) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "this is a /pubs/ response (links from preprints "
                    + "to their journal versions, records with preprint_doi and published_doi), not a /details/ "
                    + "response of preprints; BiorxivPublications reads it", null);
        }
        if (merged > 0) {
            warnings.add((merged == 1 ? "1 older version of a preprint was merged into its latest version"
                    : merged + " older versions of preprints were merged into their latest versions")
                    + " (page at cursor " + counters.cursor() + ")");
        }
        return new Page(new ArrayList<>(byId.values()), records.size(), counters.total(), null, warnings);
    }

    // Every record of a /pubs/ page lacks the "doi" of /details/: saying which endpoint the page came from tells the
    // user more than a "no DOI" warning per record would.
    private static boolean isPublicationsResponse(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return text.contains("\"preprint_doi\"") && text.contains("\"published_doi\"");
    }

    /** The server a source id names by its prefix ({@code medrxiv:…}), else bioRxiv. */
    private static BiorxivServer serverOf(String sourceId) {
        int colon = sourceId.indexOf(':');
        BiorxivServer s = BiorxivServer.fromName(colon < 0 ? sourceId : sourceId.substring(0, colon));
        return s == null ? BiorxivServer.BIORXIV : s;
    }

    private static Paper paper(BiorxivWire.Detail r, BiorxivServer fallback, List<String> warnings) {
        if (r == null) {
            throw new IllegalArgumentException("null record");
        }
        if (r.doi() == null || r.doi().isBlank()) {
            throw new IllegalArgumentException("no DOI");
        }
        PaperId id = PaperId.doi(r.doi());
        String title = BiorxivText.title(r.title());
        if (title == null || title.isEmpty()) {
            throw new IllegalArgumentException(id + " has no title");
        }
        if (r.date() == null || r.date().isBlank()) {
            throw new IllegalArgumentException(id + " has no date");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(r.date().strip(), DATE);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(id + " has a date that is not one: '" + r.date() + "'", e);
        }
        int version = version(id, r.version());
        BiorxivServer server = BiorxivServer.fromName(r.server());
        if (server == null) {
            server = fallback;
        }
        String doi = id.value();
        Paper.Builder b = Paper.builder(id)
                .title(title)
                .authors(BiorxivAuthors.split(r.authors(), r.authorCorresponding(), r.authorCorrespondingInstitution()))
                .abstractText(BiorxivText.abstractText(r.abstractText()))
                .source(server.id())
                .published(date)
                .version(version)
                .announceType(version == 1 ? AnnounceType.NEW : AnnounceType.REPLACE)
                .doi(doi)
                .url(server.landingPage(doi, version))
                .pdfUrl(server.pdf(doi, version))
                .license(r.license() == null ? null : r.license().strip())
                .type(Paper.PREPRINT);
        String category = BiorxivCategories.fromWire(r.category());
        if (category != null) {
            b.categories(List.of(category));
        }
        String published = r.published() == null ? "" : r.published().strip();
        if (!published.isEmpty() && !published.equalsIgnoreCase("NA")) {
            String journalDoi = PaperId.normalizeDoi(published);
            if (journalDoi != null) {
                b.addSameAs(new PaperId(PaperId.DOI, journalDoi));
            } else {
                warnings.add(id + ": 'published' is not a DOI, ignored: '" + published + "'");
            }
        }
        return b.build(warnings::add);
    }

    private static int version(PaperId id, String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below says what was wrong
        }
        throw new IllegalArgumentException(id + " has a version that is not a whole number >= 1: '" + text + "'");
    }
}
