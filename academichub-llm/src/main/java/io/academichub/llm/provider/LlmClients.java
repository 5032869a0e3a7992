package io.academichub.llm.provider;

import io.academichub.http.HttpTransport;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmMissingKeyException;

import java.util.Objects;
import java.util.function.Function;

/**
 * Creates the {@link LlmClient} a configuration describes, on the application's shared {@link HttpTransport}.
 *
 * <pre>{@code
 * try (HttpTransport http = HttpTransport.builder().contact("me@example.org").build()) {
 *     LlmClient llm = LlmClients.create(LlmConfig.builder("openai").model("gpt-4o-mini").build(), http);
 *     LlmReply reply = llm.chat(LlmRequest.text("You are terse.", "Say hello.", 50));
 *     System.out.println(reply.text() + " — " + reply.usage().totalTokens() + " tokens");
 * }
 * }</pre>
 *
 * The key comes from the configuration or, by default, from the provider's environment variable
 * ({@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, …). Requests go in the provider's politeness group
 * ({@code openai} and {@code anthropic} have {@link io.academichub.http.HostLimits#LLM_API}; others go by host), are
 * retried on 429 (honouring {@code Retry-After}), 5xx and 529, and wait at most {@link LlmConfig#timeout()} for a
 * silent provider. The clients are thread-safe.
 */
public final class LlmClients {

    private LlmClients() {
    }

    /**
     * A client for {@code config}, its key read from the process environment when not configured.
     *
     * @param config the configuration
     * @param transport the application's shared transport
     * @return the client
     * @throws LlmMissingKeyException when the provider needs a key and there is none
     */
    public static LlmClient create(LlmConfig config, HttpTransport transport) {
        return create(config, transport, System::getenv);
    }

    /**
     * A client for {@code config}, its key read from {@code environment} when not configured (for tests, and for
     * applications that keep their own environment: pass {@code map::get}).
     *
     * @param config the configuration
     * @param transport the application's shared transport
     * @param environment reads an environment variable by name
     * @return the client
     * @throws LlmMissingKeyException when the provider needs a key and there is none
     */
    public static LlmClient create(LlmConfig config, HttpTransport transport, Function<String, String> environment) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(environment, "environment");
        String key = config.configuredApiKey();
        if (key == null) {
            String fromEnvironment = environment.apply(config.apiKeyVariable());
            key = fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
        }
        if (key == null && config.apiKeyRequired()) {
            throw new LlmMissingKeyException(config.provider(), config.model(), config.apiKeyVariable());
        }
        return switch (config.protocol()) {
            case OPENAI_CHAT_COMPLETIONS -> new OpenAiChatClient(config, key, transport);
            case ANTHROPIC_MESSAGES -> new AnthropicMessagesClient(config, key, transport);
        };
    }
}
