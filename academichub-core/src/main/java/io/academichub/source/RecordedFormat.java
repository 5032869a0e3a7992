package io.academichub.source;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceException;

import java.io.InputStream;
import java.net.URI;
import java.util.Objects;

/**
 * A format of recorded service responses that a provider can read from a file, as {@code academichub parse --format
 * NAME} does: a provider offers its formats through {@link SourceProvider#formats()}, and the registry finds them by
 * name ({@link SourceRegistry#format}), so a third-party adapter's format is reached like a shipped one.
 *
 * <pre>{@code
 * public List<RecordedFormat> formats() {
 *     return List.of(RecordedFormat.of("widgets-json", "a saved /widgets response", WidgetParser::parse));
 * }
 * }</pre>
 */
public interface RecordedFormat {

    /** {@return the format's name as users write it after {@code --format}, e.g. {@code crossref-json}} */
    String name();

    /** {@return one line for listings: what a file of this format is} */
    String description();

    /**
     * Reads one recorded document.
     *
     * @param in       the document; not closed
     * @param sourceId the id to name in errors and warnings
     * @param uri      where the document came from (a file's URI), named in errors
     * @return its papers and warnings
     * @throws SourceException when the document cannot be read ({@link FeedFormatException}, or the service's own
     *                         error document)
     */
    Page parse(InputStream in, String sourceId, URI uri);

    /** The reading of a document, as a parser's {@code parse(in, sourceId, uri)} method is. */
    @FunctionalInterface
    interface Reader {
        /**
         * Reads one document; see {@link RecordedFormat#parse}.
         *
         * @param in       the document; not closed
         * @param sourceId the id to name in errors and warnings
         * @param uri      where the document came from (a file's URI), named in errors
         * @return its papers and warnings
         */
        Page read(InputStream in, String sourceId, URI uri);
    }

    /**
     * {@return a format named {@code name} that {@code reader} reads}
     *
     * @param name the format's name, as users write it after {@code --format}
     * @param description one line for listings
     * @param reader reads one document
     */
    static RecordedFormat of(String name, String description, Reader reader) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reader, "reader");
        return new RecordedFormat() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public Page parse(InputStream in, String sourceId, URI uri) {
                return reader.read(in, sourceId, uri);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
