package io.academichub.llm;

/**
 * A chat model could not answer: the provider refused, failed, or replied something unreadable. The message names
 * the provider and the model, and never contains a key. Subtypes say why; providers add their own where useful.
 */
public class LlmException extends RuntimeException {

    /** The provider's name. */
    private final String provider;
    /** The model asked for. */
    private final String model;

    /**
     * Creates an exception naming the provider and model.
     *
     * @param provider the provider's name, e.g. {@code openai}
     * @param model the model asked for
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public LlmException(String provider, String model, String message, Throwable cause) {
        super(provider + " (" + model + "): " + message, cause);
        this.provider = provider;
        this.model = model;
    }

    /**
     * The provider's name.
     *
     * @return the provider's name
     */
    public String provider() {
        return provider;
    }

    /**
     * The model asked for.
     *
     * @return the model asked for
     */
    public String model() {
        return model;
    }
}
