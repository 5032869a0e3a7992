package io.academichub.llm;

import java.util.Optional;

/**
 * A chat model behind some provider's API: the one thing the briefing needs from a large language model.
 * Providers ({@code openai} — any OpenAI-compatible Chat Completions endpoint — and {@code anthropic}) implement it
 * on AcademicHub's polite {@link io.academichub.http.HttpTransport}; tests implement it to record or replay.
 *
 * <p>Implementations are thread-safe, never put the API key in a log line, an exception or a {@code toString}, and
 * throw {@link LlmException} (or one of its subtypes) naming {@link #provider()} and {@link #model()}.
 */
public interface LlmClient {

    /**
     * The provider's name as configured, e.g. {@code openai}, {@code anthropic}, {@code deepseek}.
     *
     * @return the provider's name as configured
     */
    String provider();

    /**
     * The model asked for, e.g. {@code gpt-4o-mini}.
     *
     * @return the model asked for
     */
    String model();

    /**
     * Sends one request and returns the model's reply.
     *
     * @param request the request
     * @return the reply: the answer's text (for a structured request, its JSON), apart from any reasoning
     * @throws LlmException when the provider refuses, fails or answers something that cannot be read
     */
    LlmReply chat(LlmRequest request);

    /**
     * The model's prices when configured, so that a caller can keep to a budget in money; empty by default.
     *
     * @return the model's prices when configured, so that a caller can keep to a budget in money; empty by default
     */
    default Optional<LlmPrices> prices() {
        return Optional.empty();
    }
}
