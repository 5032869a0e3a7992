package io.academichub.llm.provider.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The error document both protocols send: OpenAI's {@code {"error":{"message","type","param","code"}}} (where
 * OpenRouter's {@code code} is the HTTP status as a number) and Anthropic's
 * {@code {"type":"error","error":{"type","message"}}}. Not API.
 *
 * @param error the error
 */
public record ErrorWire(Detail error) {

    /**
     * @param code a string ({@code "context_length_exceeded"}), a number ({@code 429}) or null
     */
    public record Detail(String message, String type, String param, JsonNode code) {

        /** The code as text, or {@code null}. */
        public String codeText() {
            return code == null || code.isNull() ? null : code.asText();
        }
    }
}
