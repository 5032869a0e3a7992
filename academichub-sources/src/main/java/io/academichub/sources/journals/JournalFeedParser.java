package io.academichub.sources.journals;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.xml.SafeXml;

import javax.xml.stream.XMLStreamConstants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Parses a journal feed — RSS 0.9x, 1.0 (RDF), 2.0 or Atom — into {@link Paper}s with Rome, from bytes the transport
 * fetched (Rome never fetches here). Doctypes stay disallowed, so a feed with a DTD or an external entity is refused
 * as a {@link FeedFormatException} before anything is resolved.
 *
 * <pre>{@code
 * JournalFeed feed = JournalFeedParser.parse(in, "nature", URI.create("https://www.nature.com/nature.rss"),
 *         "application/rss+xml; charset=UTF-8");
 * }</pre>
 *
 * <p>How an item becomes a paper:
 * <ul>
 *   <li>id: {@code doi:…} when a DOI is found — {@code prism:doi}, else a {@code dc:identifier} that is a DOI
 *       ({@code doi:10.1038/…}), else a doi.org link or an {@code info:doi/…} id (PLOS); otherwise
 *       {@code url:<link>}; an item without an http(s) link, {@code guid:<its guid or Atom id>}; an item with
 *       nothing but a title, {@code feed-item:<feed link>#<16 hex digits of the title's SHA-256>}</li>
 *   <li>url: the item's link (relative ones resolved against {@code xml:base} where Rome applies it, else the
 *       channel's own link, else the feed's URL), else {@code prism:url}, else a guid that is a URL, else the
 *       DOI's doi.org link, else the channel's own link</li>
 *   <li>title: HTML turned into clean text, sub- and superscripts in Unicode where it has them
 *       ({@code <sup>9</sup>Be} → {@code ⁹Be}, {@code T<sub>reg</sub>} → {@code Treg}); Atom {@code type="text"}
 *       titles are taken as they are</li>
 *   <li>abstract: the description (Atom summary), else the first content ({@code content:encoded}; base64 Atom
 *       content decoded), else {@code dc:description}, as clean text,
 *       without Nature's citation paragraph ({@code Nature, Published online: 20 August 2024; doi:…}); empty when
 *       what is left only repeats the title</li>
 *   <li>authors: every {@code dc:creator}; Rome's authors (Atom {@code <author>}, RSS {@code <author>}) when there
 *       are more of them; else {@code dc:author} or {@code itunes:author}; then Atom {@code <contributor>}s. A whole
 *       byline in one {@code dc:creator} ({@code "Smith, J., Doe, A. B."}, HighWire's bioRxiv feeds) is split;
 *       e-mail addresses beside names are dropped (see {@code FeedAuthors})</li>
 *   <li>published: {@code dc:date} (which Rome also fills from RSS {@code pubDate} and Atom {@code published}), else
 *       {@code prism:publicationDate}, else the Atom {@code updated}, else the feed's own date; else unknown
 *       ({@code null}). A date without a time is that day; a time is taken in UTC.</li>
 *   <li>journalRef: {@code prism:publicationName} of the item, else of the channel</li>
 *   <li>type: Nature's DOIs and links say it — {@code s41586-…} is {@link Paper#ARTICLE}, {@code d41586-…}
 *       {@link Paper#NEWS} (any {@code 10.1038/s…}/{@code d…} alike); else {@code dc:type} when the feed gives one;
 *       else {@code null}</li>
 *   <li>categories: the item's {@code <category>}/{@code dc:subject}s as lower-case tokens
 *       ({@code Cell biology} → {@code cell-biology}); none when the feed gives none (the journal is already in
 *       {@code source} and {@code journalRef})</li>
 *   <li>source: the part of the source id before the colon: {@code nature}, {@code science} … for presets,
 *       {@code rss} for {@code rss:<url>}</li>
 *   <li>pdfUrl: an enclosure of type {@code application/pdf}, if any</li>
 * </ul>
 * An item is a paper when it has a title; one without is skipped with a warning, as is an item whose id was already
 * seen. PRISM is read in both its namespaces
 * ({@code http://prismstandard.org/namespaces/basic/2.0/} and the older {@code http://purl.org/rss/1.0/modules/prism/}).
 */
final class JournalFeedParser {

    static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private JournalFeedParser() {
    }

    /** Parses a feed whose content type is not known; see {@link #parse(InputStream, String, URI, String)}. */
    public static JournalFeed parse(InputStream in, String sourceId, URI uri) {
        return parse(in, sourceId, uri, null);
    }

    /**
     * Parses a feed.
     *
     * @param in          the feed's bytes; read to the end, not closed
     * @param sourceId    the source on whose behalf it is parsed ({@code nature}, {@code rss:https://…}); named in
     *                    errors, and its part before a colon becomes each paper's {@code source}
     * @param uri         where the feed came from; named in errors, and relative links resolve against it
     * @param contentType the response's {@code Content-Type} (its charset counts), or {@code null}
     * @return the papers and what was skipped
     * @throws FeedFormatException        when the bytes are not a well-formed RSS or Atom feed, or carry a DOCTYPE
     *                                    (line and column given when Rome knows them)
     * @throws SourceUnavailableException when {@code in} cannot be read
     */
    public static JournalFeed parse(InputStream in, String sourceId, URI uri, String contentType) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceId, "sourceId");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new SourceUnavailableException(sourceId, uri, 0, "could not read the feed: " + e, e);
        }
        SyndFeed feed = build(bytes, sourceId, uri, contentType);
        List<String> warnings = new ArrayList<>();
        FeedItemMapper mapper = new FeedItemMapper(kind(sourceId), feedBase(feed.getLink(), uri),
                FeedItemMapper.prism(feed.getForeignMarkup(), "publicationName"), feed.getPublishedDate(), warnings);
        List<SyndEntry> entries = feed.getEntries();
        List<Paper> papers = new ArrayList<>(entries.size());
        Set<PaperId> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Paper paper = mapper.toPaper(entries.get(i), i + 1);
            if (paper == null) {
                continue;
            }
            if (seen.add(paper.id())) {
                papers.add(paper);
            } else {
                warnings.add("item " + (i + 1) + " (" + paper.url() + ") repeats " + paper.id() + "; dropped");
            }
        }
        int announced = announcedItems(bytes, sourceId, uri, feed.getFeedType(), warnings);
        if (announced >= 0 && announced != entries.size()) {
            warnings.add("the channel lists " + announced + " items but the feed holds " + entries.size());
        }
        String title = feed.getTitle() == null ? null : FeedText.fromHtml(feed.getTitle());
        return new JournalFeed(papers, entries.size(), announced, title == null || title.isEmpty() ? null : title,
                feed.getFeedType(), warnings);
    }

    // The bytes are decoded strictly (FeedDecoding) and proved well-formed and within SafeXml's limits by a
    // streaming pass before Rome builds its JDOM tree, whose cost grows with the square of the nesting depth; Rome
    // then reads the decoded text with its defaults (doctypes disallowed). Whatever Rome still fails on becomes a
    // FeedFormatException saying what is wrong.
    private static SyndFeed build(byte[] bytes, String sourceId, URI uri, String contentType) {
        String root;
        String text;
        try {
            text = FeedDecoding.decode(bytes, contentType, sourceId, uri);
            root = checkStructure(text, sourceId, uri);
        } catch (FeedFormatException e) {
            if (isHtml(contentType) && !e.detail().startsWith("the server sent an HTML page")) {
                throw new FeedFormatException(sourceId, uri, e.line(), e.column(), notAFeed(contentType) + e.detail(), e);
            }
            throw e;
        }
        if (root.equalsIgnoreCase("html")) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "the server sent an HTML page, not a feed "
                    + "(a login page, a bot check or an error page; check the URL)", null);
        }
        try {
            return new SyndFeedInput().build(new StringReader(text));
        } catch (ParsingFeedException e) {
            Throwable rootCause = rootCause(e);
            if (rootCause instanceof RuntimeException crash) {
                // the document is well-formed (checked above): Rome itself failed on it
                throw new FeedFormatException(sourceId, uri, -1, -1, notAFeed(contentType)
                        + romeFailure(root, text, crash), e);
            }
            String cause = rootMessage(e);
            String detail = isHtml(contentType) ? notAFeed(contentType) + cause
                    : cause.contains("DOCTYPE")
                    ? "a DOCTYPE is not allowed in a feed (no DTD or external entity is ever loaded)"
                    : notAFeed(contentType) + "malformed XML: " + cause;
            throw new FeedFormatException(sourceId, uri, e.getLineNumber(), e.getColumnNumber(), detail, e);
        } catch (FeedException | IllegalArgumentException e) {
            // Rome says "Invalid document" (IllegalArgumentException) for XML that is neither RSS nor Atom.
            throw new FeedFormatException(sourceId, uri, -1, -1, notAFeed(contentType) + e.getMessage()
                    + " (the root element is <" + root + ">)", e);
        } catch (RuntimeException e) {
            throw new FeedFormatException(sourceId, uri, -1, -1, notAFeed(contentType) + romeFailure(root, text, e), e);
        }
    }

    // Rome's healer turns the HTML entities feeds use without declaring them (&nbsp;) into characters before it
    // parses: a document the check refuses only for such an entity is checked again as Rome will see it. Healing
    // costs a pass over the text, so only those documents pay it (and a hostile one is refused by the first pass).
    private static String checkStructure(String text, String sourceId, URI uri) {
        try {
            return SafeXml.checkStructure(sourceId, uri, new StringReader(text), "a feed");
        } catch (FeedFormatException e) {
            if (!e.detail().contains("Undeclared general entity")) {
                throw e;
            }
            return SafeXml.checkStructure(sourceId, uri, new StringReader(heal(text)), "a feed");
        }
    }

    private static String heal(String text) {
        try (Reader healer = new XmlFixerReader(new StringReader(text))) {
            StringWriter healed = new StringWriter(text.length());
            healer.transferTo(healed);
            return healed.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    // Rome fails with a NullPointerException on an <rss> without a <channel>, and with an index error on Atom
    // content marked base64 that is not base64: say which.
    private static String romeFailure(String root, String text, RuntimeException e) {
        if (root.equals("rss") && !text.contains("<channel")) {
            return "an <rss> document without a <channel>";
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().endsWith("Base64")) {
                return "Rome could not decode content marked base64 (Atom 0.3 mode=\"base64\")";
            }
        }
        return "Rome could not read the <" + root + "> document (" + e + ")";
    }

    // The channel's own <link> when it is an http(s) URL (relative ones resolve against where the feed came from),
    // else where the feed came from.
    private static URI feedBase(String link, URI uri) {
        if (link != null && !link.isBlank()) {
            try {
                URI l = new URI(link.strip());
                if (!l.isAbsolute() && uri != null) {
                    l = uri.resolve(l);
                }
                if (l.getHost() != null && ("http".equalsIgnoreCase(l.getScheme())
                        || "https".equalsIgnoreCase(l.getScheme()))) {
                    return l;
                }
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // not a URL: use where the feed came from
            }
        }
        return uri;
    }

    // A login wall or a bot check answers 200 with an HTML page; saying so helps more than a parser message.
    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
    }

    private static String notAFeed(String contentType) {
        if (isHtml(contentType)) {
            return "the server sent an HTML page (" + contentType + "), not a feed: ";
        }
        return "not a valid RSS or Atom feed: ";
    }

    // The parser's own words (SAX: "XML document structures must start and end within the same entity."), without
    // Rome's "Invalid XML: Error on line 85:" wrapping, as the line and column are given apart.
    private static String rootMessage(Exception e) {
        Throwable t = rootCause(e);
        return t.getMessage() != null ? t.getMessage() : String.valueOf(e.getMessage());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String kind(String sourceId) {
        int colon = sourceId.indexOf(':');
        return colon < 0 ? sourceId : sourceId.substring(0, colon);
    }

    // RSS 1.0 says how many items it has: channel/items/rdf:Seq/rdf:li. Rome keeps no trace of it, so a second,
    // streaming pass over the bytes Rome already accepted counts them (the project's hardened StAX reader).
    private static int announcedItems(byte[] bytes, String sourceId, URI uri, String feedType, List<String> warnings) {
        if (feedType == null || !(feedType.equals("rss_1.0") || feedType.equals("rss_0.9"))) {
            return -1;
        }
        try {
            return SafeXml.read(sourceId, uri, new ByteArrayInputStream(bytes), xml -> {
                int count = -1;
                int itemsDepth = -1;
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String name = xml.getLocalName();
                        if (itemsDepth < 0 && name.equals("items")) {
                            itemsDepth = depth;
                            count = 0;
                        } else if (itemsDepth >= 0 && name.equals("li") && RDF_NS.equals(xml.getNamespaceURI())) {
                            count++;
                        } else if (itemsDepth < 0 && name.equals("item")) {
                            return -1; // items come before any item in RSS 1.0; there is no list
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (depth == itemsDepth) {
                            return count;
                        }
                        depth--;
                    }
                }
                return count;
            });
        } catch (SourceException e) {
            // Rome read it (perhaps in a charset only the Content-Type named); the count is a check, not the data.
            warnings.add("could not count the channel's item list: " + e.getMessage());
            return -1;
        }
    }
}
