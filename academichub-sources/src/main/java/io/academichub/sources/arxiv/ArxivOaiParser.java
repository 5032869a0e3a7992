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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads arXiv OAI-PMH responses ({@code ListRecords} and {@code GetRecord}, metadata formats {@code arXivRaw} and
 * {@code arXiv}) with a streaming StAX reader, handing each record to a consumer as a {@link Paper} as soon as it has
 * been read, so a harvest never holds more than one record of a page in its parsed form.
 *
 * <pre>{@code
 * Page page = ArxivOaiParser.parse(body, "arxiv-oai:cs:cs:AI", uri, paper -> store.add(paper));
 * String next = page.next();   // the resumption token; null at the end of the list
 * }</pre>
 *
 * <p>From {@code arXivRaw}: the version is the highest {@code <version version="vN">}, {@code published} the date of
 * the first version (RFC-822, taken in UTC) and {@code updated} the instant of the last one; authors are split with
 * {@link ArxivAuthors#split}; a {@code <doi>} holding several DOIs separated by spaces gives the first as the paper's
 * DOI and all of them in {@code sameAs}. The {@code arXiv} format carries no version numbers: {@code published} is
 * {@code <created>}, {@code updated} the start (UTC) of {@code <updated>} or of {@code <created>}, and the version is
 * the least it can be (1 without {@code <updated>}, else 2), with an unversioned PDF link.
 *
 * <p>Records the repository marks deleted are skipped and counted. A record that cannot be a paper (no title, an
 * id that is not an arXiv id, an unreadable date) is skipped with a warning in {@link Page#warnings()}, and so is an
 * author that names nobody (an empty group {@code A. Author, {}}, a stray {@code ":"}) and a piece of the DOI field
 * that is not a DOI. An OAI {@code noRecordsMatch} error is an empty page; every other OAI error
 * ({@code badArgument}, {@code badResumptionToken}, {@code cannotDisseminateFormat} …) is a
 * {@link SourceRejectedException} with status 200 whose detail names the code and quotes the server.
 */
final class ArxivOaiParser {

    static final String ARXIV_RAW_NS = "http://arxiv.org/OAI/arXivRaw/";
    static final String ARXIV_NS = "http://arxiv.org/OAI/arXiv/";
    private static final String NO_RECORDS_MATCH = "noRecordsMatch";

    private ArxivOaiParser() {
    }

    /**
     * Reads one OAI-PMH response, handing each record to {@code sink} as soon as it is read.
     *
     * @param in       the response body; not closed
     * @param sourceId the source named in errors
     * @param uri      the URL the response came from, named in errors
     * @param sink     receives each paper, in document order
     * @return the page: no papers (they went to {@code sink}), {@code records} = the records it held (deleted and
     *         malformed ones included), {@code total} = the resumption token's {@code completeListSize}, {@code next}
     *         = the resumption token (none on the last page), {@code warnings} = the records skipped as bad and the
     *         authors dropped; an empty page for {@code noRecordsMatch}
     * @throws FeedFormatException     on malformed XML, a document that is not an OAI-PMH response, or a metadata
     *                                 format other than arXivRaw or arXiv
     * @throws SourceRejectedException on an OAI error other than {@code noRecordsMatch} (status 200)
     */
    public static Page parse(InputStream in, String sourceId, URI uri, Consumer<Paper> sink) {
        List<String> skipped = new ArrayList<>();
        Page page = parse(in, sourceId, uri, sink, problem -> skipped.add("skipped " + problem.detail()), () -> { });
        if (skipped.isEmpty()) {
            return page;
        }
        skipped.addAll(page.warnings());
        return new Page(page.papers(), page.records(), page.total(), page.next(), skipped);
    }

    /**
     * Like {@link #parse(InputStream, String, URI, Consumer)}, but a record that cannot be made into a paper (no
     * title, an id that is not an arXiv id, an unreadable date) is described to {@code badRecord}; when that returns
     * normally the record is skipped and reading goes on, so a bulk harvest does not stop on one bad record; and
     * each record the repository marked deleted is told to {@code deletedRecord}.
     */
    static Page parse(InputStream in, String sourceId, URI uri, Consumer<Paper> sink,
                      Consumer<FeedFormatException> badRecord, Runnable deletedRecord) {
        Objects.requireNonNull(sink, "sink");
        return SafeXml.read(sourceId, uri, in,
                xml -> new Reading(xml, sourceId, uri, sink, badRecord, deletedRecord).page());
    }

    /** The state of reading one response. */
    private static final class Reading {
        private final XMLStreamReader xml;
        private final String sourceId;
        private final URI uri;
        private final Consumer<Paper> sink;
        private final Consumer<FeedFormatException> badRecord;
        private final Runnable deletedRecord;
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<String> recordNotes = new ArrayList<>(); // what the record being read lost
        private boolean onlyNoRecordsMatch = true;
        private int records;

        Reading(XMLStreamReader xml, String sourceId, URI uri, Consumer<Paper> sink,
                Consumer<FeedFormatException> badRecord, Runnable deletedRecord) {
            this.xml = xml;
            this.sourceId = sourceId;
            this.uri = uri;
            this.sink = sink;
            this.badRecord = badRecord;
            this.deletedRecord = deletedRecord;
        }

        Page page() throws XMLStreamException {
            int event = xml.next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.DTD) {
                    // OAI-PMH never needs one, and a DOCTYPE is how entity attacks (XXE, billion laughs) arrive.
                    throw SafeXml.doctypeRefused(sourceId, uri, xml, "an OAI-PMH response");
                }
                event = xml.next();
            }
            if (!"OAI-PMH".equals(xml.getLocalName())) {
                throw SafeXml.unexpectedRoot(sourceId, uri, xml, "an OAI-PMH response");
            }
            String token = null;
            int completeListSize = -1;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "record" -> record();
                    case "resumptionToken" -> {
                        completeListSize = intAttribute("completeListSize");
                        token = SafeXml.elementText(xml);
                    }
                    case "error" -> {
                        String code = Objects.requireNonNullElse(xml.getAttributeValue(null, "code"), "(no code)");
                        onlyNoRecordsMatch &= NO_RECORDS_MATCH.equals(code);
                        errors.add(code + ": " + CleanText.foldWhitespace(SafeXml.elementText(xml)));
                    }
                    default -> {
                        // responseDate, request, ListRecords, GetRecord: descend and keep reading
                    }
                }
            }
            if (!errors.isEmpty()) {
                if (onlyNoRecordsMatch) {
                    return new Page(List.of(), 0, Page.UNKNOWN, null, List.of()); // "nothing in this window" is an answer
                }
                throw new SourceRejectedException(sourceId, uri, 200, "OAI-PMH error " + String.join("; ", errors), null);
            }
            return new Page(List.of(), records, completeListSize, token, warnings);
        }

        private void record() throws XMLStreamException {
            Location start = xml.getLocation();
            recordNotes.clear();
            String identifier = null;
            boolean isDeleted = false;
            ArxivOaiRecord fields = null;
            while (SafeXml.nextChild(xml)) {
                switch (xml.getLocalName()) {
                    case "header" -> {
                        isDeleted = "deleted".equals(xml.getAttributeValue(null, "status"));
                        while (SafeXml.nextChild(xml)) {
                            if ("identifier".equals(xml.getLocalName())) {
                                identifier = SafeXml.elementText(xml).strip();
                            } else {
                                SafeXml.skipElement(xml);
                            }
                        }
                    }
                    case "metadata" -> {
                        while (SafeXml.nextChild(xml)) {
                            if (fields == null) {
                                fields = metadata();
                            } else {
                                SafeXml.skipElement(xml);
                            }
                        }
                    }
                    default -> SafeXml.skipElement(xml);
                }
            }
            records++;
            if (isDeleted) {
                deletedRecord.run();
                return;
            }
            Paper paper;
            try {
                if (fields == null) {
                    throw new IllegalArgumentException("no metadata");
                }
                paper = fields.toPaper(identifier, recordNotes::add);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                badRecord.accept(new FeedFormatException(sourceId, uri, start.getLineNumber(), start.getColumnNumber(),
                        "bad record " + (identifier == null ? "(no identifier)" : identifier) + ": " + e.getMessage(),
                        e));
                return;
            }
            for (String note : recordNotes) {
                warnings.add(identifier + ": " + note);
            }
            sink.accept(paper);
        }

        private ArxivOaiRecord metadata() throws XMLStreamException {
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (ARXIV_RAW_NS.equals(ns) && "arXivRaw".equals(name)) {
                return arxivRaw();
            }
            if (ARXIV_NS.equals(ns) && "arXiv".equals(name)) {
                return arxiv();
            }
            // Every record of the response would fail alike: this is the wrong request, not a bad record.
            throw SafeXml.formatError(sourceId, uri, xml, "unsupported metadata format <" + name + "> (namespace " + ns
                    + "); ask for metadataPrefix arXivRaw or arXiv");
        }

        private ArxivOaiRecord arxivRaw() throws XMLStreamException {
            ArxivOaiRecord f = new ArxivOaiRecord(true);
            int firstVersion = Integer.MAX_VALUE;
            while (SafeXml.nextChild(xml)) {
                switch (xml.getLocalName()) {
                    case "id" -> f.id = SafeXml.elementText(xml);
                    case "version" -> {
                        String attribute = xml.getAttributeValue(null, "version");
                        int n = versionNumber(attribute);
                        if (n < 1) {
                            f.problem = "version attribute is not vN: '" + attribute + "'";
                        }
                        String date = null;
                        while (SafeXml.nextChild(xml)) {
                            if ("date".equals(xml.getLocalName())) {
                                date = SafeXml.elementText(xml);
                            } else {
                                SafeXml.skipElement(xml);
                            }
                        }
                        if (n < firstVersion) {
                            firstVersion = n;
                            f.firstDate = date;
                        }
                        if (n > f.version) {
                            f.version = n;
                            f.lastDate = date;
                        }
                    }
                    case "title" -> f.title = SafeXml.elementText(xml);
                    case "authors" -> f.authors = ArxivAuthors.split(SafeXml.elementText(xml), recordNotes::add);
                    default -> common(f);
                }
            }
            return f;
        }

        private ArxivOaiRecord arxiv() throws XMLStreamException {
            ArxivOaiRecord f = new ArxivOaiRecord(false);
            f.authors = new ArrayList<>();
            while (SafeXml.nextChild(xml)) {
                switch (xml.getLocalName()) {
                    case "id" -> f.id = SafeXml.elementText(xml);
                    case "created" -> f.firstDate = SafeXml.elementText(xml);
                    case "updated" -> f.lastDate = SafeXml.elementText(xml);
                    case "title" -> f.title = SafeXml.elementText(xml);
                    case "authors" -> {
                        while (SafeXml.nextChild(xml)) {
                            if ("author".equals(xml.getLocalName())) {
                                Author a = author();
                                if (a != null) {
                                    f.authors.add(a);
                                }
                            } else {
                                SafeXml.skipElement(xml);
                            }
                        }
                    }
                    default -> common(f);
                }
            }
            f.version = f.lastDate == null || f.lastDate.isBlank() ? 1 : 2;
            return f;
        }

        /** The elements both formats share; anything else is skipped. */
        private void common(ArxivOaiRecord f) throws XMLStreamException {
            switch (xml.getLocalName()) {
                case "categories" -> f.categories = SafeXml.elementText(xml);
                case "journal-ref" -> f.journalRef = SafeXml.elementText(xml);
                case "doi" -> f.doi = SafeXml.elementText(xml);
                case "license" -> f.license = SafeXml.elementText(xml);
                case "abstract" -> f.abstractText = SafeXml.elementText(xml);
                default -> SafeXml.skipElement(xml);
            }
        }

        private Author author() throws XMLStreamException {
            String keyname = null;
            String forenames = null;
            String suffix = null;
            List<String> affiliations = new ArrayList<>(1);
            while (SafeXml.nextChild(xml)) {
                switch (xml.getLocalName()) {
                    case "keyname" -> keyname = SafeXml.elementText(xml);
                    case "forenames" -> forenames = SafeXml.elementText(xml);
                    case "suffix" -> suffix = SafeXml.elementText(xml);
                    case "affiliation" -> affiliations.add(CleanText.foldWhitespace(SafeXml.elementText(xml)));
                    default -> SafeXml.skipElement(xml);
                }
            }
            String name = CleanText.foldWhitespace(String.join(" ",
                    forenames == null ? "" : forenames, keyname == null ? "" : keyname, suffix == null ? "" : suffix));
            if (name.isEmpty()) {
                return null;
            }
            name = TexAccents.toUnicode(name);
            if (!Author.isName(name)) {
                recordNotes.add("author '" + name + "' dropped: it holds no letter or digit");
                return null;
            }
            affiliations.removeIf(String::isEmpty);
            String affiliation = affiliations.isEmpty() ? null : TexAccents.toUnicode(String.join("; ", affiliations));
            return new Author(name, affiliation, null);
        }

        private int intAttribute(String name) {
            String value = xml.getAttributeValue(null, name);
            if (value == null || value.isBlank()) {
                return -1;
            }
            try {
                return Math.max(-1, Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                return -1; // a count we cannot read is a count we do not have
            }
        }

        // The N of "vN", or 0 when the attribute is not of that form.
        private static int versionNumber(String attribute) {
            String v = attribute == null ? "" : attribute.strip();
            if (v.startsWith("v") || v.startsWith("V")) {
                v = v.substring(1);
            }
            try {
                return Math.max(0, Integer.parseInt(v));
            } catch (NumberFormatException e) {
                return 0;
            }
        }

    }
}
