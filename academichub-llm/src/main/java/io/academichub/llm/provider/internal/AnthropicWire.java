package io.academichub.llm.provider.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Anthropic Messages on the wire ({@code POST /messages}). Only the fields AcademicHub reads; unknown ones are
 * ignored. Not API.
 */
public final class AnthropicWire {

    private AnthropicWire() {
    }

    /** The request; absent (null) fields are not sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String model, @JsonProperty("max_tokens") int maxTokens, String system,
                          List<Message> messages, Double temperature,
                          @JsonProperty("stop_sequences") List<String> stopSequences,
                          List<Tool> tools, @JsonProperty("tool_choice") ToolChoice toolChoice) {
    }

    /** A message of the conversation sent. */
    public record Message(String role, String content) {
    }

    /** A tool the model may call; AcademicHub offers one, whose input schema is the answer's JSON Schema. */
    public record Tool(String name, String description, @JsonProperty("input_schema") JsonNode inputSchema) {
    }

    /** Forces the model to call the named tool. */
    public record ToolChoice(String type, String name) {
    }

    /** The reply. */
    public record Reply(String id, String model, List<Block> content, @JsonProperty("stop_reason") String stopReason,
                        @JsonProperty("stop_sequence") String stopSequence, Usage usage) {
    }

    /**
     * A content block: {@code text} (text), {@code thinking} (thinking), {@code tool_use} (name, input), or a
     * kind AcademicHub skips ({@code redacted_thinking}, …).
     */
    public record Block(String type, String text, String thinking, String id, String name, JsonNode input) {
    }

    /**
     * Tokens used; {@code input_tokens} excludes the prompt tokens written to or read from the cache, which come
     * separately.
     */
    public record Usage(@JsonProperty("input_tokens") Integer inputTokens,
                        @JsonProperty("output_tokens") Integer outputTokens,
                        @JsonProperty("cache_creation_input_tokens") Integer cacheCreationInputTokens,
                        @JsonProperty("cache_read_input_tokens") Integer cacheReadInputTokens) {
    }
}
