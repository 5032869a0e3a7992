package io.academichub.llm;

/**
 * A provider that needs an API key has none: neither the configuration nor the environment variable holds one.
 * Thrown before any request is made, e.g.
 * {@code openai (gpt-4o-mini): no API key: set the environment variable OPENAI_API_KEY or configure apiKey}.
 */
public class LlmMissingKeyException extends LlmAuthenticationException {

    /** The environment variable that would have held the key. */
    private final String environmentVariable;

    /**
     * @param environmentVariable the variable that would have held the key
     * @param provider the provider's name, e.g. {@code openai}
     * @param model the model asked for
     */
    public LlmMissingKeyException(String provider, String model, String environmentVariable) {
        super(provider, model, "no API key: set the environment variable " + environmentVariable
                + " or configure apiKey", null);
        this.environmentVariable = environmentVariable;
    }

    /**
     * The environment variable that would have held the key.
     *
     * @return the environment variable that would have held the key
     */
    public String environmentVariable() {
        return environmentVariable;
    }
}
