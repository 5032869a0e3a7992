package io.academichub.llm.provider;

import io.academichub.llm.provider.LlmConfig.Protocol;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

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

    /** Every name, in the table's order: {@code openai, anthropic, …}. */
    static String names() {
        return Arrays.stream(values()).map(p -> p.name).collect(Collectors.joining(", "));
    }

    /** The names of the providers with a default model: {@code openai, anthropic and deepseek}. */
    static String namesWithDefaultModel() {
        String names = Arrays.stream(values()).filter(p -> p.defaultModel != null).map(p -> p.name)
                .collect(Collectors.joining(", "));
        int last = names.lastIndexOf(", ");
        return last < 0 ? names : names.substring(0, last) + " and " + names.substring(last + 2);
    }

    /**
     * The known name {@code name} is most likely a typo of — the one fewest edits away (insertions, deletions,
     * substitutions, swaps of neighbours), at most two — or {@code null}.
     */
    static String nearest(String name) {
        // Lucene (the briefing's text analysis) already has the edit distance, as an automaton of the names near one
        LevenshteinAutomata typos = new LevenshteinAutomata(name, true);
        for (int edits = 1; edits <= LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE; edits++) {
            CharacterRunAutomaton near = new CharacterRunAutomaton(typos.toAutomaton(edits));
            for (KnownProvider p : values()) {
                if (near.run(p.name)) {
                    return p.name;
                }
            }
        }
        return null;
    }
}
