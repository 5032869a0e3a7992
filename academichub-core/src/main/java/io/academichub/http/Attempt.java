package io.academichub.http;

import io.academichub.error.SourceException;

import java.time.Duration;

/**
 * The outcome of one exchange with a server: a response, a failure (retryable or not, with the server's
 * {@code Retry-After} when it gave one), or a redirect to follow.
 */
record Attempt(HttpResult result, SourceException failure, boolean retryable, Duration retryAfter,
               int redirectStatus, String location) {

    static Attempt success(HttpResult result) {
        return new Attempt(result, null, false, null, 0, null);
    }

    static Attempt failure(SourceException failure, boolean retryable, Duration retryAfter) {
        return new Attempt(null, failure, retryable, retryAfter, 0, null);
    }

    static Attempt redirect(int status, String location) {
        return new Attempt(null, null, false, null, status, location);
    }
}
