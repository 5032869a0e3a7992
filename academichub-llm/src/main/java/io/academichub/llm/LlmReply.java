package io.academichub.llm;

import java.util.Objects;

/**
 * A model's reply.
 *
 * @param text         the answer text (for a structured request, the JSON text); never the model's reasoning
 * @param reasoning    a reasoning model's thinking text ({@code reasoning_content}, Anthropic thinking blocks) kept
 *                     apart so that it never reaches a briefing, or {@code ""}
 * @param finishReason why generation stopped, normalised: {@code stop}, {@code length}, {@code tool_calls},
 *                     {@code content_filter}, or the provider's own word
 * @param usage        tokens used
 */
public record LlmReply(String text, String reasoning, String finishReason, LlmUsage usage) {

    /**
     * Checks the components as described above.
     *
     * @param text         the answer text (for a structured request, the JSON text); never the model's reasoning
     * @param reasoning    a reasoning model's thinking text ({@code reasoning_content}, Anthropic thinking blocks) kept
     *        apart so that it never reaches a briefing, or {@code ""}
     * @param finishReason why generation stopped, normalised: {@code stop}, {@code length}, {@code tool_calls},
     *        {@code content_filter}, or the provider's own word
     * @param usage        tokens used
     */
    public LlmReply {
        Objects.requireNonNull(text, "text");
        reasoning = reasoning == null ? "" : reasoning;
        finishReason = finishReason == null ? "" : finishReason;
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * Whether the reply was cut off by the token limit.
     *
     * @return whether the reply was cut off by the token limit
     */
    public boolean truncated() {
        return "length".equals(finishReason);
    }
}
