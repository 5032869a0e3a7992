package io.academichub.cli;

import io.academichub.http.HttpTransport;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmMissingKeyException;
import io.academichub.llm.provider.LlmClients;
import io.academichub.llm.provider.LlmConfig;

import java.util.function.UnaryOperator;

/**
 * The model a briefing is written with, as {@code academichub brief} and the daily job's {@code briefing} block name
 * it: a provider ({@code openai}, {@code anthropic}, {@code deepseek}, {@code ollama} … or any name with a base URL),
 * a model, a base URL and the environment variable holding the key — each optional but the provider.
 */
final class BriefingModel {

    private BriefingModel() {
    }

    /**
     * The model's client.
     *
     * @param apiKeyEnv   the environment variable holding the key, or {@code null} for the provider's
     * @param environment how environment variables are read
     * @throws IllegalArgumentException naming what is wrong (an unknown provider without a base URL, a bad URL, a
     *                                  missing model, a missing key), in one line
     */
    static LlmClient create(String provider, String model, String baseUrl, String apiKeyEnv, HttpTransport http,
                            UnaryOperator<String> environment) {
        LlmConfig config;
        try {
            LlmConfig.Builder builder = LlmConfig.builder(provider);
            if (model != null && !model.isBlank()) {
                builder.model(model);
            }
            if (baseUrl != null && !baseUrl.isBlank()) {
                builder.baseUrl(baseUrl);
            }
            if (apiKeyEnv != null && !apiKeyEnv.isBlank()) {
                builder.apiKeyVariable(apiKeyEnv.strip()).requireApiKey();
            }
            config = builder.build();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        try {
            return LlmClients.create(config, http, environment::apply);
        } catch (LlmMissingKeyException e) {
            throw new IllegalArgumentException(provider + ": no API key: the environment variable "
                    + e.environmentVariable() + " is not set", e);
        }
    }
}
