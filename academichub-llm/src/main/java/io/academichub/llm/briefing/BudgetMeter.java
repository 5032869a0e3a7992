package io.academichub.llm.briefing;

import io.academichub.llm.LlmPrices;
import io.academichub.llm.LlmRequest;
import io.academichub.llm.LlmUsage;
import io.academichub.llm.internal.TokenEstimate;

/**
 * What one briefing has spent on the model, and whether one more request still fits its budget in tokens (and in
 * money, where the model's prices are configured). A request fits when the tokens actually spent, plus the estimates
 * of the requests still in flight, plus its own estimate and a reserve, stay within the budget. Used by the
 * briefing's coordinating thread only.
 */
final class BudgetMeter {

    /** Tokens a request's wrapping (roles, message framing) adds to its text. */
    private static final int FRAMING_TOKENS = 12;

    private final long budgetTokens;
    private final Double budgetMoney;
    private final LlmPrices prices;
    private LlmUsage spent = LlmUsage.NONE;
    private int calls;

    /**
     * @throws IllegalArgumentException when the request has a money budget and the model has no prices
     */
    BudgetMeter(BriefingRequest request, LlmPrices prices) {
        this.budgetTokens = request.budgetTokens();
        this.budgetMoney = request.budgetMoney();
        this.prices = prices;
        if (budgetMoney != null && prices == null) {
            throw new IllegalArgumentException("a money budget needs the model's prices (LlmConfig.Builder.prices)");
        }
    }

    /** Estimated prompt tokens of a request: its text and its schema (sent either way) and the framing. */
    static int estimate(LlmRequest request) {
        return TokenEstimate.of(request.system()) + TokenEstimate.of(request.user())
                + (request.jsonSchema() == null ? 0 : TokenEstimate.of(request.jsonSchema().toString()))
                + FRAMING_TOKENS;
    }

    /**
     * Whether a request of {@code promptTokens} and an expected {@code completionTokens}, with {@code reserve} more
     * tokens kept (billed as prompt tokens) and {@code inFlight} estimated for the requests not yet answered, keeps
     * within the budget.
     */
    boolean fits(int promptTokens, int completionTokens, int reserve, LlmUsage inFlight) {
        LlmUsage after = spent.plus(inFlight).plus(new LlmUsage(promptTokens + reserve, completionTokens, 0));
        if (budgetTokens > 0 && after.totalTokens() > budgetTokens) {
            return false;
        }
        return budgetMoney == null || prices.cost(after) <= budgetMoney;
    }

    /** Counts a request sent. */
    void called() {
        calls++;
    }

    /** Adds what a reply (or a malformed one) used. */
    void charge(LlmUsage usage) {
        spent = spent.plus(usage);
    }

    LlmUsage spent() {
        return spent;
    }

    int calls() {
        return calls;
    }

    /** The money spent, or {@code null} without prices. */
    Double cost() {
        return prices == null ? null : prices.cost(spent);
    }
}
