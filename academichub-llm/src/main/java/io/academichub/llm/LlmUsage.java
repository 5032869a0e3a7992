package io.academichub.llm;

/**
 * Tokens one request used, as the provider counted them.
 *
 * @param promptTokens       input tokens
 * @param completionTokens   output tokens (reasoning included, as providers bill them)
 * @param cachedPromptTokens input tokens served from the provider's prompt cache (part of {@code promptTokens})
 */
public record LlmUsage(int promptTokens, int completionTokens, int cachedPromptTokens) {

    /** No tokens. */
    public static final LlmUsage NONE = new LlmUsage(0, 0, 0);

    /**
     * Checks the components as described above.
     *
     * @param promptTokens       input tokens
     * @param completionTokens   output tokens (reasoning included, as providers bill them)
     * @param cachedPromptTokens input tokens served from the provider's prompt cache (part of {@code promptTokens})
     */
    public LlmUsage {
        if (promptTokens < 0 || completionTokens < 0 || cachedPromptTokens < 0) {
            throw new IllegalArgumentException("token counts must be >= 0");
        }
    }

    /**
     * Total tokens.
     *
     * @return prompt plus completion tokens
     */
    public int totalTokens() {
        return promptTokens + completionTokens;
    }

    /**
     * The sum of two usages.
     *
     * @param other the usage to add
     * @return the sum of two usages
     */
    public LlmUsage plus(LlmUsage other) {
        return new LlmUsage(promptTokens + other.promptTokens, completionTokens + other.completionTokens,
                cachedPromptTokens + other.cachedPromptTokens);
    }
}
