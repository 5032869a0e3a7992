package io.academichub.llm;

/**
 * The request does not fit the model's context window (prompt plus {@code maxTokens}). Sending it again will not
 * help; a caller splits the input into smaller batches. The message quotes the provider's own words, which usually
 * give the limit and the size asked for.
 */
public class LlmContextTooLongException extends LlmException {

    /**
     * Creates an exception naming the provider and model.
     *
     * @param provider the provider's name, e.g. {@code openai}
     * @param model the model asked for
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public LlmContextTooLongException(String provider, String model, String message, Throwable cause) {
        super(provider, model, message, cause);
    }
}
