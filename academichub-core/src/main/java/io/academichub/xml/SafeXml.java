package io.academichub.xml;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceException;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streaming XML readers that are safe for untrusted feeds: no DTD processing, no external entities, nothing
 * fetched while parsing (XXE and "billion laughs" payloads fail or stay inert), bounded structure (at most
 * {@value #MAX_DEPTH} levels of nesting, {@value #MAX_ATTRIBUTES} attributes on an element, attribute values of at
 * most {@value #MAX_ATTRIBUTE_CHARS} characters, {@value #MAX_ELEMENTS} elements in all), and typed errors with the
 * line and column. Invalid bytes in the document's encoding are refused (as XML requires), never replaced.
 *
 * <pre>{@code
 * ArxivRssFeed feed = SafeXml.read(sourceId, uri, in, xml -> new FeedReader(xml).readDocument());
 * }</pre>
 */
public final class SafeXml {

    /** Deepest nesting of elements a document may have; real feeds stay under 20. */
    public static final int MAX_DEPTH = 1000;
    /** Most attributes one element may carry. */
    public static final int MAX_ATTRIBUTES = 256;
    /** Longest attribute value, in characters. */
    public static final int MAX_ATTRIBUTE_CHARS = 1 << 20;
    /** Most elements a document may hold (a PubMed batch of 10,000 records holds about two million). */
    public static final int MAX_ELEMENTS = 20_000_000;

    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXml() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Limits that keep hostile documents cheap to refuse, for these readers and (through checkStructure) for
        // the tree builders that would otherwise spend quadratic time on deep nesting.
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_CHARS);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, (long) MAX_ELEMENTS);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /**
     * {@return a namespace-aware, coalescing reader over {@code in}; the encoding comes from the byte-order mark and
     * the XML declaration (UTF-8 by default)} A UTF-8 document is decoded by the JDK's UTF-8 decoder, which reads runs
     * of ASCII much faster than Woodstox's own; a byte that is not UTF-8 is refused with its offset and, where the
     * reader can tell, its line and column. Every other encoding is Woodstox's to read.
     *
     * @param sourceId the source named in errors
     * @param uri where the document came from, named in errors
     * @param in the document's bytes; not closed
     * @throws FeedFormatException when the document cannot even be opened
     */
    public static XMLStreamReader reader(String sourceId, URI uri, InputStream in) {
        try {
            return Utf8Document.open(FACTORY, in);
        } catch (XMLStreamException e) {
            throw formatError(sourceId, uri, e);
        } catch (IOException e) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "could not read the document: " + e.getMessage(), e);
        }
    }

    /**
     * {@return a reader over already decoded text, for documents whose encoding was settled elsewhere (a
     * {@code Content-Type} charset); the XML declaration's encoding is then not consulted}
     *
     * @param sourceId the source named in errors
     * @param uri where the document came from, named in errors
     * @param text the decoded document; not closed
     * @throws FeedFormatException when the document cannot even be opened
     */
    public static XMLStreamReader reader(String sourceId, URI uri, Reader text) {
        try {
            return FACTORY.createXMLStreamReader(text);
        } catch (XMLStreamException e) {
            throw formatError(sourceId, uri, e);
        }
    }

    /**
     * Reads the whole document once, without keeping anything, to prove it within this class's limits and
     * well-formed before a tree builder (Rome's JDOM) sees it: JDOM's ancestor check makes deep nesting quadratic,
     * so 100,000 nested elements would cost it seconds, here a few milliseconds. A DOCTYPE is refused as
     * {@link #doctypeRefused} says.
     *
     * @param what what the document should be, for the DOCTYPE message ({@code "a feed"})
     * @param sourceId the source named in errors
     * @param uri where the document came from, named in errors
     * @param text the decoded document; not closed
     * @return the local name of the root element
     * @throws FeedFormatException naming the line and column of the first problem
     */
    public static String checkStructure(String sourceId, URI uri, Reader text, String what) {
        XMLStreamReader xml = reader(sourceId, uri, text);
        return read(sourceId, uri, xml, r -> {
            String root = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw doctypeRefused(sourceId, uri, r, what);
                }
                if (event == XMLStreamConstants.START_ELEMENT && root == null) {
                    root = r.getLocalName();
                }
            }
            if (root == null) {
                throw formatError(sourceId, uri, r, "empty document: no root element");
            }
            return root;
        });
    }

    /**
     * {@return the error for a DOCTYPE where none is allowed (no DTD or external entity is ever loaded)} A DOCTYPE
     * whose root is {@code html} is how a login wall, a bot check or an error page starts: the error says it is an HTML
     * page rather than naming the DOCTYPE.
     *
     * @param xml  a reader on the DTD event
     * @param what what the document should have been ({@code "an arXiv feed"})
     * @param sourceId the source named in errors
     * @param uri where the document came from, named in errors
     */
    public static FeedFormatException doctypeRefused(String sourceId, URI uri, XMLStreamReader xml, String what) {
        String root = null;
        if (xml instanceof org.codehaus.stax2.XMLStreamReader2 x2) {
            try {
                root = x2.getDTDInfo() == null ? null : x2.getDTDInfo().getDTDRootName();
            } catch (XMLStreamException e) {
                root = null;
            }
        }
        if (root != null && root.equalsIgnoreCase("html")) {
            return formatError(sourceId, uri, xml, htmlPage(what));
        }
        return formatError(sourceId, uri, xml, "a DOCTYPE is not allowed in " + what
                + " (no DTD or external entity is ever loaded)");
    }

    /**
     * {@return the error for a root element other than the expected one; a root {@code <html>} is reported as an HTML
     * page}
     *
     * @param xml  a reader on the root's start tag
     * @param what what the document should have been, with its root ({@code "an RSS feed (<rss>)"})
     * @param sourceId the source named in errors
     * @param uri where the document came from, named in errors
     */
    public static FeedFormatException unexpectedRoot(String sourceId, URI uri, XMLStreamReader xml, String what) {
        if (xml.getLocalName().equalsIgnoreCase("html")) {
            return formatError(sourceId, uri, xml, htmlPage(what));
        }
        return formatError(sourceId, uri, xml, "not " + what + ": the root element is <" + xml.getLocalName() + ">");
    }

    private static String htmlPage(String what) {
        return "the server sent an HTML page, not " + what
                + " (a login page, a bot check or an error page; check the URL)";
    }

    // Woodstox words an encoding error "Invalid UTF-8 start byte 0xff (at char #16, byte #-1)": the byte offset is
    // unknown and the location is missing.
    private static final Pattern CHAR_OFFSET = Pattern.compile("\\s*\\(at char #(\\d+), byte #-?\\d+\\)");

    /**
     * {@return a {@link FeedFormatException} for a parse failure, with the line and column the parser reported}
     *
     * @param sourceId the source named in errors
     * @param uri where the document came from, named in errors
     * @param e what the XML parser threw
     */
    public static FeedFormatException formatError(String sourceId, URI uri, XMLStreamException e) {
        return formatError(sourceId, uri, e, null);
    }

    private static FeedFormatException formatError(String sourceId, URI uri, XMLStreamException e,
                                                   XMLStreamReader xml) {
        Location loc = e.getLocation();
        if ((loc == null || loc.getLineNumber() < 1) && xml != null) {
            loc = xml.getLocation(); // the start of the text the bad byte is in: where to look
        }
        Utf8Document.NotUtf8Exception notUtf8 = notUtf8(e);
        if (notUtf8 != null) {
            int[] at = loc == null ? new int[] {-1, -1}
                    : notUtf8.lineAndColumn(loc.getLineNumber(), loc.getColumnNumber(), loc.getCharacterOffset());
            String where = "";
            if (at == null) { // the text began before what the decoder still holds: where the text starts
                at = new int[] {loc.getLineNumber(), loc.getColumnNumber()};
                where = ", in the text from the line and column given";
            }
            return new FeedFormatException(sourceId, uri, at[0], at[1],
                    "not valid in its encoding: " + notUtf8.getMessage() + where, e);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // StAX messages repeat the location, which the exception carries anyway: the JDK's parser as a prefix
        // ("ParseError at [row,col]:[3,5]\nMessage: …"), Woodstox on a second line ("…\n at [row,col …]: [3,19]").
        // Keep the words only, so the message stays one line.
        int at = message.lastIndexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        message = message.strip();
        Matcher offset = CHAR_OFFSET.matcher(message);
        if (offset.find()) {
            message = message.substring(0, offset.start()) + " at character " + offset.group(1) + " of the document"
                    + (xml != null && loc != null ? ", in the text from the line and column given" : "");
        }
        if (message.startsWith("Unexpected EOF in prolog")) {
            // Woodstox's words for a document with no root element: an empty file, most often
            message = loc != null && loc.getCharacterOffset() <= 0 ? "the document is empty"
                    : "the document ends before its root element";
        }
        boolean encoding = message.toLowerCase(Locale.ROOT).startsWith("invalid utf-8")
                || message.toLowerCase(Locale.ROOT).contains("invalid byte");
        return new FeedFormatException(sourceId, uri, loc == null ? -1 : loc.getLineNumber(),
                loc == null ? -1 : loc.getColumnNumber(), (encoding ? "not valid in its encoding: " : "malformed XML: ")
                + message, e);
    }

    // The decoder's refusal, wrapped by Woodstox once or twice (WstxIOException, WstxLazyException).
    private static Utf8Document.NotUtf8Exception notUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Utf8Document.NotUtf8Exception found) {
                return found;
            }
        }
        return null;
    }

    /** Reads a whole document from an open reader; may throw {@link XMLStreamException} freely. */
    @FunctionalInterface
    public interface DocumentReader<T> {
        /**
         * Reads the document.
         *
         * @param xml the reader
         * @return what the document gave
         * @throws XMLStreamException when the XML is malformed; {@link #read} turns it into a {@link FeedFormatException}
         */
        T read(XMLStreamReader xml) throws XMLStreamException;
    }

    /**
     * Opens a safe reader over {@code in}, hands it to {@code documentReader} and closes it (not the stream). Every
     * XML error, including those Woodstox reports lazily wrapped in an unchecked exception, becomes a
     * {@link FeedFormatException} with the line and column; a {@link SourceException} the reader throws passes as is.
     *
     * @param <T> what the reader makes of the document
     * @param sourceId the source named in errors
     * @param uri where the document came from, named in errors
     * @param in the document's bytes; not closed
     * @param documentReader reads the document from the reader
     * @return what {@code documentReader} made of the document
     */
    public static <T> T read(String sourceId, URI uri, InputStream in, DocumentReader<T> documentReader) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceId, "sourceId");
        return read(sourceId, uri, reader(sourceId, uri, in), documentReader);
    }

    /**
     * Hands an open reader to {@code documentReader} and closes it, with the errors of
     * {@link #read(String, URI, InputStream, DocumentReader)}. Any other unchecked exception the document reader
     * lets escape (a bug, or a value a record refused) also becomes a {@link FeedFormatException} at the reader's
     * position, so a parser built on this never fails with anything but the typed errors.
     *
     * @param <T> what the reader makes of the document
     * @param sourceId the source named in errors
     * @param uri where the document came from, named in errors
     * @param xml the reader
     * @param documentReader reads the document from the reader
     * @return what {@code documentReader} made of the document
     */
    public static <T> T read(String sourceId, URI uri, XMLStreamReader xml, DocumentReader<T> documentReader) {
        try {
            return documentReader.read(xml);
        } catch (XMLStreamException e) {
            throw formatError(sourceId, uri, e, xml);
        } catch (SourceException e) {
            throw e;
        } catch (RuntimeException e) {
            // Woodstox reports some errors lazily, wrapped in an unchecked exception (WstxLazyException).
            if (e.getCause() instanceof XMLStreamException cause) {
                throw formatError(sourceId, uri, cause, xml);
            }
            Location loc = xml.getLocation();
            throw new FeedFormatException(sourceId, uri, loc == null ? -1 : loc.getLineNumber(),
                    loc == null ? -1 : loc.getColumnNumber(), "could not read the document: " + e, e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // closing a reader releases buffers only; the caller owns the stream
            }
        }
    }

    /**
     * Skips the element the reader is on (at its start tag) and everything inside it; leaves the reader on its end
     * tag.
     *
     * @param xml the reader
     * @throws XMLStreamException when the XML is malformed
     */
    public static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ends inside an element", xml.getLocation());
            }
        }
    }

    /**
     * Moves to the next child element of the element the reader is in; {@code false} once that element has ended
     * (the reader is then on its end tag). Text and comments between children are passed over.
     *
     * @param xml the reader
     * @return whether the reader is on a child's start tag ({@code false}: on the parent's end tag)
     * @throws XMLStreamException when the XML is malformed
     */
    public static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT:
                    return true;
                case XMLStreamConstants.END_ELEMENT:
                    return false;
                case XMLStreamConstants.END_DOCUMENT:
                    throw new XMLStreamException("document ends inside an element", xml.getLocation());
                default:
                    break; // white space between elements, comments
            }
        }
    }

    /**
     * {@return the text of the element the reader is on (at its start tag), the text of nested elements included
     * ({@code <title>A <i>b</i> c</title>} gives {@code "A b c"}); leaves the reader on its end tag} Not folded.
     *
     * @param xml the reader
     * @throws XMLStreamException when the XML is malformed
     */
    public static String elementText(XMLStreamReader xml) throws XMLStreamException {
        String first = null;
        StringBuilder more = null;
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (first == null) {
                        first = xml.getText(); // coalescing: usually the whole text in one event
                    } else {
                        if (more == null) {
                            more = new StringBuilder(first);
                        }
                        more.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("document ends inside an element", xml.getLocation());
                default -> {
                    // comments, processing instructions
                }
            }
        }
        return more != null ? more.toString() : first == null ? "" : first;
    }

    /**
     * {@return the content of the element the reader is on (at its start tag) as markup text — nested elements written
     * as bare tags by their local name ({@code <sub>}, {@code <msub>}; prefixes and attributes dropped), text with
     * {@code & < >} escaped — for a markup-to-text converter to render; leaves the reader on its end tag}
     *
     * @param xml the reader
     * @throws XMLStreamException when the XML is malformed
     */
    public static String innerMarkup(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    String text = xml.getText();
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        switch (c) {
                            case '&' -> out.append("&amp;");
                            case '<' -> out.append("&lt;");
                            case '>' -> out.append("&gt;");
                            default -> out.append(c);
                        }
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    out.append('<').append(xml.getLocalName()).append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        out.append("</").append(xml.getLocalName()).append('>');
                    }
                }
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("document ends inside an element", xml.getLocation());
                default -> {
                    // comments, processing instructions
                }
            }
        }
        return out.toString();
    }

    /**
     * {@return a {@link FeedFormatException} about a document that is well-formed but not of the expected shape, at the
     * reader's position}
     *
     * @param sourceId the source named in errors
     * @param uri where the document came from, named in errors
     * @param xml the reader
     * @param detail what happened, in words a user reads
     */
    public static FeedFormatException formatError(String sourceId, URI uri, XMLStreamReader xml, String detail) {
        Location loc = xml.getLocation();
        return new FeedFormatException(sourceId, uri, loc == null ? -1 : loc.getLineNumber(),
                loc == null ? -1 : loc.getColumnNumber(), detail, null);
    }
}
