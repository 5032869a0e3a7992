package io.academichub.llm.provider;

import io.academichub.llm.LlmPrices;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which chat model to use and how to reach it: a provider name, a model, a base URL, where the API key comes from,
 * a timeout, and optionally the model's prices. Known provider names fill in the rest:
 *
 * <table>
 *   <caption>Known providers</caption>
 *   <tr><th>name</th><th>protocol</th><th>base URL</th><th>key from</th><th>default model</th></tr>
 *   <tr><td>{@code openai}</td><td>Chat Completions</td><td>{@code https://api.openai.com/v1}</td>
 *       <td>{@code OPENAI_API_KEY}</td><td>{@code gpt-4o-mini}</td></tr>
 *   <tr><td>{@code anthropic}</td><td>Messages</td><td>{@code https://api.anthropic.com/v1}</td>
 *       <td>{@code ANTHROPIC_API_KEY}</td><td>{@code claude-haiku-4-5}</td></tr>
 *   <tr><td>{@code deepseek}</td><td>Chat Completions</td><td>{@code https://api.deepseek.com/v1}</td>
 *       <td>{@code DEEPSEEK_API_KEY}</td><td>{@code deepseek-chat}</td></tr>
 *   <tr><td>{@code openrouter}</td><td>Chat Completions</td><td>{@code https://openrouter.ai/api/v1}</td>
 *       <td>{@code OPENROUTER_API_KEY}</td><td>—</td></tr>
 *   <tr><td>{@code together}</td><td>Chat Completions</td><td>{@code https://api.together.xyz/v1}</td>
 *       <td>{@code TOGETHER_API_KEY}</td><td>—</td></tr>
 *   <tr><td>{@code qwen}</td><td>Chat Completions</td>
 *       <td>{@code https://dashscope.aliyuncs.com/compatible-mode/v1}</td><td>{@code DASHSCOPE_API_KEY}</td><td>—</td></tr>
 *   <tr><td>{@code ollama}</td><td>Chat Completions</td><td>{@code http://localhost:11434/v1}</td>
 *       <td>none needed</td><td>—</td></tr>
 *   <tr><td>{@code lmstudio}</td><td>Chat Completions</td><td>{@code http://localhost:1234/v1}</td>
 *       <td>none needed</td><td>—</td></tr>
 *   <tr><td>{@code vllm}</td><td>Chat Completions</td><td>{@code http://localhost:8000/v1}</td>
 *       <td>none needed</td><td>—</td></tr>
 * </table>
 *
 * Any other name is an OpenAI-compatible endpoint that needs a {@link Builder#baseUrl base URL} and a
 * {@link Builder#model model}; its key, if any, is read from {@code NAME_API_KEY}. A name that is neither known nor
 * given a base URL is refused first, with the known name it is likely a typo of ({@code did you mean 'openai'?}).
 *
 * <pre>{@code
 * LlmConfig deepseek = LlmConfig.builder("deepseek").model("deepseek-reasoner")
 *         .prices(LlmPrices.perMillion(0.55, 2.19)).build();
 * LlmConfig local = LlmConfig.builder("ollama").model("qwen3:8b").timeout(Duration.ofMinutes(10)).build();
 * LlmConfig azureLike = LlmConfig.builder("mygateway").baseUrl("https://llm.example.org/v1")
 *         .apiKeyVariable("GATEWAY_TOKEN").requireApiKey().model("gpt-4o").build();
 * }</pre>
 *
 * The key itself, when given in code rather than in the environment, is never shown by {@link #toString()}.
 */
public final class LlmConfig {

    /** The wire protocol a provider speaks. */
    public enum Protocol {
        /** OpenAI's {@code POST /chat/completions}, spoken by OpenAI and most other providers and local servers. */
        OPENAI_CHAT_COMPLETIONS,
        /** Anthropic's {@code POST /messages}. */
        ANTHROPIC_MESSAGES
    }

    private static final Pattern PROVIDER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final String provider;
    private final Protocol protocol;
    private final String model;
    private final URI baseUrl;
    private final String apiKeyVariable;
    private final String apiKey;
    private final boolean apiKeyRequired;
    private final Duration timeout;
    private final LlmPrices prices;

    private LlmConfig(Builder b, KnownProvider known) {
        this.provider = b.provider;
        this.protocol = known != null ? known.protocol : Protocol.OPENAI_CHAT_COMPLETIONS;
        this.model = b.model != null ? b.model : known != null ? known.defaultModel : null;
        this.baseUrl = b.baseUrl != null ? b.baseUrl : known != null ? known.baseUrl : null;
        this.apiKeyVariable = b.apiKeyVariable != null ? b.apiKeyVariable
                : known != null && known.keyVariable != null ? known.keyVariable
                : provider.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_API_KEY";
        this.apiKey = b.apiKey;
        this.apiKeyRequired = b.apiKeyRequired || known != null && known.keyRequired;
        this.timeout = b.timeout;
        this.prices = b.prices;
    }

    /**
     * A builder for the provider called {@code provider} (lower-case letters, digits, {@code . _ -}): a known name
     * from the table above, or any name for an OpenAI-compatible endpoint.
     *
     * @param provider the provider's name, e.g. {@code openai}
     * @return a builder for that provider
     */
    public static Builder builder(String provider) {
        return new Builder(provider);
    }

    /**
     * The provider's name, named in every error and log line, e.g. {@code openai}, {@code deepseek}.
     *
     * @return the provider's name, named in every error and log line
     */
    public String provider() {
        return provider;
    }

    /**
     * The wire protocol.
     *
     * @return the wire protocol
     */
    public Protocol protocol() {
        return protocol;
    }

    /**
     * The model.
     *
     * @return the model
     */
    public String model() {
        return model;
    }

    /**
     * The base URL the protocol's paths ({@code /chat/completions}, {@code /messages}) are appended to.
     *
     * @return the base URL the protocol's paths ({@code /chat/completions}, {@code /messages}) are appended to
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The environment variable the key is read from when none is configured.
     *
     * @return the environment variable the key is read from when none is configured
     */
    public String apiKeyVariable() {
        return apiKeyVariable;
    }

    /**
     * Whether a key was given in the configuration itself (the key is not shown).
     *
     * @return whether a key was given in the configuration itself (the key is not shown)
     */
    public boolean hasConfiguredApiKey() {
        return apiKey != null;
    }

    /**
     * Whether the provider refuses requests without a key, so that a missing one fails before any request.
     *
     * @return whether the provider refuses requests without a key, so that a missing one fails before any request
     */
    public boolean apiKeyRequired() {
        return apiKeyRequired;
    }

    /**
     * The longest the provider may stay silent while answering one request.
     *
     * @return the longest the provider may stay silent while answering one request
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The model's prices, when configured.
     *
     * @return the model's prices, when configured
     */
    public Optional<LlmPrices> prices() {
        return Optional.ofNullable(prices);
    }

    /** The key given in the configuration, or {@code null}; for {@link LlmClients} only. */
    String configuredApiKey() {
        return apiKey;
    }

    /** Everything but the key. */
    @Override
    public String toString() {
        return "LlmConfig[provider=" + provider + ", protocol=" + protocol + ", model=" + model + ", baseUrl="
                + baseUrl + ", apiKey=" + (apiKey != null ? "*** (configured)" : "$" + apiKeyVariable)
                + ", timeout=" + timeout + (prices == null ? "" : ", prices=" + prices) + "]";
    }

    /** Builds an {@link LlmConfig}. Each setting may be set once; arguments are checked when set. */
    public static final class Builder {
        private final String provider;
        private String model;
        private URI baseUrl;
        private String apiKeyVariable;
        private String apiKey;
        private boolean apiKeyRequired;
        private Duration timeout = Duration.ofMinutes(3);
        private boolean timeoutSet;
        private LlmPrices prices;

        private Builder(String provider) {
            Objects.requireNonNull(provider, "provider");
            if (!PROVIDER_NAME.matcher(provider).matches()) {
                throw new IllegalArgumentException("provider must be a lower-case name such as openai, anthropic or "
                        + "ollama: '" + provider + "'");
            }
            this.provider = provider;
        }

        /**
         * The model, e.g. {@code gpt-4o-mini}; required unless the provider has a default.
         *
         * @param model the model asked for
         * @return this builder
         */
        public Builder model(String model) {
            Objects.requireNonNull(model, "model");
            if (model.isBlank()) {
                throw new IllegalArgumentException("model is blank");
            }
            once(this.model, "model");
            this.model = model.strip();
            return this;
        }

        /**
         * The base URL, e.g. {@code https://api.deepseek.com/v1} or {@code http://localhost:11434/v1} (a trailing
         * slash is ignored); required for providers not in the table.
         *
         * @param baseUrl the base url
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            once(this.baseUrl, "baseUrl");
            URI uri;
            try {
                uri = URI.create(baseUrl.strip().replaceAll("/+$", ""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("baseUrl is not a URL: '" + baseUrl + "'", e);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("baseUrl must be an http(s) URL with a host: '" + baseUrl + "'");
            }
            if (uri.getUserInfo() != null || uri.getQuery() != null) {
                throw new IllegalArgumentException("baseUrl must not carry credentials or a query; configure the key "
                        + "with apiKeyVariable or apiKey");
            }
            this.baseUrl = uri;
            return this;
        }

        /**
         * The environment variable to read the key from, e.g. {@code OPENAI_API_KEY} (the provider's by default).
         *
         * @param variable the variable
         * @return this builder
         */
        public Builder apiKeyVariable(String variable) {
            Objects.requireNonNull(variable, "variable");
            if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not an environment variable name: '" + variable + "'");
            }
            once(this.apiKeyVariable, "apiKeyVariable");
            this.apiKeyVariable = variable;
            return this;
        }

        /**
         * The key itself, e.g. from a secrets store; prefer {@link #apiKeyVariable}. It is sent only to the base
         * URL and never shown.
         *
         * @param apiKey the api key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            Objects.requireNonNull(apiKey, "apiKey");
            if (apiKey.isBlank() || apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new IllegalArgumentException("apiKey is blank or holds white space or non-ASCII characters");
            }
            once(this.apiKey, "apiKey");
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Fails before any request when no key is found (known cloud providers require one anyway).
         *
         * @return this builder
         */
        public Builder requireApiKey() {
            this.apiKeyRequired = true;
            return this;
        }

        /**
         * The longest the provider may stay silent while answering one request; default 3 minutes.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            if (timeoutSet) {
                throw new IllegalStateException("timeout was already set");
            }
            this.timeout = timeout;
            this.timeoutSet = true;
            return this;
        }

        /**
         * The model's prices, for a budget in money.
         *
         * @param prices the prices
         * @return this builder
         */
        public Builder prices(LlmPrices prices) {
            Objects.requireNonNull(prices, "prices");
            once(this.prices, "prices");
            this.prices = prices;
            return this;
        }

        /**
         * The configuration.
         *
         * @return the configuration
         * @throws IllegalStateException when (for a provider not in the table) the base URL is missing, naming the
         *                               nearest known provider should the name be a typo of one; or when the model
         *                               is missing and the provider has no default
         */
        public LlmConfig build() {
            KnownProvider known = KnownProvider.named(provider);
            // the name first: a misspelt one would otherwise be reported as a missing model
            if (baseUrl == null && known == null) {
                String nearest = KnownProvider.nearest(provider);
                throw new IllegalStateException(provider + ": not a known provider (" + KnownProvider.names()
                        + "), so it needs a base URL, e.g. https://llm.example.org/v1"
                        + (nearest == null ? "" : "; did you mean '" + nearest + "'?"));
            }
            if (model == null && (known == null || known.defaultModel == null)) {
                throw new IllegalStateException(provider + ": no model configured; only "
                        + KnownProvider.namesWithDefaultModel() + " have a default model");
            }
            return new LlmConfig(this, known);
        }

        private static void once(Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set");
            }
        }
    }
}
