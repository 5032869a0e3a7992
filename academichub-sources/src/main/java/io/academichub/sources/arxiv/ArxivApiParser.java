package io.academichub.sources.arxiv;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.source.Page;
import io.academichub.text.CleanText;
import io.academichub.text.TexAccents;
import io.academichub.xml.SafeXml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one response of the arXiv query API ({@code https://export.arxiv.org/api/query}) into an
 * {@link Page}, streaming with StAX through {@link SafeXml} (no DTDs, no external entities).
 *
 * <pre>{@code
 * Page page = ArxivApiParser.parse(body, "arxiv-api:cat:cs.AI", uri);
 * page.total();          // 214881: opensearch:totalResults
 * page.records();        // the entries the feed held, skipped ones included
 * page.papers().get(0);  // id arxiv:2202.12139, version 1, categories [cs.SE, cs.LG] …
 * }</pre>
 *
 * <p>Both response formats parse: the 2026 backend's ({@code <?xml version='1.0'?>}, namespaces declared once on
 * {@code <feed>}) and the older one (namespaces declared inline on each {@code arxiv:} and {@code opensearch:}
 * element, hard-wrapped titles and summaries). Per entry: the id and version from {@code <id>}; title and summary
 * with white space folded (a title that is literally {@code 0} is a title); authors with their
 * {@code arxiv:affiliation}s; categories with {@code arxiv:primary_category} first; {@code published} as a date,
 * {@code updated} as an instant; {@code arxiv:doi} (also as {@code sameAs}) and {@code arxiv:journal_ref}; the
 * unversioned abs page as {@code url} and the {@code title="pdf"} link, on https. {@code arxiv:comment} has no place in {@link Paper} and is skipped.
 *
 * <p>An entry that cannot become a paper (no id, no title, no publication date) is skipped, with the reason in the
 * page's warnings. arXiv's {@code Error} entry (id
 * {@code https://arxiv.org/api/errors#…}) is a {@link SourceRejectedException} quoting arXiv's message.
 */
final class ArxivApiParser {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ARXIV = "http://arxiv.org/schemas/atom";

    private static final String ERROR_ID_MARK = "arxiv.org/api/errors";

    private ArxivApiParser() {
    }

    /**
     * Parses one API response.
     *
     * @param in       the response body; not closed
     * @param sourceId the source on whose behalf it was fetched, named in errors
     * @param uri      the URL it came from, named in errors
     * @throws FeedFormatException     when the body is not well-formed XML or not an Atom feed with
     *                                 {@code opensearch:totalResults}
     * @throws SourceRejectedException (status 200) when the feed is arXiv's {@code Error} entry; the detail quotes
     *                                 arXiv's message, such as {@code incorrect id format for abc}
     */
    public static Page parse(InputStream in, String sourceId, URI uri) {
        return SafeXml.read(sourceId, uri, in, xml -> new FeedReader(xml, sourceId, uri).readFeed());
    }

    /** The state of one parse. */
    private static final class FeedReader {
        private final XMLStreamReader xml;
        private final String sourceId;
        private final URI uri;
        private final List<String> warnings = new ArrayList<>();

        FeedReader(XMLStreamReader xml, String sourceId, URI uri) {
            this.xml = xml;
            this.sourceId = sourceId;
            this.uri = uri;
        }

        Page readFeed() throws XMLStreamException {
            int event = xml.getEventType();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.DTD) {
                    // The API never sends one; a DOCTYPE in a response is an XXE or entity-expansion attempt.
                    throw SafeXml.doctypeRefused(sourceId, uri, xml, "an arXiv API response");
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw SafeXml.formatError(sourceId, uri, xml, "empty document");
                }
                event = xml.next();
            }
            if (!"feed".equals(xml.getLocalName()) || !ATOM.equals(xml.getNamespaceURI())) {
                throw SafeXml.formatError(sourceId, uri, xml, "not an arXiv API response: the root element is <" + xml.getName()
                        + ">, expected an Atom <feed>");
            }
            int total = -1;
            int entries = 0;
            List<Paper> papers = new ArrayList<>();
            while (SafeXml.nextChild(xml)) {
                String name = xml.getLocalName();
                // OpenSearch counters are matched by name alone: their namespace has changed between spec versions.
                switch (name) {
                    case "totalResults" -> total = counter(name);
                    case "startIndex", "itemsPerPage" -> counter(name); // checked; paging counts the entries
                    case "entry" -> {
                        if (ATOM.equals(xml.getNamespaceURI())) {
                            entries++;
                            Paper paper = readEntry();
                            if (paper != null) {
                                papers.add(paper);
                            }
                        } else {
                            SafeXml.skipElement(xml);
                        }
                    }
                    default -> SafeXml.skipElement(xml);
                }
            }
            if (total < 0) {
                throw SafeXml.formatError(sourceId, uri, xml, "the feed has no opensearch:totalResults");
            }
            return new Page(papers, entries, total, null, warnings);
        }

        private int counter(String name) throws XMLStreamException {
            Location at = xml.getLocation();
            String text = SafeXml.elementText(xml).strip();
            try {
                int value = Integer.parseInt(text);
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below with the location of the element
            }
            throw new FeedFormatException(sourceId, uri, at.getLineNumber(), at.getColumnNumber(),
                    "opensearch:" + name + " is not a count: '" + text + "'", null);
        }

        /** Reads one entry; {@code null} when it cannot become a paper (the reason is added to the warnings). */
        private Paper readEntry() throws XMLStreamException {
            int line = xml.getLocation().getLineNumber();
            ArxivApiEntry e = new ArxivApiEntry();
            while (SafeXml.nextChild(xml)) {
                String ns = xml.getNamespaceURI();
                String name = xml.getLocalName();
                if (ATOM.equals(ns)) {
                    switch (name) {
                        case "id" -> e.id = SafeXml.elementText(xml).strip();
                        case "title" -> e.title = SafeXml.elementText(xml);
                        case "summary" -> e.summary = SafeXml.elementText(xml);
                        case "published" -> e.published = SafeXml.elementText(xml).strip();
                        case "updated" -> e.updated = SafeXml.elementText(xml).strip();
                        case "category" -> {
                            addTerm(e.categories);
                            SafeXml.skipElement(xml);
                        }
                        case "link" -> {
                            link(e);
                            SafeXml.skipElement(xml);
                        }
                        case "author" -> author(e);
                        default -> SafeXml.skipElement(xml);
                    }
                } else if (ARXIV.equals(ns)) {
                    switch (name) {
                        case "primary_category" -> {
                            e.primary = attribute("term");
                            SafeXml.skipElement(xml);
                        }
                        case "doi" -> e.doi = SafeXml.elementText(xml);
                        case "journal_ref" -> e.journalRef = SafeXml.elementText(xml);
                        default -> SafeXml.skipElement(xml); // comment: no place for it in Paper
                    }
                } else {
                    SafeXml.skipElement(xml);
                }
            }
            if (e.id != null && e.id.contains(ERROR_ID_MARK)) {
                String message = CleanText.foldWhitespace(e.summary != null && !e.summary.isBlank() ? e.summary
                        : e.title != null ? e.title : e.id);
                throw new SourceRejectedException(sourceId, uri, 200, "arXiv API error: " + message, null);
            }
            return e.toPaper(line, warnings);
        }

        private void link(ArxivApiEntry e) {
            String href = attribute("href");
            if (href == null) {
                return;
            }
            String title = attribute("title");
            if ("pdf".equals(title)) {
                e.pdf = href;
            }
        }

        private void author(ArxivApiEntry e) throws XMLStreamException {
            String name = null;
            List<String> affiliations = new ArrayList<>(1);
            while (SafeXml.nextChild(xml)) {
                String ns = xml.getNamespaceURI();
                String local = xml.getLocalName();
                if (ATOM.equals(ns) && "name".equals(local)) {
                    name = SafeXml.elementText(xml);
                } else if (ARXIV.equals(ns) && "affiliation".equals(local)) {
                    String a = CleanText.foldWhitespace(SafeXml.elementText(xml));
                    if (!a.isEmpty()) {
                        affiliations.add(TexAccents.toUnicode(a));
                    }
                } else {
                    SafeXml.skipElement(xml);
                }
            }
            name = name == null ? "" : TexAccents.toUnicode(CleanText.foldWhitespace(name));
            if (!Author.isName(name)) {
                return; // an author without a name (or only punctuation, ":") tells the reader nothing
            }
            e.authors.add(new Author(name,
                    affiliations.isEmpty() ? null : String.join("; ", affiliations), null));
        }

        private void addTerm(List<String> into) {
            String term = attribute("term");
            if (term != null && !term.isBlank()) {
                into.add(term.strip());
            }
        }

        private String attribute(String name) {
            return xml.getAttributeValue(null, name);
        }

    }
}
