package io.academichub.llm.provider.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An error as the providers describe it. It comes nested as {@code {"error":{…}}} (OpenAI; OpenRouter, whose
 * {@code code} is the HTTP status as a number; Anthropic, under {@code {"type":"error"}}), flat at the top level
 * (older vLLM: {@code {"object":"error","message":…,"code":400}}), or as a bare string ({@code {"error":"…"}}).
 * Not API.
 *
 * @param code a string ({@code "context_length_exceeded"}), a number ({@code 429}) or null
 */
public record ErrorWire(String message, String type, String param, JsonNode code) {

    /**
     * The code as text, or {@code null}.
     *
     * @return the code as text, or {@code null}
     */
    public String codeText() {
        return code == null || code.isNull() ? null : code.asText();
    }
}
