package io.academichub.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * The provider answered 429 (too many requests or tokens per minute, or quota exhausted) and kept doing so through the
 * transport's retries, each of which waited as {@code Retry-After} asked — or said that retrying would not help
 * ({@code x-should-retry: false}), and then was not retried.
 */
public class LlmRateLimitException extends LlmException {

    /** How long the provider last asked us to wait, or {@code null}. */
    private final Duration retryAfter;

    /**
     * @param retryAfter how long the provider last asked us to wait, or {@code null} when it did not say
     * @param provider the provider's name, e.g. {@code openai}
     * @param model the model asked for
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public LlmRateLimitException(String provider, String model, String message, Duration retryAfter, Throwable cause) {
        super(provider, model, message, cause);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the provider last asked us to wait before the next request, when it said.
     *
     * @return how long the provider last asked us to wait before the next request, when it said
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
