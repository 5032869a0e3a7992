package io.academichub.source;

import java.net.URI;
import java.time.Duration;

/** The service kept answering 429 (Too Many Requests) after the allowed retries. */
public class RateLimitedException extends SourceException {

    private final Duration retryAfter;

    /**
     * @param retryAfter how long the service asked us to wait, or {@code null} when it did not say
     */
    public RateLimitedException(String sourceId, URI uri, Duration retryAfter, String detail) {
        super(sourceId, uri, detail, null);
        this.retryAfter = retryAfter;
    }

    /** How long the service asked us to wait before the next request, or {@code null} when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
