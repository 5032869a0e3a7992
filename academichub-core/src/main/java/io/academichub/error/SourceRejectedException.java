package io.academichub.error;

import java.net.URI;

/**
 * The service refused the request: a 4xx other than 429, or an error document such as arXiv's
 * {@code Feed error for query} channel or the API's {@code Error} entry. Retrying the same request will not help;
 * {@link #detail()} quotes the service's own message where it gave one.
 */
public class SourceRejectedException extends SourceException {

    /** The HTTP status, or {@code 0}. */
    private final int status;
    /** The start of the response body, or {@code null}. */
    private final String responseBody;

    /**
     * @param status       the HTTP status ({@code 200} for error documents sent with a success status)
     * @param detail       what went wrong, quoting the service
     * @param responseBody the response body, kept so an adapter can read an error document (its first
     *                     {@value #MAX_BODY_CHARS} characters); may be {@code null}
     * @param sourceId the source that failed
     * @param uri the URL involved, or {@code null}; kept with its credentials masked
     */
    public SourceRejectedException(String sourceId, URI uri, int status, String detail, String responseBody) {
        super(sourceId, uri, detail, null);
        this.status = status;
        this.responseBody = bodyStart(responseBody);
    }

    /**
     * This refusal with the body of the response it came from, for a refusal made by a parser that streamed the body
     * and never held it (an error document sent with status 200); this one itself when it already has a body.
     *
     * @param body the whole response body, cut to {@value #MAX_BODY_CHARS} characters here
     * @return a refusal with the same source, URL, status and detail, and the body
     */
    public SourceRejectedException withResponseBody(String body) {
        return responseBody != null ? this : new SourceRejectedException(sourceId(), uri(), status, detail(), body);
    }

    /** {@return the HTTP status the refusal came with} */
    public int status() {
        return status;
    }

    /** {@return the start of the response body, or {@code null}} */
    public String responseBody() {
        return responseBody;
    }
}
