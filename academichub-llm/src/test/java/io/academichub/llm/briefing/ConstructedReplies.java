package io.academichub.llm.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.academichub.llm.provider.RecordedReply;

import java.io.IOException;
import java.io.UncheckedIOException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * Replies built on the real recorded replies' shapes (CONSTRUCTED in PROVENANCE.md): the recorded envelope — ids,
 * usage blocks, headers' content type — with the answer and the token counts replaced by the test's own.
 */
final class ConstructedReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConstructedReplies() {
    }

    /** OpenAI's recorded json_schema completion ({@code chat_completion_200_json-schema.json}) answering {@code content}. */
    static ResponseDefinitionBuilder openAi(String content, int promptTokens, int completionTokens) {
        return openAi(content, "stop", promptTokens, completionTokens);
    }

    /** The same, with a finish reason ({@code length} for a reply cut off by the token limit). */
    static ResponseDefinitionBuilder openAi(String content, String finishReason, int promptTokens,
                                            int completionTokens) {
        ObjectNode body = read("openai-chat/chat_completion_200_json-schema");
        ObjectNode choice = (ObjectNode) body.get("choices").get(0);
        ((ObjectNode) choice.get("message")).put("content", content);
        choice.put("finish_reason", finishReason);
        usage((ObjectNode) body.get("usage"), promptTokens, completionTokens);
        return json(body);
    }

    /**
     * DeepSeek's recorded reasoner completion ({@code deepseek_chat_completion_200_reasoner.json}): {@code content}
     * as the answer, {@code reasoning} as its {@code reasoning_content}.
     */
    static ResponseDefinitionBuilder deepSeekReasoner(String content, String reasoning, int promptTokens,
                                                      int completionTokens) {
        ObjectNode body = read("openai-compatible/deepseek_chat_completion_200_reasoner");
        ObjectNode message = (ObjectNode) body.get("choices").get(0).get("message");
        message.put("content", content);
        message.put("reasoning_content", reasoning);
        usage((ObjectNode) body.get("usage"), promptTokens, completionTokens);
        return json(body);
    }

    /**
     * Anthropic's recorded tool-use message ({@code message_200_tool-use.json}): a text block, then the forced tool
     * {@code tool} called with {@code input}.
     */
    static ResponseDefinitionBuilder anthropicTool(String tool, String input, int inputTokens, int outputTokens) {
        ObjectNode body = read("anthropic-messages/message_200_tool-use");
        ArrayNode content = (ArrayNode) body.get("content");
        ObjectNode call = (ObjectNode) content.get(1);
        call.put("name", tool);
        call.set("input", parse(input));
        ((ObjectNode) body.get("usage")).put("input_tokens", inputTokens).put("output_tokens", outputTokens);
        return json(body);
    }

    /** A recorded reply's body, the recorded headers left out (the constructed body is plain JSON). */
    private static ObjectNode read(String name) {
        return (ObjectNode) parse(RecordedReply.body(name));
    }

    private static void usage(ObjectNode usage, int promptTokens, int completionTokens) {
        usage.put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        if (usage.has("prompt_tokens_details")) {
            ((ObjectNode) usage.get("prompt_tokens_details")).put("cached_tokens", 0);
        }
        if (usage.has("prompt_cache_hit_tokens")) {
            usage.put("prompt_cache_hit_tokens", 0).put("prompt_cache_miss_tokens", promptTokens);
        }
    }

    private static ResponseDefinitionBuilder json(JsonNode body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
