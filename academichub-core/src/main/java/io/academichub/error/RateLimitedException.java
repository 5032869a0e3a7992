package io.academichub.error;

import java.net.URI;
import java.time.Duration;

/** The service kept answering 429 (Too Many Requests) after the allowed retries. */
public class RateLimitedException extends SourceException {

    /** How long the service asked to wait, or {@code null}. */
    private final Duration retryAfter;
    /** The start of the response body, or {@code null}. */
    private final String responseBody;

    /**
     * @param retryAfter how long the service asked us to wait, or {@code null} when it did not say
     * @param sourceId the source that failed
     * @param uri the URL involved, or {@code null}; kept with its credentials masked
     * @param detail what happened, in words a user reads
     */
    public RateLimitedException(String sourceId, URI uri, Duration retryAfter, String detail) {
        this(sourceId, uri, retryAfter, detail, null);
    }

    /**
     * @param retryAfter how long the service asked us to wait, or {@code null} when it did not say
     * @param responseBody the response body (an API's error document says which limit was hit; its first
     *                     {@value #MAX_BODY_CHARS} characters are kept), or {@code null}
     * @param sourceId the source that failed
     * @param uri the URL involved, or {@code null}; kept with its credentials masked
     * @param detail what happened, in words a user reads
     */
    public RateLimitedException(String sourceId, URI uri, Duration retryAfter, String detail, String responseBody) {
        super(sourceId, uri, detail, null);
        this.retryAfter = retryAfter;
        this.responseBody = bodyStart(responseBody);
    }

    /** {@return how long the service asked us to wait before the next request, or {@code null} when it did not say} */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@return the start of the response body, or {@code null}} */
    public String responseBody() {
        return responseBody;
    }
}
