package io.academichub.xml;

import com.ctc.wstx.stax.WstxInputFactory;
import io.academichub.source.FeedFormatException;
import io.academichub.source.SourceException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;

/**
 * Streaming XML readers that are safe for untrusted feeds: no DTD processing, no external entities, nothing
 * fetched while parsing (XXE and "billion laughs" payloads fail or stay inert), and typed errors with the line
 * and column.
 *
 * <pre>{@code
 * ArxivRssFeed feed = SafeXml.read(sourceId, uri, in, xml -> new FeedReader(xml).readDocument());
 * }</pre>
 */
public final class SafeXml {

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
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /**
     * A namespace-aware, coalescing reader over {@code in}; the encoding comes from the XML declaration (UTF-8 by
     * default).
     *
     * @throws FeedFormatException when the document cannot even be opened
     */
    public static XMLStreamReader reader(String sourceId, URI uri, InputStream in) {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw formatError(sourceId, uri, e);
        }
    }

    /** A {@link FeedFormatException} for a parse failure, with the line and column the parser reported. */
    public static FeedFormatException formatError(String sourceId, URI uri, XMLStreamException e) {
        Location loc = e.getLocation();
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
        return new FeedFormatException(sourceId, uri, loc == null ? -1 : loc.getLineNumber(),
                loc == null ? -1 : loc.getColumnNumber(), "malformed XML: " + message, e);
    }

    /** Reads a whole document from an open reader; may throw {@link XMLStreamException} freely. */
    @FunctionalInterface
    public interface DocumentReader<T> {
        /** Reads the document. */
        T read(XMLStreamReader xml) throws XMLStreamException;
    }

    /**
     * Opens a safe reader over {@code in}, hands it to {@code documentReader} and closes it (not the stream). Every
     * XML error, including those Woodstox reports lazily wrapped in an unchecked exception, becomes a
     * {@link FeedFormatException} with the line and column; a {@link SourceException} the reader throws passes as is.
     */
    public static <T> T read(String sourceId, URI uri, InputStream in, DocumentReader<T> documentReader) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceId, "sourceId");
        XMLStreamReader xml = reader(sourceId, uri, in);
        try {
            return documentReader.read(xml);
        } catch (XMLStreamException e) {
            throw formatError(sourceId, uri, e);
        } catch (SourceException e) {
            throw e;
        } catch (RuntimeException e) {
            // Woodstox reports some errors lazily, wrapped in an unchecked exception (WstxLazyException).
            if (e.getCause() instanceof XMLStreamException cause) {
                throw formatError(sourceId, uri, cause);
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

    /**
     * Skips the element the reader is on (at its start tag) and everything inside it; leaves the reader on its end
     * tag.
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
     * The text of the element the reader is on (at its start tag), the text of nested elements included
     * ({@code <title>A <i>b</i> c</title>} gives {@code "A b c"}); leaves the reader on its end tag. Not folded.
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

    /** A {@link FeedFormatException} about a document that is well-formed but not of the expected shape, at the reader's position. */
    public static FeedFormatException formatError(String sourceId, URI uri, XMLStreamReader xml, String detail) {
        Location loc = xml.getLocation();
        return new FeedFormatException(sourceId, uri, loc == null ? -1 : loc.getLineNumber(),
                loc == null ? -1 : loc.getColumnNumber(), detail, null);
    }
}
