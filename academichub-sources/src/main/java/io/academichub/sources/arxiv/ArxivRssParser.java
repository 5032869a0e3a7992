package io.academichub.sources.arxiv;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.model.VersionedId;
import io.academichub.xml.SafeXml;

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
import java.util.function.Consumer;

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
final class ArxivRssParser {

    /** Namespace of {@code arxiv:announce_type}, {@code arxiv:DOI}, {@code arxiv:journal_reference}. */
    static final String ARXIV_NS = "http://arxiv.org/schemas/atom";
    /** Namespace of {@code dc:creator}, {@code dc:rights}. */
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    /** How arXiv titles the channel it sends instead of a feed when the query is bad. */
    static final String FEED_ERROR_TITLE = "Feed error for query";

    private final String sourceId;
    private final URI uri;
    private final XMLStreamReader xml;
    private final RssTextReader text;
    private final List<String> warnings = new ArrayList<>();
    // The paper being made, and the warnings that name it: made once per feed rather than a lambda per item.
    private PaperId itemId;
    private final Consumer<String> authorNote = note -> warnings.add(itemId + ": " + note);
    private final Consumer<String> notADoi =
            piece -> warnings.add(itemId + ": ignored arxiv:DOI '" + piece + "', not a DOI");
    // Every item of one announcement carries the same pubDate; parse it once, not 1500 times.
    private String lastDateText;
    private ZonedDateTime lastDate;

    private ArxivRssParser(String sourceId, URI uri, XMLStreamReader xml) {
        this.sourceId = sourceId;
        this.uri = uri;
        this.xml = xml;
        this.text = new RssTextReader(xml);
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
        return SafeXml.read(sourceId, uri, in, xml -> new ArxivRssParser(sourceId, uri, xml).readDocument());
    }

    private ArxivRssFeed readDocument() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                // SafeXml never resolves entities; refusing the DOCTYPE outright also keeps internal-subset
                // payloads (billion laughs) and anything they might reference out of every paper.
                throw SafeXml.doctypeRefused(sourceId, uri, xml, "an arXiv feed");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!"rss".equals(xml.getLocalName())) {
                    throw SafeXml.unexpectedRoot(sourceId, uri, xml, "an RSS feed");
                }
                return readRss();
            }
        }
        throw SafeXml.formatError(sourceId, uri, xml, "empty document: no root element");
    }

    private ArxivRssFeed readRss() throws XMLStreamException {
        ArxivRssFeed feed = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("channel".equals(xml.getLocalName()) && feed == null) {
                    feed = readChannel();
                } else {
                    SafeXml.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (feed == null) {
                    throw SafeXml.formatError(sourceId, uri, xml, "RSS document without a <channel>");
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
        while (SafeXml.nextChild(xml)) {
            if (!isPlain()) {
                SafeXml.skipElement(xml);
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
                case "title" -> title = readFolded();
                case "description" -> description = readFolded();
                case "pubDate" -> {
                    ZonedDateTime t = date(readText(), "channel pubDate");
                    announced = t == null ? null : t.toLocalDate();
                }
                case "lastBuildDate" -> {
                    ZonedDateTime t = date(readText(), "channel lastBuildDate");
                    lastBuildDate = t == null ? null : t.toInstant();
                }
                case "skipDays" -> readSkipDays(skipDays);
                default -> SafeXml.skipElement(xml);
            }
        }
        if (title != null && title.startsWith(FEED_ERROR_TITLE)) {
            String said = description == null || description.isEmpty() ? title : description;
            throw new SourceRejectedException(sourceId, uri, 200, "arXiv says \"" + said + "\"", null);
        }
        return new ArxivRssFeed(papers, items, title, announced, lastBuildDate, skipDays, warnings);
    }

    private void readSkipDays(List<String> skipDays) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            if ("day".equals(xml.getLocalName())) {
                String day = readFolded();
                if (!day.isEmpty()) {
                    skipDays.add(day);
                }
            } else {
                SafeXml.skipElement(xml);
            }
        }
    }

    /** One {@code <item>}; {@code null} (with a warning) when it cannot become a paper. */
    private Paper readItem(int index, LocalDate channelDay) throws XMLStreamException {
        String title = null;
        String link = null;
        RssTextReader.Description description = null;
        String guid = null;
        VersionedId guidId = null; // a guid in arXiv's own form, read without making its String
        List<String> categories = new ArrayList<>(4);
        LocalDate published = null;
        AnnounceType announceType = null;
        String doi = null;
        String journalRef = null;
        String rights = null;
        text.clearCreators();
        while (SafeXml.nextChild(xml)) {
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (ns == null || ns.isEmpty()) {
                switch (name) {
                    case "title" -> title = readFolded();
                    case "link" -> {
                        text.read();
                        link = text.foldedToken();
                    }
                    case "description" -> {
                        text.read();
                        description = text.description();
                    }
                    case "guid" -> {
                        text.read();
                        guidId = text.arxivGuid();
                        guid = guidId == null ? text.foldedToken() : null;
                    }
                    case "category" -> {
                        text.read();
                        String c = text.foldedRepeating();
                        if (!c.isEmpty()) {
                            categories.add(c);
                        }
                    }
                    case "pubDate" -> {
                        text.read();
                        ZonedDateTime t = bufferedDate(index);
                        published = t == null ? null : t.toLocalDate();
                    }
                    default -> SafeXml.skipElement(xml);
                }
            } else if (ARXIV_NS.equals(ns)) {
                switch (name) {
                    case "announce_type" -> {
                        text.read();
                        announceType = text.announceType();
                        if (announceType == null) {
                            announceType = otherAnnounceType(index, text.text());
                        }
                    }
                    case "DOI" -> doi = readFolded();
                    case "journal_reference" -> journalRef = readFolded();
                    default -> SafeXml.skipElement(xml);
                }
            } else if (DC_NS.equals(ns)) {
                switch (name) {
                    case "creator" -> {
                        text.read();
                        text.appendCreators(); // several are one list, as if joined by ", "
                    }
                    case "rights" -> {
                        text.read();
                        rights = text.foldedRepeating();
                    }
                    default -> SafeXml.skipElement(xml);
                }
            } else {
                SafeXml.skipElement(xml);
            }
        }
        if (description == null) {
            description = new RssTextReader.Description(null, null, "");
        }
        VersionedId vid = guidId;
        if (vid == null) {
            String idText = guid != null ? guid : description.id();
            if (idText == null) {
                return skip(index, "no guid and no arXiv id in the description");
            }
            try {
                vid = PaperId.parseVersioned(idText);
            } catch (IllegalArgumentException e) {
                vid = null;
            }
            if (vid == null || !vid.id().isArxiv()) {
                return skip(index, "guid '" + idText + "' is not an arXiv identifier");
            }
        }
        PaperId id = vid.id();
        int version = vid.version();
        if (version == 0 && (guidId != null || guid != null) && description.id() != null) {
            version = versionOf(id, description.id()); // an unversioned guid: the description's arXiv:…vN says
        }
        if (title == null || title.isEmpty()) {
            return skip(index, id + " has no title");
        }
        if (published == null) {
            published = channelDay;
        }
        if (published == null) {
            return skip(index, id + " has no readable pubDate");
        }
        if (announceType == null) {
            announceType = description.announceType();
        }
        if (announceType == null) {
            warnings.add(id + ": no announce type");
            announceType = AnnounceType.UNKNOWN;
        }
        itemId = id;
        Arxiv.Dois dois = Arxiv.dois(doi, notADoi);
        try {
            // The record's constructor directly: the builder would copy every list and set once more.
            List<Author> authors = text.authors(authorNote);
            return new Paper(id, title, authors, description.abstractText(), Arxiv.SOURCE, categories,
                    published, null, Math.max(1, version), announceType, dois.doi(),
                    journalRef == null || journalRef.isEmpty() ? null : journalRef,
                    uri(id, link), Arxiv.pdf(id, version),
                    rights == null || rights.isEmpty() ? null : rights, dois.sameAs(), Paper.PREPRINT);
        } catch (IllegalArgumentException e) {
            return skip(index, id + ": " + e.getMessage());
        }
    }

    private AnnounceType otherAnnounceType(int index, String text) {
        try {
            return AnnounceType.fromWireName(text);
        } catch (IllegalArgumentException e) {
            warnings.add("item " + index + ": unknown announce type '" + text.strip() + "'");
            return AnnounceType.UNKNOWN;
        }
    }

    private URI uri(PaperId id, String link) {
        if (link != null && !link.isEmpty() && !Arxiv.isAbs(link, id)) {
            try {
                return URI.create(link);
            } catch (IllegalArgumentException e) {
                warnings.add(id + ": link '" + link + "' is not a URL; using " + Arxiv.abs(id));
            }
        }
        return Arxiv.abs(id);
    }

    /** The RFC 822 date of item {@code index} in the text buffer, or {@code null} with a warning. */
    private ZonedDateTime bufferedDate(int index) {
        if (lastDateText != null && text.strippedEquals(lastDateText)) {
            return lastDate; // the common case: the same date as the item before, no String made
        }
        return date(text.text(), "item " + index + " pubDate");
    }

    private ZonedDateTime date(String value, String what) {
        String t = value.strip();
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

    private static int versionOf(PaperId id, String text) {
        try {
            VersionedId v = PaperId.parseVersioned(text);
            return v.id().equals(id) ? v.version() : 0;
        } catch (IllegalArgumentException e) {
            return 0;
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

    /** The current element's text as sent. */
    private String readText() throws XMLStreamException {
        text.read();
        return text.text();
    }

    /** The current element's text, white space folded. */
    private String readFolded() throws XMLStreamException {
        text.read();
        return text.folded();
    }


}
