package io.academichub.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * How often a request is tried and how long to wait between tries: exponential backoff with jitter after a 5xx or
 * an I/O error, or the server's {@code Retry-After}, clamped to a maximum.
 */
final class RetryPolicy {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final RandomGenerator random; // null: ThreadLocalRandom

    RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                RandomGenerator random) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    /** Attempts per request, the first included. */
    int maxAttempts() {
        return maxAttempts;
    }

    /** The wait before the next try after the failed {@code attempt}: the server's, clamped, or a backoff. */
    Duration waitAfter(Attempt outcome, int attempt) {
        return outcome.retryAfter() != null ? clamp(outcome.retryAfter()) : backoff(attempt);
    }

    /** A server's {@code Retry-After}, no longer than the builder allows. */
    Duration clamp(Duration retryAfter) {
        return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
    }

    /** Exponential backoff with ("equal") jitter: uniform in [base/2, base], base = initial × 2^(attempt-1), capped. */
    private Duration backoff(int attempt) {
        long base = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        base = Math.min(base, maxBackoff.toMillis());
        long half = base / 2;
        return Duration.ofMillis(half + (half > 0 ? jitter(half + 1) : 0));
    }

    /** Uniform in [0, bound): from this thread's own generator, or from the one the builder gave, under its lock. */
    private long jitter(long bound) {
        if (random == null) {
            return ThreadLocalRandom.current().nextLong(bound);
        }
        synchronized (random) {
            return random.nextLong(bound);
        }
    }
}
