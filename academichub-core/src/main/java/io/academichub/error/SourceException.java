package io.academichub.error;

import io.academichub.internal.Redaction;
import io.academichub.internal.ServerText;

import java.net.URI;
import java.util.Objects;

/**
 * A source could not deliver. Every instance names the source and the URL involved, so one line of
 * {@link #getMessage()} tells a user what failed where:
 * {@code arxiv:cs.AI: HTTP 503 from https://rss.arxiv.org/rss/cs.AI: Service Unavailable}.
 *
 * <p>Whoever builds one, the message is safe to show: credentials in the URL and in the detail (query parameters
 * such as {@code api_key} or {@code token}, {@code user:password@}) are masked as {@code ***}, and the detail is one
 * line — control characters and terminal escapes a server sent are removed — of at most {@value #MAX_DETAIL}
 * characters.
 *
 * <p>Subclasses say what kind of failure it was: {@link RateLimitedException}, {@link SourceUnavailableException},
 * {@link SourceRejectedException}, {@link FeedFormatException}.
 */
public class SourceException extends RuntimeException {

    /** The most characters of {@link #detail()}; a longer detail is cut, ending in "…". */
    public static final int MAX_DETAIL = 400;

    /**
     * The most characters of a response body a refusal or a rate limit keeps
     * ({@link SourceRejectedException#responseBody()}, {@link RateLimitedException#responseBody()}): enough for any
     * error document, bounded for memory and logs.
     */
    public static final int MAX_BODY_CHARS = 64 * 1024;

    /** The source that failed. */
    private final String sourceId;
    /** The URL involved, credentials masked, or {@code null}. */
    private final URI uri;
    /** What happened, one clean line. */
    private final String detail;

    /**
     * @param sourceId the source that failed
     * @param uri      the URL involved, or {@code null} when the failure is not tied to one; kept with its
     *                 credentials masked
     * @param detail   what happened, in words a user reads; kept cleaned, capped and with credentials masked
     * @param cause    the underlying exception, or {@code null}
     */
    public SourceException(String sourceId, URI uri, String detail, Throwable cause) {
        super(format(sourceId, Redaction.redact(uri), safeDetail(detail)), cause);
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.uri = Redaction.redact(uri);
        this.detail = safeDetail(detail);
    }

    /** {@return the id of the source that failed} */
    public String sourceId() {
        return sourceId;
    }

    /** {@return the URL involved, its credentials masked, or {@code null}} */
    public URI uri() {
        return uri;
    }

    /** {@return what happened, without the source and URL: one line, credentials masked} */
    public String detail() {
        return detail;
    }

    /** The first {@link #MAX_BODY_CHARS} characters of {@code body} (a surrogate pair never split); the one cut. */
    static String bodyStart(String body) {
        if (body == null || body.length() <= MAX_BODY_CHARS) {
            return body;
        }
        int end = Character.isHighSurrogate(body.charAt(MAX_BODY_CHARS - 1)) ? MAX_BODY_CHARS - 1 : MAX_BODY_CHARS;
        return body.substring(0, end);
    }

    private static String safeDetail(String detail) {
        return Redaction.redact(ServerText.clean(Objects.requireNonNull(detail, "detail"), MAX_DETAIL));
    }

    private static String format(String sourceId, URI uri, String detail) {
        return uri == null ? sourceId + ": " + detail : sourceId + ": " + detail + " (" + uri + ")";
    }
}
