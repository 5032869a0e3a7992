package io.academichub.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.llm.LlmReply;
import io.academichub.llm.LlmRequest;
import io.academichub.llm.LlmUsage;
import io.academichub.llm.provider.internal.AnthropicWire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anthropic Messages ({@code POST {baseUrl}/messages}). Structured output is a forced tool call: one tool whose input
 * schema is the answer's schema, and {@code tool_choice} naming it, so the answer arrives as the tool's input object.
 * A schema whose root is not an object (tool inputs must be objects) goes as JSON in text.
 */
final class AnthropicMessagesClient extends HttpChatClient {

    /** The API version this client speaks; Anthropic requires it on every request. */
    static final String API_VERSION = "2023-06-01";

    AnthropicMessagesClient(LlmConfig config, String apiKey, HttpTransport transport) {
        super(config, "/messages", apiKey, transport);
    }

    @Override
    OutputMode bestMode(JsonNode schema) {
        return "object".equals(schema.path("type").asText()) ? OutputMode.NATIVE_SCHEMA : OutputMode.JSON_IN_TEXT;
    }

    @Override
    OutputMode fallback(OutputMode mode) {
        return mode == OutputMode.NATIVE_SCHEMA ? OutputMode.JSON_IN_TEXT : null;
    }

    @Override
    String structuredParameter() {
        return "tools";
    }

    @Override
    LlmReply exchange(String system, List<Turn> turns, LlmRequest request, OutputMode mode) {
        String toolName = toolName(request);
        boolean forcedTool = mode == OutputMode.NATIVE_SCHEMA;
        AnthropicWire.Request body = new AnthropicWire.Request(model, request.maxTokens(),
                system.isEmpty() ? null : system,
                turns.stream().map(t -> new AnthropicWire.Message(t.role(), t.content())).toList(),
                request.temperature(), request.stop().isEmpty() ? null : request.stop(),
                forcedTool ? List.of(new AnthropicWire.Tool(toolName, "Records the answer as JSON following the "
                        + "schema " + request.schemaName() + ".", request.jsonSchema())) : null,
                forcedTool ? new AnthropicWire.ToolChoice("tool", toolName) : null);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("anthropic-version", API_VERSION);
        if (apiKey != null) {
            headers.put("x-api-key", apiKey);
        }
        return parse(post(body, headers), forcedTool ? toolName : null);
    }

    private static String toolName(LlmRequest request) {
        return request.schemaName() == null ? null : request.schemaName().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private LlmReply parse(HttpResult result, String forcedTool) {
        AnthropicWire.Reply reply = read(result, AnthropicWire.Reply.class);
        if (reply.content() == null) {
            throw malformed("the reply has no content", null);
        }
        StringBuilder text = new StringBuilder();
        StringBuilder thinking = new StringBuilder();
        String toolInput = null;
        for (AnthropicWire.Block block : reply.content()) {
            switch (block.type() == null ? "" : block.type()) {
                case "text" -> text.append(block.text() == null ? "" : block.text());
                case "thinking" -> thinking.append(block.thinking() == null ? "" : block.thinking());
                case "tool_use" -> {
                    if (toolInput == null && block.input() != null
                            && (forcedTool == null || forcedTool.equals(block.name()))) {
                        toolInput = block.input().toString();
                    }
                }
                default -> {
                    // redacted_thinking and kinds added later carry nothing for the answer
                }
            }
        }
        String finish = finishReason(reply.stopReason());
        String answer;
        if (forcedTool != null && toolInput != null) {
            answer = toolInput;
            finish = "tool_calls".equals(finish) ? "stop" : finish; // the forced call is the answer, not a request
        } else if (text.isEmpty() && toolInput != null) {
            answer = toolInput;
        } else {
            answer = text.toString();
        }
        String[] textAndReasoning = splitThinking(answer, thinking.toString().strip());
        LlmReply parsed = new LlmReply(textAndReasoning[0], textAndReasoning[1], finish, usage(reply.usage()));
        logUsage(parsed);
        return parsed;
    }

    private static String finishReason(String stopReason) {
        if (stopReason == null) {
            return "";
        }
        return switch (stopReason) {
            case "end_turn", "stop_sequence" -> "stop";
            case "max_tokens", "model_context_window_exceeded" -> "length";
            case "tool_use" -> "tool_calls";
            default -> stopReason; // refusal, pause_turn
        };
    }

    /** Anthropic counts cache writes and reads apart from {@code input_tokens}; all three are prompt tokens. */
    private static LlmUsage usage(AnthropicWire.Usage usage) {
        if (usage == null) {
            return LlmUsage.NONE;
        }
        int cacheRead = orZero(usage.cacheReadInputTokens());
        return new LlmUsage(orZero(usage.inputTokens()) + orZero(usage.cacheCreationInputTokens()) + cacheRead,
                orZero(usage.outputTokens()), cacheRead);
    }
}
