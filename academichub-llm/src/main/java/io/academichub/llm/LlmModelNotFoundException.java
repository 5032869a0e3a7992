package io.academichub.llm;

/** The provider does not know the model asked for (a typo, a retired model, or a local model not pulled yet). */
public class LlmModelNotFoundException extends LlmException {

    /**
     * Creates an exception naming the provider and model.
     *
     * @param provider the provider's name, e.g. {@code openai}
     * @param model the model asked for
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public LlmModelNotFoundException(String provider, String model, String message, Throwable cause) {
        super(provider, model, message, cause);
    }
}
