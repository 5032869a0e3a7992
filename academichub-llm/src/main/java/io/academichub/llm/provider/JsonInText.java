package io.academichub.llm.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON value in a model's text answer, as models write it when the endpoint cannot enforce a schema:
 * alone, inside a Markdown code fence, or after a sentence of preamble.
 */
final class JsonInText {

    private static final Pattern FENCE = Pattern.compile("```(?:json|JSON)?\\s*\\n(.*?)\\n?```", Pattern.DOTALL);

    /**
     * What was found: the JSON (compact) or, when none was, what was wrong.
     *
     * @param json    the JSON value written compactly, or {@code null}
     * @param problem what was wrong, or {@code null}
     */
    record Result(String json, String problem) {
        boolean ok() {
            return json != null;
        }
    }

    private final ObjectMapper mapper;

    JsonInText(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The JSON value in {@code text}, which must be an object or array as {@code schema}'s {@code type} says
     * (when it says).
     */
    Result find(String text, JsonNode schema) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return new Result(null, "the reply is empty");
        }
        Matcher fence = FENCE.matcher(trimmed);
        String candidate = fence.find() ? fence.group(1).strip() : trimmed;
        if (!candidate.startsWith("{") && !candidate.startsWith("[")) {
            int object = candidate.indexOf('{');
            int end = candidate.lastIndexOf('}');
            if (object < 0 || end < object) {
                return new Result(null, "the reply holds no JSON object: it starts '" + start(candidate) + "'");
            }
            candidate = candidate.substring(object, end + 1);
        }
        JsonNode value;
        try {
            value = mapper.readTree(candidate);
        } catch (JsonProcessingException e) {
            return new Result(null, "the reply is not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        String expected = schema == null ? null : schema.path("type").asText(null);
        if ("object".equals(expected) && !value.isObject() || "array".equals(expected) && !value.isArray()) {
            return new Result(null, "the reply is JSON but not an " + expected + ": it starts '" + start(candidate) + "'");
        }
        return new Result(value.toString(), null);
    }

    private static String start(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
    }
}
