package io.academichub.sources.arxiv;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.model.VersionedId;
import io.academichub.source.FeedFormatException;
import io.academichub.source.SourceException;
import io.academichub.source.SourceRejectedException;
import io.academichub.text.CleanText;
import io.academichub.xml.SafeXml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses arXiv's announcement RSS ({@code https://rss.arxiv.org/rss/cs.AI+cs.LG}, the format in use since
 * January 2024) into {@link Paper}s, streaming with StAX through {@link SafeXml} (no DTDs, no external entities).
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *     ArxivRssFeed feed = ArxivRssParser.parse(in, "arxiv:cs.AI", URI.create("https://rss.arxiv.org/rss/cs.AI"));
 * }
 * }</pre>
 *
 * <p>Each {@code <item>} becomes a paper: id and version from the {@code guid} ({@code oai:arXiv.org:2411.17700v1}),
 * the title with white space folded (TeX kept), the abstract without arXiv's
 * {@code arXiv:… Announce Type: … Abstract:} prefix, categories in feed order (primary first), the announce type,
 * authors split from the single {@code dc:creator} string by {@link ArxivAuthors}, DOI and journal reference when
 * present, the licence from {@code dc:rights}, and the item's {@code pubDate} as the publication day in the feed's
 * own offset. An item that cannot become a paper (no arXiv guid, no title) is skipped with a warning rather than
 * sinking the feed.
 *
 * <p>Instances are not shared: every call parses with its own state, so the class is safe to use from many threads.
 */
public final class ArxivRssParser {

    /** Namespace of {@code arxiv:announce_type}, {@code arxiv:DOI}, {@code arxiv:journal_reference}. */
    static final String ARXIV_NS = "http://arxiv.org/schemas/atom";
    /** Namespace of {@code dc:creator}, {@code dc:rights}. */
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    /** How arXiv titles the channel it sends instead of a feed when the query is bad. */
    static final String FEED_ERROR_TITLE = "Feed error for query";

    private static final String PDF_BASE = "https://arxiv.org/pdf/";
    private static final String ABS_BASE = "https://arxiv.org/abs/";
    private static final String SOURCE = "arxiv";

    private final String sourceId;
    private final URI uri;
    private final XMLStreamReader xml;
    private final List<String> warnings = new ArrayList<>();
    // Every item of one announcement carries the same pubDate; parse it once, not 1500 times.
    private String lastDateText;
    private ZonedDateTime lastDate;

    private ArxivRssParser(String sourceId, URI uri, XMLStreamReader xml) {
        this.sourceId = sourceId;
        this.uri = uri;
        this.xml = xml;
    }

    /**
     * Parses one feed document. The stream is read to the end of the document but not closed.
     *
     * @param in       the response body
     * @param sourceId the source the feed belongs to, named in errors
     * @param uri      the URL it came from, named in errors
     * @return the feed; {@link ArxivRssFeed#noAnnouncement()} for a valid channel without items
     * @throws FeedFormatException     when the body is not well-formed XML (with line and column), declares a DTD,
     *                                 or is not an RSS document
     * @throws SourceRejectedException (status 200) for arXiv's "Feed error for query" channel; the detail quotes
     *                                 arXiv's explanation ("Bad archive 'astroph'. Valid archive names are: …")
     */
    public static ArxivRssFeed parse(InputStream in, String sourceId, URI uri) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceId, "sourceId");
        XMLStreamReader xml = SafeXml.reader(sourceId, uri, in);
        try {
            return new ArxivRssParser(sourceId, uri, xml).readDocument();
        } catch (XMLStreamException e) {
            throw SafeXml.formatError(sourceId, uri, e);
        } catch (SourceException e) {
            throw e;
        } catch (RuntimeException e) {
            // Woodstox reports some errors lazily, wrapped in an unchecked exception (WstxLazyException).
            if (e.getCause() instanceof XMLStreamException cause) {
                throw SafeXml.formatError(sourceId, uri, cause);
            }
            throw e;
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // closing a reader releases buffers only; the caller owns the stream
            }
        }
    }

    private ArxivRssFeed readDocument() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                // SafeXml never resolves entities; refusing the DOCTYPE outright also keeps internal-subset
                // payloads (billion laughs) and anything they might reference out of every paper.
                throw formatError("a DOCTYPE is not allowed in an arXiv feed; refused without reading it");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!"rss".equals(xml.getLocalName())) {
                    throw formatError("not an RSS feed: the root element is <" + xml.getLocalName() + ">");
                }
                return readRss();
            }
        }
        throw formatError("empty document: no root element");
    }

    private ArxivRssFeed readRss() throws XMLStreamException {
        ArxivRssFeed feed = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("channel".equals(xml.getLocalName()) && feed == null) {
                    feed = readChannel();
                } else {
                    skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (feed == null) {
                    throw formatError("RSS document without a <channel>");
                }
                return feed;
            }
        }
    }

    private ArxivRssFeed readChannel() throws XMLStreamException {
        List<Paper> papers = new ArrayList<>(1024);
        List<String> skipDays = new ArrayList<>(2);
        int items = 0;
        String title = null;
        String description = null;
        LocalDate announced = null;
        Instant lastBuildDate = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!isPlain()) {
                skipElement();
                continue;
            }
            switch (xml.getLocalName()) {
                case "item" -> {
                    items++;
                    Paper paper = readItem(items, announced);
                    if (paper != null) {
                        papers.add(paper);
                    }
                }
                case "title" -> title = CleanText.foldWhitespace(readText());
                case "description" -> description = CleanText.foldWhitespace(readText());
                case "pubDate" -> {
                    ZonedDateTime t = date(readText(), "channel pubDate");
                    announced = t == null ? null : t.toLocalDate();
                }
                case "lastBuildDate" -> {
                    ZonedDateTime t = date(readText(), "channel lastBuildDate");
                    lastBuildDate = t == null ? null : t.toInstant();
                }
                case "skipDays" -> readSkipDays(skipDays);
                default -> skipElement();
            }
        }
        if (title != null && title.startsWith(FEED_ERROR_TITLE)) {
            String said = description == null || description.isEmpty() ? title : description;
            throw new SourceRejectedException(sourceId, uri, 200, "arXiv says \"" + said + "\"", null);
        }
        return new ArxivRssFeed(papers, items, title, announced, lastBuildDate, skipDays, warnings);
    }

    private void readSkipDays(List<String> skipDays) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("day".equals(xml.getLocalName())) {
                    String day = readText().strip();
                    if (!day.isEmpty()) {
                        skipDays.add(day);
                    }
                } else {
                    skipElement();
                }
            }
        }
    }

    /** One {@code <item>}; {@code null} (with a warning) when it cannot become a paper. */
    private Paper readItem(int index, LocalDate channelDay) throws XMLStreamException {
        String title = null;
        String link = null;
        String description = null;
        String guid = null;
        List<String> categories = new ArrayList<>(4);
        String pubDate = null;
        String announceType = null;
        String doi = null;
        String journalRef = null;
        String rights = null;
        String creators = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (ns == null || ns.isEmpty()) {
                switch (name) {
                    case "title" -> title = readText();
                    case "link" -> link = readText();
                    case "description" -> description = readText();
                    case "guid" -> guid = readText();
                    case "category" -> {
                        String c = readText().strip();
                        if (!c.isEmpty()) {
                            categories.add(c);
                        }
                    }
                    case "pubDate" -> pubDate = readText();
                    default -> skipElement();
                }
            } else if (ARXIV_NS.equals(ns)) {
                switch (name) {
                    case "announce_type" -> announceType = readText();
                    case "DOI" -> doi = readText();
                    case "journal_reference" -> journalRef = readText();
                    default -> skipElement();
                }
            } else if (DC_NS.equals(ns)) {
                switch (name) {
                    case "creator" -> creators = creators == null ? readText() : creators + ", " + readText();
                    case "rights" -> rights = readText();
                    default -> skipElement();
                }
            } else {
                skipElement();
            }
        }
        return toPaper(index, title, link, description, guid, categories, pubDate, announceType, doi, journalRef,
                rights, creators, channelDay);
    }

    private Paper toPaper(int index, String title, String link, String description, String guid,
                          List<String> categories, String pubDate, String announceType, String doi,
                          String journalRef, String rights, String creators, LocalDate channelDay) {
        Prefix prefix = Prefix.of(description);
        String idText = guid != null ? guid : prefix.id;
        if (idText == null) {
            return skip(index, "no guid and no arXiv id in the description");
        }
        VersionedId vid;
        try {
            vid = PaperId.parseVersioned(idText);
        } catch (IllegalArgumentException e) {
            return skip(index, "guid '" + idText + "' is not an arXiv identifier");
        }
        PaperId id = vid.id();
        if (!id.isArxiv()) {
            return skip(index, "guid '" + idText + "' is not an arXiv identifier");
        }
        String cleanTitle = title == null ? "" : CleanText.foldWhitespace(title);
        if (cleanTitle.isEmpty()) {
            return skip(index, id + " has no title");
        }
        LocalDate published = channelDay;
        if (pubDate != null) {
            ZonedDateTime t = date(pubDate, id + " pubDate");
            if (t != null) {
                published = t.toLocalDate();
            }
        }
        if (published == null) {
            return skip(index, id + " has no readable pubDate");
        }
        String versioned = vid.version() > 0 ? id.value() + "v" + vid.version() : id.value();
        Paper.Builder b = Paper.builder(id)
                .title(cleanTitle)
                .abstractText(prefix.abstractText)
                .source(SOURCE)
                .categories(categories)
                .published(published)
                .version(Math.max(1, vid.version()))
                .announceType(announceType(id, announceType != null ? announceType : prefix.announceType))
                .journalRef(journalRef == null ? null : CleanText.foldWhitespace(journalRef))
                .url(uri(id, link, ABS_BASE + id.value()))
                .pdfUrl(URI.create(PDF_BASE + versioned))
                .license(rights == null ? null : rights.strip());
        List<Author> authors = ArxivAuthors.split(creators);
        b.authors(authors);
        if (doi != null) {
            addDois(b, id, doi);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            return skip(index, id + ": " + e.getMessage());
        }
    }

    // arxiv:DOI sometimes holds several DOIs separated by white space (even the same one twice); the first is the
    // paper's DOI, every one is another id of the same work.
    private void addDois(Paper.Builder b, PaperId id, String text) {
        boolean first = true;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String one = text.substring(start, i);
            String canonical = PaperId.normalizeDoi(one);
            if (canonical == null) {
                warnings.add(id + ": ignored arxiv:DOI '" + one + "', not a DOI");
                continue;
            }
            if (first) {
                b.doi(canonical);
                first = false;
            }
            b.addSameAs(new PaperId(PaperId.DOI, canonical));
        }
    }

    private AnnounceType announceType(PaperId id, String text) {
        if (text == null) {
            warnings.add(id + ": no announce type");
            return AnnounceType.UNKNOWN;
        }
        switch (text) { // the four values arXiv sends, without the general parser's normalisation
            case "new":
                return AnnounceType.NEW;
            case "cross":
                return AnnounceType.CROSS;
            case "replace":
                return AnnounceType.REPLACE;
            case "replace-cross":
                return AnnounceType.REPLACE_CROSS;
            default:
                try {
                    return AnnounceType.fromWireName(text);
                } catch (IllegalArgumentException e) {
                    warnings.add(id + ": unknown announce type '" + text.strip() + "'");
                    return AnnounceType.UNKNOWN;
                }
        }
    }

    private URI uri(PaperId id, String text, String fallback) {
        if (text != null && !text.isBlank()) {
            try {
                return URI.create(text.strip());
            } catch (IllegalArgumentException e) {
                warnings.add(id + ": link '" + text.strip() + "' is not a URL; using " + fallback);
            }
        }
        return URI.create(fallback);
    }

    private ZonedDateTime date(String text, String what) {
        String t = text.strip();
        if (t.equals(lastDateText)) {
            return lastDate;
        }
        try {
            ZonedDateTime parsed = ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
            lastDateText = t;
            lastDate = parsed;
            return parsed;
        } catch (DateTimeParseException e) {
            warnings.add(what + " '" + t + "' is not an RFC 822 date");
            return null;
        }
    }

    private Paper skip(int index, String why) {
        warnings.add("item " + index + " skipped: " + why);
        return null;
    }

    private boolean isPlain() {
        String ns = xml.getNamespaceURI();
        return ns == null || ns.isEmpty();
    }

    /**
     * The text of the current element, reader left on its end tag. Nested markup (never sent by arXiv) contributes
     * its text instead of failing the whole feed.
     */
    private String readText() throws XMLStreamException {
        String first = null;
        StringBuilder more = null;
        int depth = 1;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    // The reader coalesces, so usually there is exactly one text event: keep its String as is.
                    if (first == null) {
                        first = xml.getText();
                    } else {
                        if (more == null) {
                            more = new StringBuilder(first);
                        }
                        more.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (--depth == 0) {
                        return more != null ? more.toString() : first != null ? first : "";
                    }
                }
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    /** Skips the current element and everything inside it, reader left on its end tag. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private FeedFormatException formatError(String detail) {
        Location loc = xml.getLocation();
        return new FeedFormatException(sourceId, uri, loc == null ? -1 : loc.getLineNumber(),
                loc == null ? -1 : loc.getColumnNumber(), detail, null);
    }

    /**
     * arXiv's description prefix, {@code arXiv:2411.17700v1 Announce Type: new \nAbstract: …}, taken apart
     * without regular expressions (this runs once per item on the hot path).
     */
    private record Prefix(String id, String announceType, String abstractText) {

        private static final String ARXIV = "arXiv:";
        private static final String ANNOUNCE = "Announce Type:";
        private static final String ABSTRACT = "Abstract:";

        static Prefix of(String description) {
            if (description == null) {
                return new Prefix(null, null, "");
            }
            int n = description.length();
            int i = skipSpace(description, 0);
            if (!description.startsWith(ARXIV, i)) {
                return new Prefix(null, null, CleanText.foldWhitespace(description));
            }
            int idStart = i + ARXIV.length();
            int idEnd = idStart;
            while (idEnd < n && !Character.isWhitespace(description.charAt(idEnd))) {
                idEnd++;
            }
            String id = description.substring(idStart, idEnd);
            int at = skipSpace(description, idEnd);
            String type = null;
            if (description.startsWith(ANNOUNCE, at)) {
                int typeStart = skipSpace(description, at + ANNOUNCE.length());
                int typeEnd = typeStart;
                while (typeEnd < n && !Character.isWhitespace(description.charAt(typeEnd))) {
                    typeEnd++;
                }
                type = description.substring(typeStart, typeEnd);
                at = skipSpace(description, typeEnd);
            }
            if (description.startsWith(ABSTRACT, at)) {
                at = skipSpace(description, at + ABSTRACT.length());
            }
            return new Prefix(id, type, CleanText.foldWhitespace(description.substring(at)));
        }

        private static int skipSpace(String s, int i) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
