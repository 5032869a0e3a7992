package io.academichub.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.internal.Redaction;
import io.academichub.internal.ServerText;
import io.academichub.llm.LlmAuthenticationException;
import io.academichub.llm.LlmContextTooLongException;
import io.academichub.llm.LlmException;
import io.academichub.llm.LlmModelNotFoundException;
import io.academichub.llm.LlmRateLimitException;
import io.academichub.llm.LlmUnavailableException;
import io.academichub.llm.provider.internal.ErrorWire;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The one place where a failed exchange with any provider becomes a typed {@link LlmException}: the transport's
 * status-level failure plus the provider's error document (OpenAI's, OpenRouter's with a numeric code, Anthropic's,
 * vLLM's flat one, a bare string),
 * classified by code and type first, by the message's words where a provider gives no code (Anthropic's
 * "prompt is too long", DeepSeek's context error with the generic code {@code invalid_request_error}).
 */
final class ErrorMapper {

    /** What kind of failure it was. */
    enum Kind {
        AUTHENTICATION, RATE_LIMIT, CONTEXT_TOO_LONG, MODEL_NOT_FOUND, UNSUPPORTED_PARAMETER, UNAVAILABLE, REJECTED
    }

    /**
     * A classified failure.
     *
     * @param param      the request parameter the provider named ({@code "stop"}), or {@code null}
     * @param message    the provider's own message (or the transport's detail), keys removed
     * @param retryAfter the provider's last {@code Retry-After}, or {@code null}
     */
    record ProviderError(Kind kind, int status, String type, String code, String param, String message,
                         Duration retryAfter, SourceException cause) {

        /** Whether the provider's error names {@code parameter}: in its {@code param} field, or else in its message. */
        boolean names(String parameter) {
            if (param != null && !param.isBlank()) {
                return param.equals(parameter);
            }
            return Pattern.compile("\\b" + Pattern.quote(parameter) + "\\b").matcher(message).find();
        }
    }

    private static final Pattern CONTEXT_TOO_LONG = Pattern.compile("(?i)context[ _-]?(length|window)|prompt (is )?too "
            + "long|too many (input )?tokens|maximum context|input is too long|request too large for model");
    private static final Pattern MODEL_NOT_FOUND = Pattern.compile("(?i)model\\b.{0,120}\\b(not found|does not exist|"
            + "not exist|is not available|unknown)|not a valid model|(unknown|invalid|no such) model|^model: ");
    private static final Pattern UNSUPPORTED = Pattern.compile("(?i)unsupported|not supported|unavailable|"
            + "unrecognized|unknown (field|parameter|argument)|extra inputs are not permitted|does not support");

    private final String provider;
    private final String model;
    private final String key;
    private final ObjectMapper json;

    /**
     * @param key the API key, removed from any message a provider echoes it in; may be {@code null}
     */
    ErrorMapper(String provider, String model, String key, ObjectMapper json) {
        this.provider = provider;
        this.model = model;
        this.key = key;
        this.json = json;
    }

    /** Classifies a transport failure, reading the provider's error document where one came. */
    ProviderError classify(SourceException e) {
        if (e instanceof RateLimitedException limited) {
            ErrorWire detail = readError(limited.responseBody());
            String message = detail == null || detail.message() == null ? e.detail() : e.detail() + ": " + detail.message();
            return new ProviderError(Kind.RATE_LIMIT, 429, detail == null ? null : detail.type(),
                    detail == null ? null : detail.codeText(), null, clean(message), limited.retryAfter(), e);
        }
        if (e instanceof SourceUnavailableException unavailable) {
            return new ProviderError(Kind.UNAVAILABLE, unavailable.status(), null, null, null, clean(e.detail()), null, e);
        }
        if (!(e instanceof SourceRejectedException rejected)) {
            return new ProviderError(Kind.REJECTED, 0, null, null, null, clean(e.detail()), null, e);
        }
        int status = rejected.status();
        ErrorWire detail = readError(rejected.responseBody());
        String type = detail == null ? null : detail.type();
        String code = detail == null ? null : detail.codeText();
        String param = detail == null ? null : detail.param();
        String message = detail != null && detail.message() != null ? detail.message() : bodyStart(rejected);
        message = clean(message);
        Kind kind;
        if (status == 401 || status == 403 || "authentication_error".equals(type) || "permission_error".equals(type)
                || "invalid_api_key".equals(code)) {
            kind = Kind.AUTHENTICATION;
        } else if ("context_length_exceeded".equals(code) || "request_too_large".equals(type) || status == 413
                || CONTEXT_TOO_LONG.matcher(message).find()) {
            kind = Kind.CONTEXT_TOO_LONG;
        } else if ("model_not_found".equals(code) || "not_found_error".equals(type)
                || MODEL_NOT_FOUND.matcher(message).find()) {
            kind = Kind.MODEL_NOT_FOUND;
        } else if ((status == 400 || status == 422) && ("unsupported_parameter".equals(code)
                || "unsupported_value".equals(code) || UNSUPPORTED.matcher(message).find())) {
            kind = Kind.UNSUPPORTED_PARAMETER;
        } else {
            kind = Kind.REJECTED;
        }
        return new ProviderError(kind, status, type, code, param, message, null, e);
    }

    /** The typed exception for a classified failure. */
    LlmException toException(ProviderError error) {
        String where = " (" + endpoint(error.cause()) + ")";
        String status = error.status() == 0 ? "" : "HTTP " + error.status()
                + (error.type() != null ? " " + error.type() : error.code() != null ? " " + error.code() : "") + ": ";
        return switch (error.kind()) {
            case AUTHENTICATION -> new LlmAuthenticationException(provider, model, "the API key was refused ("
                    + status + error.message() + ")" + where, error.cause());
            // Neither says "after the retries": the transport retries only what may mend (not an unknown host, nor
            // what the provider says not to retry), and the INFO log, not the exception, tells each retry.
            case RATE_LIMIT -> new LlmRateLimitException(provider, model, "rate limited: " + error.message() + where,
                    error.retryAfter(), error.cause());
            case CONTEXT_TOO_LONG -> new LlmContextTooLongException(provider, model, "the request is longer than the "
                    + "model's context window: " + status + error.message(), error.cause());
            case MODEL_NOT_FOUND -> new LlmModelNotFoundException(provider, model, "the provider does not know model '"
                    + model + "': " + status + error.message() + where, error.cause());
            case UNAVAILABLE -> new LlmUnavailableException(provider, model, "unavailable: " + error.message() + where,
                    error.cause());
            case UNSUPPORTED_PARAMETER, REJECTED -> new LlmException(provider, model, "request refused: " + status
                    + error.message() + where + (error.status() == 404 ? "; is the base URL right? It usually ends "
                    + "in /v1" : ""), error.cause());
        };
    }

    /**
     * Text a provider sent, safe to show: the key (should a provider echo it) and credentials in URLs masked, then
     * one line without control characters or terminal escapes, capped (the transport's {@link ServerText}).
     */
    String clean(String message) {
        if (message == null) {
            return "";
        }
        String text = key == null || key.isEmpty() ? message : message.replace(key, Redaction.MASK);
        return ServerText.quote(Redaction.redact(text));
    }

    private ErrorWire readError(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = json.readTree(body);
            if (root == null) {
                return null;
            }
            JsonNode error = root.path("error");
            if (error.isTextual()) {
                return new ErrorWire(error.asText(), null, null, null);
            }
            if (error.isObject()) {
                return json.treeToValue(error, ErrorWire.class);
            }
            return root.path("message").isTextual() ? json.treeToValue(root, ErrorWire.class) : null;
        } catch (IOException notAnErrorDocument) {
            return null; // e.g. an HTML page from a proxy: the body's start is quoted instead
        }
    }

    private static String bodyStart(SourceRejectedException e) {
        String body = e.responseBody();
        return body == null || body.isBlank() ? e.detail() : e.detail() + ": " + body;
    }

    /** The URL, whose credentials the transport has masked. */
    private static String endpoint(SourceException e) {
        return e.uri() == null ? "no URL" : e.uri().toString();
    }
}
