package io.academichub.llm;

import java.util.Objects;

/**
 * What a model costs per million tokens, in one currency of the caller's choice (the providers' price lists are in
 * US dollars), so that a briefing can keep to a money budget.
 *
 * <pre>{@code
 * LlmPrices gpt4oMini = LlmPrices.perMillion(0.15, 0.60);          // input, output
 * double cost = gpt4oMini.cost(reply.usage());                     // in dollars
 * }</pre>
 *
 * @param inputPerMillion       price of a million prompt tokens not served from the cache
 * @param cachedInputPerMillion price of a million prompt tokens served from the provider's prompt cache
 * @param outputPerMillion      price of a million completion tokens (reasoning included)
 */
public record LlmPrices(double inputPerMillion, double cachedInputPerMillion, double outputPerMillion) {

    /**
     * Checks the components as described above.
     *
     * @param inputPerMillion       price of a million prompt tokens not served from the cache
     * @param cachedInputPerMillion price of a million prompt tokens served from the provider's prompt cache
     * @param outputPerMillion      price of a million completion tokens (reasoning included)
     */
    public LlmPrices {
        check(inputPerMillion, "inputPerMillion");
        check(cachedInputPerMillion, "cachedInputPerMillion");
        check(outputPerMillion, "outputPerMillion");
    }

    /**
     * Prices where cached prompt tokens cost as much as others.
     *
     * @param inputPerMillion  price of a million prompt tokens
     * @param outputPerMillion price of a million completion tokens
     * @return prices where cached prompt tokens cost as much as others
     */
    public static LlmPrices perMillion(double inputPerMillion, double outputPerMillion) {
        return new LlmPrices(inputPerMillion, inputPerMillion, outputPerMillion);
    }

    /**
     * What {@code usage} costs.
     *
     * @param usage the tokens used
     * @return what {@code usage} costs
     */
    public double cost(LlmUsage usage) {
        Objects.requireNonNull(usage, "usage");
        int cached = Math.min(usage.cachedPromptTokens(), usage.promptTokens());
        return ((usage.promptTokens() - cached) * inputPerMillion + cached * cachedInputPerMillion
                + usage.completionTokens() * outputPerMillion) / 1_000_000.0;
    }

    private static void check(double price, String name) {
        if (!(price >= 0) || Double.isInfinite(price)) {
            throw new IllegalArgumentException(name + " must be a finite price >= 0: " + price);
        }
    }
}
