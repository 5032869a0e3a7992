package io.academichub.sources.pubmed;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.model.Paper;
import io.academichub.source.Page;
import io.academichub.text.CleanText;
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
 * Reads NCBI E-utilities responses for PubMed with a streaming StAX reader: efetch's {@code PubmedArticleSet}
 * ({@code retmode=xml}) into {@link Paper}s, and esearch's {@code eSearchResult} into counts and history keys.
 *
 * <pre>{@code
 * Page set = PubmedParser.parseArticles(in, "pubmed:telomere", uri);
 * set.papers().forEach(p -> System.out.println(p.id() + " " + p.title()));  // pmid:27797938 Leucocyte telomere …
 * }</pre>
 *
 * <p><b>The DOCTYPE.</b> Every real E-utilities response starts with {@code <!DOCTYPE … PUBLIC "…" "https://….dtd">}.
 * It is accepted and never loaded: {@link SafeXml}'s reader has DTD support off, so the external DTD is not
 * fetched (a test serves the DTD URL and sees no request). A DOCTYPE with an internal subset ({@code [<!ENTITY …>]})
 * is refused before any entity is read: NCBI never sends one, and it is how XXE and entity-expansion payloads arrive.
 *
 * <p><b>Mapping</b> (one {@code PubmedArticle} → one paper): id
 * {@code pmid:…}; the DOI and the PMC id in {@code sameAs}; the title with inline markup ({@code <i>}, {@code <sub>})
 * flattened to its text and PubMed's trailing period kept; a structured abstract as its sections in order, each
 * {@code Label} before its text ({@code "OBJECTIVE: … DESIGN: …"}), separated by one space, since a paper's text
 * fields hold folded white space; MeSH descriptors as categories, major topics first; the electronic publication
 * date when there is one, else the date.
 *
 * <p>Records that cannot be papers (no PMID, no title, no date; {@code PubmedBookArticle}; {@code DeleteCitation})
 * are skipped with a warning, never silently. An efetch {@code <eFetchResult><ERROR>} is a
 * {@link SourceUnavailableException}; an esearch {@code <ERROR>} is a {@link SourceRejectedException}; both quote NCBI.
 */
final class PubmedParser {

    private PubmedParser() {
    }

    /**
     * Reads an efetch {@code PubmedArticleSet} ({@code db=pubmed&retmode=xml}), as the CLI's
     * {@code parse --format pubmed-xml} does.
     *
     * @param in       the response body; not closed
     * @param sourceId the source named in errors and warnings
     * @param uri      the URL the body came from, named in errors
     * @return the papers in document order, a warning per skipped record, and {@code records} = the articles and book
     *         articles the set held
     * @throws FeedFormatException        on malformed XML, a DOCTYPE with an internal subset, or another document
     * @throws SourceUnavailableException on an {@code <eFetchResult><ERROR>} document (NCBI sends these with status 200
     *                                    when a back end times out or a history entry has expired)
     */
    public static Page parseArticles(InputStream in, String sourceId, URI uri) {
        return SafeXml.read(sourceId, uri, in, xml -> readArticleSet(xml, sourceId, uri));
    }

    /**
     * The same as {@link #parseArticles}: the {@code parse(in, sourceId, uri)} entry point every AcademicHub parser
     * offers, so tools can call parsers alike.
     */
    public static Page parse(InputStream in, String sourceId, URI uri) {
        return parseArticles(in, sourceId, uri);
    }

    /**
     * Reads an esearch {@code eSearchResult}.
     *
     * @throws FeedFormatException     on malformed XML, a DOCTYPE with an internal subset, another document, or a
     *                                 result without a readable {@code <Count>}
     * @throws SourceRejectedException on an {@code <ERROR>} element (status 200), quoting it and the error list
     */
    static EsearchResult parseSearch(InputStream in, String sourceId, URI uri) {
        return SafeXml.read(sourceId, uri, in, xml -> readSearch(xml, sourceId, uri));
    }

    private static Page readArticleSet(XMLStreamReader xml, String sourceId, URI uri)
            throws XMLStreamException {
        String root = toRoot(xml, sourceId, uri);
        if ("eFetchResult".equals(root)) {
            throw new SourceUnavailableException(sourceId, uri, 200, "efetch error: " + errorText(xml), null);
        }
        if (!"PubmedArticleSet".equals(root)) {
            throw SafeXml.formatError(sourceId, uri, xml, "not a PubMed efetch response: the root element is <"
                    + root + ">, expected <PubmedArticleSet>");
        }
        List<Paper> papers = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int read = 0;
        int books = 0;
        int deleted = 0;
        PubmedArticleReader articles = new PubmedArticleReader(xml);
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "PubmedArticle" -> {
                    read++;
                    Location start = xml.getLocation();
                    PubmedRecord record = articles.article();
                    try {
                        papers.add(record.toPaper());
                    } catch (IllegalArgumentException e) {
                        warnings.add("skipped PubmedArticle " + (record.pmid == null ? "(no PMID)" : record.pmid)
                                + " at line " + start.getLineNumber() + ": " + e.getMessage());
                    }
                }
                case "PubmedBookArticle" -> {
                    books++;
                    SafeXml.skipElement(xml);
                }
                case "DeleteCitation" -> {
                    deleted += countChildren(xml, "PMID");
                }
                default -> SafeXml.skipElement(xml);
            }
        }
        if (books > 0) {
            warnings.add("skipped " + books + (books == 1 ? " PubmedBookArticle record" : " PubmedBookArticle records")
                    + ": book chapters are not read");
        }
        if (deleted > 0) {
            warnings.add("skipped " + deleted + (deleted == 1 ? " deleted citation" : " deleted citations")
                    + " (DeleteCitation)");
        }
        return new Page(papers, read + books, Page.UNKNOWN, null, warnings);
    }

    private static EsearchResult readSearch(XMLStreamReader xml, String sourceId, URI uri) throws XMLStreamException {
        String root = toRoot(xml, sourceId, uri);
        if (!"eSearchResult".equals(root)) {
            throw SafeXml.formatError(sourceId, uri, xml, "not an esearch response: the root element is <" + root
                    + ">, expected <eSearchResult>");
        }
        String count = null;
        String retMax = null;
        String retStart = null;
        String webEnv = null;
        String queryKey = null;
        String error = null;
        List<String> ids = new ArrayList<>();
        List<String> errorList = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "Count" -> count = SafeXml.elementText(xml);
                case "RetMax" -> retMax = SafeXml.elementText(xml);
                case "RetStart" -> retStart = SafeXml.elementText(xml);
                case "WebEnv" -> webEnv = SafeXml.elementText(xml).strip();
                case "QueryKey" -> queryKey = SafeXml.elementText(xml).strip();
                case "IdList" -> {
                    while (SafeXml.nextChild(xml)) {
                        if ("Id".equals(xml.getLocalName())) {
                            ids.add(SafeXml.elementText(xml).strip());
                        } else {
                            SafeXml.skipElement(xml);
                        }
                    }
                }
                case "ERROR" -> error = CleanText.foldWhitespace(SafeXml.elementText(xml));
                case "ErrorList" -> namedMessages(xml, errorList);
                case "WarningList" -> namedMessages(xml, warnings);
                default -> SafeXml.skipElement(xml); // TranslationSet, TranslationStack, QueryTranslation
            }
        }
        if (error != null) {
            List<String> all = new ArrayList<>(errorList);
            all.addAll(warnings);
            throw new SourceRejectedException(sourceId, uri, 200, "esearch error: " + error
                    + (all.isEmpty() ? "" : " (" + String.join("; ", all) + ")"), null);
        }
        int n = number(count);
        if (n < 0) {
            throw SafeXml.formatError(sourceId, uri, xml, count == null ? "esearch response has no <Count>"
                    : "esearch <Count> is not a number: '" + count.strip() + "'");
        }
        // A phrase PubMed did not find is worth telling: the search ran, but not as the user wrote it.
        errorList.addAll(warnings);
        return new EsearchResult(n, Math.max(0, number(retMax)), Math.max(0, number(retStart)), webEnv, queryKey,
                ids, errorList);
    }

    /** Reads {@code <ErrorList>} or {@code <WarningList>} children as "Name: text" lines. */
    private static void namedMessages(XMLStreamReader xml, List<String> into) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            String name = xml.getLocalName();
            String text = CleanText.foldWhitespace(SafeXml.elementText(xml));
            into.add(text.isEmpty() ? name : "OutputMessage".equals(name) ? text : name + ": " + text);
        }
    }

    private static String errorText(XMLStreamReader xml) throws XMLStreamException {
        List<String> errors = new ArrayList<>();
        while (SafeXml.nextChild(xml)) {
            if ("ERROR".equals(xml.getLocalName())) {
                errors.add(CleanText.foldWhitespace(SafeXml.elementText(xml)));
            } else {
                SafeXml.skipElement(xml);
            }
        }
        return errors.isEmpty() ? "(no message)" : String.join("; ", errors);
    }

    private static int countChildren(XMLStreamReader xml, String name) throws XMLStreamException {
        int n = 0;
        while (SafeXml.nextChild(xml)) {
            if (name.equals(xml.getLocalName())) {
                n++;
            }
            SafeXml.skipElement(xml);
        }
        return n;
    }

    /**
     * Moves to the root element and returns its name. The DOCTYPE NCBI sends (a public id and a DTD URL) passes
     * unread; one with an internal subset is refused before the reader reaches any entity it declares.
     */
    static String toRoot(XMLStreamReader xml, String sourceId, URI uri) throws XMLStreamException {
        int event = xml.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                String internalSubset = xml.getText();
                if (internalSubset != null && !internalSubset.isBlank()) {
                    throw SafeXml.formatError(sourceId, uri, xml, "refused a DOCTYPE with an internal subset: "
                            + "E-utilities responses declare no entities, so this is an XXE or entity-expansion payload");
                }
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw SafeXml.formatError(sourceId, uri, xml, "the document has no root element");
            }
            event = xml.next();
        }
        return xml.getLocalName();
    }

    /** A non-negative number, or {@code -1} when absent or unreadable. */
    private static int number(String text) {
        if (text == null) {
            return -1;
        }
        try {
            return Math.max(-1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
