package io.academichub.error;

import java.net.URI;
import java.time.Duration;

/**
 * The service answered 429 (Too Many Requests), and no further attempt was made. From
 * {@link io.academichub.http.HttpTransport} that is after its last allowed attempt, or at once when waiting as the
 * service asked ({@code Retry-After}, clamped to the transport's longest wait) would pass the request's deadline,
 * when the response said {@code x-should-retry: false}, or when the request may not be repeated (a POST that did not
 * opt in to retries). {@link #retryAfter()} is the wait the service asked for, as it said it.
 */
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
