package io.academichub.llm.provider;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.error.SourceException;
import io.academichub.http.HttpResult;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmException;
import io.academichub.llm.LlmMalformedReplyException;
import io.academichub.llm.LlmPrices;
import io.academichub.llm.LlmReply;
import io.academichub.llm.LlmRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What both protocols share: the POST through the polite transport (retried on 429 and 5xx, with the configured
 * timeout), errors through the one {@link ErrorMapper}, and structured output — the provider's native way first,
 * then JSON in text with one repair request.
 */
abstract class HttpChatClient implements LlmClient {

    private static final Logger log = LoggerFactory.getLogger(HttpChatClient.class);

    /** Reads wire JSON leniently (unknown fields are normal) but a JSON answer strictly (no trailing text). */
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    private static final Pattern THINK = Pattern.compile("^\\s*<think>(.*?)</think>", Pattern.DOTALL);

    /** How a reply is made to follow a JSON Schema. */
    enum OutputMode {
        /** Free text: the request has no schema. */
        FREE,
        /** The endpoint enforces the schema: OpenAI's {@code json_schema}, Anthropic's forced tool. */
        NATIVE_SCHEMA,
        /** The endpoint guarantees JSON but not the schema: OpenAI's {@code json_object}. */
        JSON_OBJECT,
        /** The schema is in the prompt and the JSON is read out of the text. */
        JSON_IN_TEXT
    }

    /** A turn of the conversation: {@code user} or {@code assistant}. */
    record Turn(String role, String content) {
    }

    /** A classified failure on its way out of an exchange; never leaves {@link #chat}. */
    static final class Failure extends RuntimeException {
        final ErrorMapper.ProviderError error;

        Failure(ErrorMapper.ProviderError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    final String provider;
    final String model;
    final URI endpoint;
    final String apiKey;
    final ErrorMapper errors;
    private final HttpTransport transport;
    private final String group;
    private final Duration timeout;
    private final LlmPrices prices;
    private final JsonInText jsonInText = new JsonInText(JSON);
    private final AtomicReference<OutputMode> structuredMode = new AtomicReference<>();

    HttpChatClient(LlmConfig config, String path, String apiKey, HttpTransport transport) {
        this.provider = config.provider();
        this.model = config.model();
        this.endpoint = URI.create(config.baseUrl() + path);
        this.apiKey = apiKey;
        this.transport = transport;
        // the known clouds have their own politeness group (HostLimits.KNOWN_SERVICES); others go by host
        this.group = KnownProvider.named(provider) == KnownProvider.OPENAI
                || KnownProvider.named(provider) == KnownProvider.ANTHROPIC ? provider : null;
        this.timeout = config.timeout();
        this.prices = config.prices().orElse(null);
        this.errors = new ErrorMapper(provider, model, apiKey, JSON);
    }

    @Override
    public final String provider() {
        return provider;
    }

    @Override
    public final String model() {
        return model;
    }

    @Override
    public final Optional<LlmPrices> prices() {
        return Optional.ofNullable(prices);
    }

    @Override
    public final LlmReply chat(LlmRequest request) {
        try {
            List<Turn> turns = List.of(new Turn("user", request.user()));
            if (request.jsonSchema() == null) {
                return exchange(request.system(), turns, request, OutputMode.FREE);
            }
            return structured(request, turns);
        } catch (Failure failure) {
            throw errors.toException(failure.error);
        }
    }

    private LlmReply structured(LlmRequest request, List<Turn> turns) {
        // the best way for this schema, unless the endpoint already refused it (a later mode in the fallback order)
        OutputMode mode = later(bestMode(request.jsonSchema()), structuredMode.get());
        LlmReply reply;
        while (true) {
            try {
                reply = exchange(systemFor(request, mode), turns, request, mode);
                break;
            } catch (Failure failure) {
                OutputMode next = fallback(mode);
                if (failure.error.kind() != ErrorMapper.Kind.UNSUPPORTED_PARAMETER || next == null
                        || !failure.error.names(structuredParameter())) {
                    throw failure;
                }
                log.info("{} ({}): the endpoint refused {} ({}); asking for JSON in {} from now on", provider, model,
                        mode, failure.error.message(), next);
                structuredMode.accumulateAndGet(next, HttpChatClient::later);
                mode = next;
            }
        }
        return ensureJson(request, turns, mode, reply);
    }

    /** The later of two modes in the fallback order; {@code null} is none. */
    private static OutputMode later(OutputMode a, OutputMode b) {
        return a == null ? b : b == null || a.ordinal() >= b.ordinal() ? a : b;
    }

    /** The reply's JSON, or one repair request when the reply holds none. */
    private LlmReply ensureJson(LlmRequest request, List<Turn> turns, OutputMode mode, LlmReply reply) {
        JsonInText.Result found = jsonInText.find(reply.text(), request.jsonSchema());
        if (found.ok()) {
            return new LlmReply(found.json(), reply.reasoning(), reply.finishReason(), reply.usage());
        }
        if (reply.truncated()) {
            throw new LlmMalformedReplyException(provider, model, "the reply was cut off by the token limit (maxTokens "
                    + request.maxTokens() + ") before its JSON was complete: " + errors.clean(found.problem()), reply,
                    null);
        }
        log.info("{} ({}): {}; asking once for a repair", provider, model, errors.clean(found.problem()));
        List<Turn> repair = new ArrayList<>(turns);
        repair.add(new Turn("assistant", reply.text()));
        repair.add(new Turn("user", "Your reply could not be used: " + found.problem() + ". Reply again with only "
                + "the JSON value that follows the schema " + request.schemaName() + ", with no other text."));
        LlmReply second = exchange(systemFor(request, mode), repair, request, mode);
        LlmReply both = new LlmReply(second.text(), second.reasoning(), second.finishReason(),
                reply.usage().plus(second.usage()));
        JsonInText.Result repaired = jsonInText.find(second.text(), request.jsonSchema());
        if (!repaired.ok()) {
            throw new LlmMalformedReplyException(provider, model, "no usable JSON for schema " + request.schemaName()
                    + " even after one repair request: " + errors.clean(repaired.problem())
                    + (second.truncated() ? " (cut off by the token limit)" : ""), both, null);
        }
        return new LlmReply(repaired.json(), second.reasoning(), second.finishReason(), both.usage());
    }

    private String systemFor(LlmRequest request, OutputMode mode) {
        if (mode == OutputMode.NATIVE_SCHEMA) {
            return request.system();
        }
        String instruction = "Answer with one JSON value only — no prose, no Markdown code fences — that follows this "
                + "JSON Schema (" + request.schemaName() + "):\n" + request.jsonSchema();
        return request.system().isEmpty() ? instruction : request.system() + "\n\n" + instruction;
    }

    /** The best way this provider has to make a reply follow {@code schema}. */
    abstract OutputMode bestMode(JsonNode schema);

    /** The next way to try when the endpoint refuses {@code mode}, or {@code null}. */
    abstract OutputMode fallback(OutputMode mode);

    /** The request parameter that carries the structured-output request, named by an endpoint refusing it. */
    abstract String structuredParameter();

    /**
     * One request and its reply, read but not yet checked for JSON.
     *
     * @throws Failure                     when the provider refused or failed
     * @throws LlmMalformedReplyException  when the body is not a reply of the protocol
     */
    abstract LlmReply exchange(String system, List<Turn> turns, LlmRequest request, OutputMode mode);

    /** POSTs {@code body} as JSON with {@code headers}, retried as the transport does for safe requests. */
    final HttpResult post(Object body, Map<String, String> headers) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new LlmException(provider, model, "cannot write the request as JSON: " + e.getMessage(), e);
        }
        TransportRequest request = TransportRequest.post(provider, endpoint, "application/json", json)
                .accepting("application/json").withRetries().withResponseTimeout(timeout);
        if (group != null) {
            request = request.inGroup(group);
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request = request.withHeader(header.getKey(), header.getValue());
        }
        try {
            return transport.send(request);
        } catch (SourceException e) {
            throw new Failure(errors.classify(e));
        }
    }

    /** Reads a reply body as {@code type}, or says what was wrong with it. */
    final <T> T read(HttpResult result, Class<T> type) {
        try {
            T value = JSON.readValue(result.body(), type);
            if (value == null) {
                throw malformed("the body is empty or null", null);
            }
            return value;
        } catch (IOException e) {
            String start = result.bodyText().strip();
            throw malformed("the body is not a " + type.getSimpleName() + " of the protocol (" + e.getMessage().lines()
                    .findFirst().orElse("") + "); it starts '" + (start.length() > 80 ? start.substring(0, 80) + "…"
                    : start) + "'", null); // not the parser's exception: it may quote the body, cleaned here
        }
    }

    final LlmMalformedReplyException malformed(String what, Throwable cause) {
        return new LlmMalformedReplyException(provider, model, errors.clean(what) + " (" + endpoint + ")", null, cause);
    }

    /** Moves a leading {@code <think>…</think>} block (as some open reasoning models write it) to the reasoning. */
    static String[] splitThinking(String content, String reasoning) {
        Matcher think = THINK.matcher(content);
        if (think.find()) {
            String thought = think.group(1).strip();
            return new String[] {content.substring(think.end()).strip(),
                    reasoning.isEmpty() ? thought : reasoning + "\n" + thought};
        }
        return new String[] {content.strip(), reasoning};
    }

    static int orZero(Integer value) {
        return value == null || value < 0 ? 0 : value;
    }

    void logUsage(LlmReply reply) {
        if (log.isDebugEnabled()) {
            log.debug("{} ({}): {} prompt tokens ({} cached) + {} completion tokens, finish '{}'", provider, model,
                    reply.usage().promptTokens(), reply.usage().cachedPromptTokens(), reply.usage().completionTokens(),
                    reply.finishReason());
        }
    }

    /** The provider, model and endpoint; never the key. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[provider=" + provider + ", model=" + model + ", endpoint=" + endpoint + "]";
    }
}
