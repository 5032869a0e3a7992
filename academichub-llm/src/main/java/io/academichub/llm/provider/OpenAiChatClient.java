package io.academichub.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.academichub.http.HttpTransport;
import io.academichub.llm.LlmReply;
import io.academichub.llm.LlmRequest;
import io.academichub.llm.LlmUsage;
import io.academichub.llm.provider.internal.OpenAiWire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Chat Completions ({@code POST {baseUrl}/chat/completions}) as OpenAI and the compatible servers speak it.
 *
 * <p>Endpoints differ in what they accept; a {@code 400} that names a parameter this client can do without is
 * answered by sending the request again without it, and remembered: {@code response_format} (structured output falls
 * back from {@code json_schema} to {@code json_object} to JSON in text), {@code temperature}, {@code stop} (the reply
 * is then cut at the first stop sequence here), and {@code max_tokens} versus {@code max_completion_tokens}
 * (OpenAI's reasoning models accept only the latter, many other servers only the former).
 */
final class OpenAiChatClient extends HttpChatClient {

    private static final Logger log = LoggerFactory.getLogger(OpenAiChatClient.class);

    private static final List<String> DROPPABLE = List.of("temperature", "stop");

    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean maxCompletionTokens;

    OpenAiChatClient(LlmConfig config, String apiKey, HttpTransport transport) {
        super(config, "/chat/completions", apiKey, transport);
        // OpenAI itself wants max_completion_tokens (its reasoning models refuse max_tokens); most others max_tokens
        this.maxCompletionTokens = new AtomicBoolean(KnownProvider.named(provider) == KnownProvider.OPENAI);
    }

    @Override
    OutputMode bestMode(JsonNode schema) {
        return OutputMode.NATIVE_SCHEMA;
    }

    @Override
    OutputMode fallback(OutputMode mode) {
        return switch (mode) {
            case NATIVE_SCHEMA -> OutputMode.JSON_OBJECT;
            case JSON_OBJECT -> OutputMode.JSON_IN_TEXT;
            default -> null;
        };
    }

    @Override
    String structuredParameter() {
        return "response_format";
    }

    @Override
    LlmReply exchange(String system, List<Turn> turns, LlmRequest request, OutputMode mode) {
        for (int attempt = 1; ; attempt++) {
            try {
                return parse(post(body(system, turns, request, mode), headers()), request);
            } catch (Failure failure) {
                if (attempt > DROPPABLE.size() + 1 || failure.error.kind() != ErrorMapper.Kind.UNSUPPORTED_PARAMETER
                        || !adapt(failure.error, request)) {
                    throw failure;
                }
            }
        }
    }

    private Map<String, String> headers() {
        return apiKey == null ? Map.of() : Map.of("Authorization", "Bearer " + apiKey);
    }

    private OpenAiWire.Request body(String system, List<Turn> turns, LlmRequest request, OutputMode mode) {
        List<OpenAiWire.Message> messages = Stream.concat(
                system.isEmpty() ? Stream.empty() : Stream.of(new OpenAiWire.Message("system", system)),
                turns.stream().map(t -> new OpenAiWire.Message(t.role(), t.content()))).toList();
        boolean completionTokens = maxCompletionTokens.get();
        return new OpenAiWire.Request(model, messages,
                completionTokens ? null : request.maxTokens(), completionTokens ? request.maxTokens() : null,
                refused.contains("temperature") ? null : request.temperature(),
                refused.contains("stop") || request.stop().isEmpty() ? null : request.stop(),
                responseFormat(request, mode));
    }

    private static JsonNode responseFormat(LlmRequest request, OutputMode mode) {
        ObjectNode format = JSON.createObjectNode();
        switch (mode) {
            case NATIVE_SCHEMA -> {
                format.put("type", "json_schema");
                format.putObject("json_schema")
                        .put("name", request.schemaName().replaceAll("[^A-Za-z0-9_-]", "_"))
                        .set("schema", request.jsonSchema());
            }
            case JSON_OBJECT -> format.put("type", "json_object");
            default -> {
                return null;
            }
        }
        return format;
    }

    /** Changes what is sent so that the refused parameter goes; {@code false} when there is nothing to change. */
    private boolean adapt(ErrorMapper.ProviderError error, LlmRequest request) {
        boolean completionTokens = maxCompletionTokens.get();
        String tokensField = completionTokens ? "max_completion_tokens" : "max_tokens";
        if (error.names(tokensField)) {
            maxCompletionTokens.compareAndSet(completionTokens, !completionTokens);
            log.info("{} ({}): the endpoint refused {}; sending {} from now on", provider, model, tokensField,
                    completionTokens ? "max_tokens" : "max_completion_tokens");
            return true;
        }
        for (String parameter : DROPPABLE) {
            boolean sent = "stop".equals(parameter) ? !request.stop().isEmpty() : true;
            if (sent && !refused.contains(parameter) && error.names(parameter)) {
                refused.add(parameter);
                log.info("{} ({}): the endpoint refused '{}' ({}); leaving it out from now on", provider, model,
                        parameter, error.message());
                return true;
            }
        }
        return false;
    }

    private LlmReply parse(io.academichub.http.HttpResult result, LlmRequest request) {
        OpenAiWire.Completion completion = read(result, OpenAiWire.Completion.class);
        if (completion.choices() == null || completion.choices().isEmpty()
                || completion.choices().get(0).message() == null) {
            throw malformed("the reply has no choices", null);
        }
        OpenAiWire.Choice choice = completion.choices().get(0);
        OpenAiWire.Reply message = choice.message();
        String finish = finishReason(choice.finishReason());
        String content = message.content();
        if (content == null && message.toolCalls() != null && message.toolCalls().size() == 1
                && message.toolCalls().get(0).function() != null) {
            // some servers answer a JSON request with a function call: its arguments are the answer
            content = message.toolCalls().get(0).function().arguments();
        }
        if (content == null && message.refusal() != null) {
            content = "";
            finish = "refusal";
        }
        String reasoning = firstNonBlank(message.reasoningContent(), message.reasoning());
        String[] textAndReasoning = splitThinking(content == null ? "" : content, reasoning);
        String text = textAndReasoning[0];
        if (refused.contains("stop")) {
            text = cutAtStop(text, request.stop());
        }
        LlmReply reply = new LlmReply(text, textAndReasoning[1], finish, usage(completion.usage()));
        logUsage(reply);
        return reply;
    }

    private static String finishReason(String reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case "eos", "end_turn" -> "stop";
            case "function_call" -> "tool_calls";
            case "max_tokens" -> "length";
            default -> reason;
        };
    }

    private static LlmUsage usage(OpenAiWire.Usage usage) {
        if (usage == null) {
            return LlmUsage.NONE;
        }
        int cached = Math.max(orZero(usage.promptCacheHitTokens()), orZero(usage.cachedTokens()));
        if (usage.promptTokensDetails() != null) {
            cached = Math.max(cached, orZero(usage.promptTokensDetails().cachedTokens()));
        }
        return new LlmUsage(orZero(usage.promptTokens()), orZero(usage.completionTokens()), cached);
    }

    private static String cutAtStop(String text, List<String> stops) {
        int cut = text.length();
        for (String stop : stops) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return text.substring(0, cut).strip();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : "";
    }
}
