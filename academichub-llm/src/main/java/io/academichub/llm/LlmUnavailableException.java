package io.academichub.llm;

/**
 * The provider could not be reached or failed on its side — a 5xx, Anthropic's 529 "overloaded", an I/O error, a
 * timeout, an unknown host. What may mend by itself (a 5xx, a timeout, a refused connection) was retried first, as the
 * transport allows; an unknown host (offline, or a misspelt base URL) fails at once. Worth trying again later.
 */
public class LlmUnavailableException extends LlmException {

    /**
     * Creates an exception naming the provider and model.
     *
     * @param provider the provider's name, e.g. {@code openai}
     * @param model the model asked for
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public LlmUnavailableException(String provider, String model, String message, Throwable cause) {
        super(provider, model, message, cause);
    }
}
