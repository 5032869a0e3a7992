package io.academichub.llm.provider;

import io.academichub.llm.provider.LlmConfig.Protocol;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The providers {@link LlmConfig} knows by name: protocol, base URL, key variable, default model. */
enum KnownProvider {
    OPENAI("openai", Protocol.OPENAI_CHAT_COMPLETIONS, "https://api.openai.com/v1", "OPENAI_API_KEY", true,
            "gpt-4o-mini"),
    ANTHROPIC("anthropic", Protocol.ANTHROPIC_MESSAGES, "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY", true,
            "claude-haiku-4-5"),
    DEEPSEEK("deepseek", Protocol.OPENAI_CHAT_COMPLETIONS, "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY", true,
            "deepseek-chat"),
    OPENROUTER("openrouter", Protocol.OPENAI_CHAT_COMPLETIONS, "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY",
            true, null),
    TOGETHER("together", Protocol.OPENAI_CHAT_COMPLETIONS, "https://api.together.xyz/v1", "TOGETHER_API_KEY", true,
            null),
    QWEN("qwen", Protocol.OPENAI_CHAT_COMPLETIONS, "https://dashscope.aliyuncs.com/compatible-mode/v1",
            "DASHSCOPE_API_KEY", true, null),
    OLLAMA("ollama", Protocol.OPENAI_CHAT_COMPLETIONS, "http://localhost:11434/v1", "OLLAMA_API_KEY", false, null),
    LMSTUDIO("lmstudio", Protocol.OPENAI_CHAT_COMPLETIONS, "http://localhost:1234/v1", "LMSTUDIO_API_KEY", false, null),
    VLLM("vllm", Protocol.OPENAI_CHAT_COMPLETIONS, "http://localhost:8000/v1", "VLLM_API_KEY", false, null);

    final String name;
    final Protocol protocol;
    final URI baseUrl;
    final String keyVariable;
    final boolean keyRequired;
    final String defaultModel;

    KnownProvider(String name, Protocol protocol, String baseUrl, String keyVariable, boolean keyRequired,
                  String defaultModel) {
        this.name = name;
        this.protocol = protocol;
        this.baseUrl = URI.create(baseUrl);
        this.keyVariable = keyVariable;
        this.keyRequired = keyRequired;
        this.defaultModel = defaultModel;
    }

    /** The provider called {@code name}, or {@code null}. */
    static KnownProvider named(String name) {
        for (KnownProvider p : values()) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        return null;
    }

    static String names() {
        return Arrays.stream(values()).map(p -> p.name).collect(Collectors.joining(", "));
    }
}
