package io.academichub.llm.provider.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * OpenAI Chat Completions on the wire ({@code POST /chat/completions}), as OpenAI and the compatible servers send it.
 * Only the fields AcademicHub reads; unknown ones are ignored. Not API.
 */
public final class OpenAiWire {

    private OpenAiWire() {
    }

    /** The request; absent (null) fields are not sent, so that a parameter an endpoint refuses can be left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String model, List<Message> messages,
                          @JsonProperty("max_tokens") Integer maxTokens,
                          @JsonProperty("max_completion_tokens") Integer maxCompletionTokens,
                          Double temperature, List<String> stop,
                          @JsonProperty("response_format") JsonNode responseFormat) {
    }

    /** A message of the conversation sent. */
    public record Message(String role, String content) {
    }

    /** The reply. */
    public record Completion(String id, String model, List<Choice> choices, Usage usage) {
    }

    /** One choice; AcademicHub asks for one. */
    public record Choice(Integer index, Reply message, @JsonProperty("finish_reason") String finishReason) {
    }

    /**
     * The assistant's message. Reasoning models put their thinking in {@code reasoning_content} (DeepSeek, Qwen,
     * llama.cpp) or {@code reasoning} (OpenRouter).
     */
    public record Reply(String content, @JsonProperty("reasoning_content") String reasoningContent, String reasoning,
                        String refusal, @JsonProperty("tool_calls") List<ToolCall> toolCalls) {
    }

    /** A function call the model made instead of answering in text. */
    public record ToolCall(String id, String type, Function function) {
    }

    /** The function called; {@code arguments} is JSON in a string. */
    public record Function(String name, String arguments) {
    }

    /**
     * Tokens used. Cached prompt tokens come as {@code prompt_tokens_details.cached_tokens} (OpenAI),
     * {@code prompt_cache_hit_tokens} (DeepSeek) or a top-level {@code cached_tokens} (Together).
     */
    public record Usage(@JsonProperty("prompt_tokens") Integer promptTokens,
                        @JsonProperty("completion_tokens") Integer completionTokens,
                        @JsonProperty("prompt_tokens_details") PromptDetails promptTokensDetails,
                        @JsonProperty("prompt_cache_hit_tokens") Integer promptCacheHitTokens,
                        @JsonProperty("cached_tokens") Integer cachedTokens) {
    }

    /** Where the prompt tokens came from. */
    public record PromptDetails(@JsonProperty("cached_tokens") Integer cachedTokens) {
    }
}
