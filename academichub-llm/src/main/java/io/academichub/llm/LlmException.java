package io.academichub.llm;

/**
 * A chat model could not answer: the provider refused, failed, or replied something unreadable. The message names
 * the provider and the model, and never contains a key. Subtypes say why; providers add their own where useful.
 */
public class LlmException extends RuntimeException {

    private final String provider;
    private final String model;

    /** Creates an exception naming the provider and model. */
    public LlmException(String provider, String model, String message, Throwable cause) {
        super(provider + " (" + model + "): " + message, cause);
        this.provider = provider;
        this.model = model;
    }

    /** The provider's name. */
    public String provider() {
        return provider;
    }

    /** The model asked for. */
    public String model() {
        return model;
    }
}
