package io.academichub.llm.provider;

import io.academichub.http.HttpTransport;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmMissingKeyException;
import io.academichub.llm.LlmPrices;
import io.academichub.llm.LlmUsage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/** Known providers fill in the rest; the key comes from the configuration or the environment, and is never shown. */
class LlmConfigTest {

    private static final HttpTransport transport = HttpTransport.builder().build();

    @AfterAll
    static void close() throws IOException {
        transport.close();
    }

    @Test
    void knownProvidersFillInTheRest() {
        LlmConfig openai = LlmConfig.builder("openai").build();
        assertThat(openai.protocol()).isEqualTo(LlmConfig.Protocol.OPENAI_CHAT_COMPLETIONS);
        assertThat(openai.baseUrl()).isEqualTo(URI.create("https://api.openai.com/v1"));
        assertThat(openai.apiKeyVariable()).isEqualTo("OPENAI_API_KEY");
        assertThat(openai.model()).isEqualTo("gpt-4o-mini");
        assertThat(openai.apiKeyRequired()).isTrue();
        assertThat(openai.timeout()).isEqualTo(Duration.ofMinutes(3));

        LlmConfig anthropic = LlmConfig.builder("anthropic").model("claude-sonnet-4-5").build();
        assertThat(anthropic.protocol()).isEqualTo(LlmConfig.Protocol.ANTHROPIC_MESSAGES);
        assertThat(anthropic.baseUrl()).isEqualTo(URI.create("https://api.anthropic.com/v1"));
        assertThat(anthropic.apiKeyVariable()).isEqualTo("ANTHROPIC_API_KEY");

        LlmConfig deepseek = LlmConfig.builder("deepseek").build();
        assertThat(deepseek.baseUrl()).isEqualTo(URI.create("https://api.deepseek.com/v1"));
        assertThat(deepseek.model()).isEqualTo("deepseek-chat");

        LlmConfig ollama = LlmConfig.builder("ollama").model("qwen3:8b").build();
        assertThat(ollama.baseUrl()).isEqualTo(URI.create("http://localhost:11434/v1"));
        assertThat(ollama.apiKeyRequired()).isFalse();
    }

    @Test
    void anyOtherNameIsAnOpenAiCompatibleEndpoint() {
        LlmConfig gateway = LlmConfig.builder("my-gateway").baseUrl("https://llm.example.org/v1/").model("gpt-4o")
                .build();

        assertThat(gateway.protocol()).isEqualTo(LlmConfig.Protocol.OPENAI_CHAT_COMPLETIONS);
        assertThat(gateway.baseUrl()).isEqualTo(URI.create("https://llm.example.org/v1"));
        assertThat(gateway.apiKeyVariable()).isEqualTo("MY_GATEWAY_API_KEY");
        assertThat(gateway.apiKeyRequired()).isFalse();
        assertThat(LlmConfig.builder("my-gateway").baseUrl("https://llm.example.org/v1").model("m")
                .apiKeyVariable("GATEWAY_TOKEN").requireApiKey().build().apiKeyVariable()).isEqualTo("GATEWAY_TOKEN");
    }

    @Test
    void whatIsMissingOrWrongIsSaid() {
        assertThatThrownBy(() -> LlmConfig.builder("ollama").build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("ollama: no model configured; only openai, anthropic and deepseek have a default model");
        assertThatThrownBy(() -> LlmConfig.builder("mygateway").baseUrl("https://llm.example.org/v1").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("mygateway: no model configured; only openai, anthropic and deepseek have a default model");
        assertThatThrownBy(() -> LlmConfig.builder("mystery").model("m").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("mystery: not a known provider (openai, anthropic, deepseek, openrouter, together, qwen, "
                        + "ollama, lmstudio, vllm), so it needs a base URL, e.g. https://llm.example.org/v1");
        assertThatThrownBy(() -> LlmConfig.builder("OpenAI")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provider must be a lower-case name such as openai, anthropic or ollama: 'OpenAI'");
        assertThatThrownBy(() -> LlmConfig.builder("x").baseUrl("ftp://example.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must be an http(s) URL with a host: 'ftp://example.org'");
        assertThatThrownBy(() -> LlmConfig.builder("x").baseUrl("https://example.org/v1?key=abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must not carry credentials or a query; configure the key with apiKeyVariable or "
                        + "apiKey");
        assertThatThrownBy(() -> LlmConfig.builder("x").model("a").model("b"))
                .isInstanceOf(IllegalStateException.class).hasMessage("model was already set");
        assertThatThrownBy(() -> LlmConfig.builder("x").apiKeyVariable("OPENAI-KEY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an environment variable name: 'OPENAI-KEY'");
        assertThatThrownBy(() -> LlmConfig.builder("x").timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("timeout must be positive: PT0S");
    }

    @Test
    void aMisspeltProviderIsNamedBeforeTheModelWithTheNearestKnownOne() {
        String known = "not a known provider (openai, anthropic, deepseek, openrouter, together, qwen, ollama, lmstudio, "
                + "vllm), so it needs a base URL, e.g. https://llm.example.org/v1";
        // no model either: the name is what is wrong, not the model
        assertThatThrownBy(() -> LlmConfig.builder("opnai").build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("opnai: " + known + "; did you mean 'openai'?");
        assertThatThrownBy(() -> LlmConfig.builder("opnai").model("gpt-4o-mini").build())
                .hasMessage("opnai: " + known + "; did you mean 'openai'?");
        // a swap of neighbours is one edit; two edits are still a typo
        assertThatThrownBy(() -> LlmConfig.builder("antrhopic").build()).hasMessage("antrhopic: " + known
                + "; did you mean 'anthropic'?");
        assertThatThrownBy(() -> LlmConfig.builder("olama3").build()).hasMessage("olama3: " + known
                + "; did you mean 'ollama'?");
        // the fewest edits win: "vlm" is one from vllm, and no other name is that near
        assertThatThrownBy(() -> LlmConfig.builder("vlm").build()).hasMessage("vlm: " + known
                + "; did you mean 'vllm'?");
        // three edits or more is no typo
        assertThatThrownBy(() -> LlmConfig.builder("groq").build()).hasMessage("groq: " + known);
        // with a base URL, any name is a provider of its own
        assertThat(LlmConfig.builder("opnai").baseUrl("https://llm.example.org/v1").model("m").build().provider())
                .isEqualTo("opnai");
    }

    @Test
    void aMissingKeyFailsBeforeAnyRequest() {
        LlmMissingKeyException e = catchThrowableOfType(LlmMissingKeyException.class,
                () -> LlmClients.create(LlmConfig.builder("openai").build(), transport, Map.of("OPENAI_API_KEY", " ")::get));

        assertThat(e).hasMessage("openai (gpt-4o-mini): no API key: set the environment variable OPENAI_API_KEY or "
                + "configure apiKey");
        assertThat(e.environmentVariable()).isEqualTo("OPENAI_API_KEY");
        assertThat(e.provider()).isEqualTo("openai");
    }

    @Test
    void aLocalServerNeedsNoKey() {
        LlmClient client = LlmClients.create(LlmConfig.builder("ollama").model("qwen3:8b").build(), transport,
                Map.<String, String>of()::get);

        assertThat(client.provider()).isEqualTo("ollama");
        assertThat(client.model()).isEqualTo("qwen3:8b");
        assertThat(client).hasToString("OpenAiChatClient[provider=ollama, model=qwen3:8b, "
                + "endpoint=http://localhost:11434/v1/chat/completions]");
    }

    @Test
    void aConfiguredKeyIsNeverShown() {
        LlmConfig config = LlmConfig.builder("anthropic").apiKey("sk-ant-shown-nowhere").build();

        assertThat(config.hasConfiguredApiKey()).isTrue();
        assertThat(config).hasToString("LlmConfig[provider=anthropic, protocol=ANTHROPIC_MESSAGES, "
                + "model=claude-haiku-4-5, baseUrl=https://api.anthropic.com/v1, apiKey=*** (configured), timeout=PT3M]");
        assertThat(LlmConfig.builder("openai").build().toString()).contains("apiKey=$OPENAI_API_KEY");
        // the configured key wins over an empty environment
        assertThat(LlmClients.create(config, transport, Map.<String, String>of()::get).provider()).isEqualTo("anthropic");
    }

    @Test
    void pricesReachTheClientAndCostUsage() {
        LlmPrices prices = new LlmPrices(2.50, 1.25, 10.00);
        LlmClient client = LlmClients.create(LlmConfig.builder("openai").model("gpt-4o").prices(prices).build(),
                transport, Map.of("OPENAI_API_KEY", "k")::get);

        assertThat(client.prices()).contains(prices);
        // the real cached-tokens reply: 3663 prompt tokens of which 3584 cached, 117 completion tokens
        assertThat(prices.cost(new LlmUsage(3663, 117, 3584)))
                .isCloseTo((79 * 2.50 + 3584 * 1.25 + 117 * 10.00) / 1e6, within(1e-12));
        assertThat(LlmPrices.perMillion(0.15, 0.60).cost(new LlmUsage(1_000_000, 1_000_000, 0)))
                .isCloseTo(0.75, within(1e-12));
        assertThatThrownBy(() -> LlmPrices.perMillion(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inputPerMillion must be a finite price >= 0: -1.0");
        assertThat(LlmClients.create(LlmConfig.builder("ollama").model("m").build(), transport,
                Map.<String, String>of()::get).prices()).isEmpty();
    }
}
