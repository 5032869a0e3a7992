package io.academichub.error;

import io.academichub.internal.ServerText;

import java.net.URI;

/** A response could not be parsed: malformed XML or JSON, or a document of the wrong shape. Names where. */
public class FeedFormatException extends SourceException {

    /** The 1-based line of the problem, or {@code -1}. */
    private final int line;
    /** The 1-based column of the problem, or {@code -1}. */
    private final int column;

    /**
     * @param line   1-based line of the problem, or {@code -1} when unknown
     * @param column 1-based column of the problem, or {@code -1} when unknown
     * @param sourceId the source that failed
     * @param uri the URL involved, or {@code null}; kept with its credentials masked
     * @param detail what happened, in words a user reads
     * @param cause the underlying exception, or {@code null}
     */
    public FeedFormatException(String sourceId, URI uri, int line, int column, String detail, Throwable cause) {
        // The position is cut last, should a long detail need cutting.
        super(sourceId, uri, line > 0 ? ServerText.clean(detail, MAX_DETAIL - 40) + " at line " + line + ", column "
                + column : detail, cause);
        this.line = line;
        this.column = column;
    }

    /**
     * 1-based line of the problem, or {@code -1}.
     *
     * @return the 1-based line of the problem, or {@code -1}
     */
    public int line() {
        return line;
    }

    /**
     * 1-based column of the problem, or {@code -1}.
     *
     * @return the 1-based column of the problem, or {@code -1}
     */
    public int column() {
        return column;
    }
}
