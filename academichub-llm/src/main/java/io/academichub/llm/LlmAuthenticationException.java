package io.academichub.llm;

/**
 * The provider did not accept the API key (HTTP 401/403), or no key was configured. Retrying will not help; the
 * message says which key to set and never shows one.
 */
public class LlmAuthenticationException extends LlmException {

    /**
     * Creates an exception naming the provider and model.
     *
     * @param provider the provider's name, e.g. {@code openai}
     * @param model the model asked for
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public LlmAuthenticationException(String provider, String model, String message, Throwable cause) {
        super(provider, model, message, cause);
    }
}
