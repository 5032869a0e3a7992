package io.academichub.source;

import java.net.URI;
import java.util.Objects;

/**
 * A source could not deliver. Every instance names the source and the URL involved, so one line of
 * {@link #getMessage()} tells a user what failed where:
 * {@code arxiv:cs.AI: HTTP 503 from https://rss.arxiv.org/rss/cs.AI: Service Unavailable}.
 *
 * <p>Subclasses say what kind of failure it was: {@link RateLimitedException}, {@link SourceUnavailableException},
 * {@link SourceRejectedException}, {@link FeedFormatException}.
 */
public class SourceException extends RuntimeException {

    private final String sourceId;
    private final URI uri;
    private final String detail;

    /**
     * @param sourceId the source that failed
     * @param uri      the URL involved, or {@code null} when the failure is not tied to one
     * @param detail   what happened, in words a user reads
     * @param cause    the underlying exception, or {@code null}
     */
    public SourceException(String sourceId, URI uri, String detail, Throwable cause) {
        super(format(sourceId, uri, detail), cause);
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.uri = uri;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** The id of the source that failed. */
    public String sourceId() {
        return sourceId;
    }

    /** The URL involved, or {@code null}. */
    public URI uri() {
        return uri;
    }

    /** What happened, without the source and URL. */
    public String detail() {
        return detail;
    }

    private static String format(String sourceId, URI uri, String detail) {
        return uri == null ? sourceId + ": " + detail : sourceId + ": " + detail + " (" + uri + ")";
    }
}
