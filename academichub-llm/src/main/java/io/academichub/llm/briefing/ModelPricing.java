package io.academichub.llm.briefing;

import io.academichub.llm.LlmUsage;

/**
 * What a model costs, per million tokens, in any one currency (the budget is in the same unit).
 *
 * @param inputPerMillion       price of a million prompt tokens
 * @param cachedInputPerMillion price of a million prompt tokens served from the provider's cache
 * @param outputPerMillion      price of a million completion tokens
 */
public record ModelPricing(double inputPerMillion, double cachedInputPerMillion, double outputPerMillion) {

    public ModelPricing {
        if (!(inputPerMillion >= 0) || !(cachedInputPerMillion >= 0) || !(outputPerMillion >= 0)) {
            throw new IllegalArgumentException("prices must be >= 0");
        }
    }

    /** Prices without a cache discount. */
    public static ModelPricing of(double inputPerMillion, double outputPerMillion) {
        return new ModelPricing(inputPerMillion, inputPerMillion, outputPerMillion);
    }

    /** The cost of {@code usage}. */
    public double cost(LlmUsage usage) {
        long uncached = (long) usage.promptTokens() - usage.cachedPromptTokens();
        return (uncached * inputPerMillion + usage.cachedPromptTokens() * cachedInputPerMillion
                + (long) usage.completionTokens() * outputPerMillion) / 1_000_000.0;
    }
}
