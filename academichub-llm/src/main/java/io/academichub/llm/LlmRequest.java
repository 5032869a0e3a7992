package io.academichub.llm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * One request to a chat model.
 *
 * @param system      the system instruction (may be empty)
 * @param user        the user message: instructions plus the delimited data
 * @param maxTokens   the most tokens the reply may use ({@code > 0})
 * @param temperature sampling temperature, {@code 0} for the most repeatable output
 * @param jsonSchema  the JSON Schema the reply must follow (structured output where the endpoint supports it,
 *                    JSON in text otherwise), or {@code null} for free text
 * @param schemaName  a short name for the schema ({@code paper_note}); required when {@code jsonSchema} is set
 * @param stop        stop sequences, possibly empty
 */
public record LlmRequest(String system, String user, int maxTokens, double temperature, JsonNode jsonSchema,
                         String schemaName, List<String> stop) {

    /**
     * Checks the components as described above.
     *
     * @param system      the system instruction (may be empty)
     * @param user        the user message: instructions plus the delimited data
     * @param maxTokens   the most tokens the reply may use ({@code > 0})
     * @param temperature sampling temperature, {@code 0} for the most repeatable output
     * @param jsonSchema  the JSON Schema the reply must follow (structured output where the endpoint supports it,
     *        JSON in text otherwise), or {@code null} for free text
     * @param schemaName  a short name for the schema ({@code paper_note}); required when {@code jsonSchema} is set
     * @param stop        stop sequences, possibly empty
     */
    public LlmRequest {
        system = system == null ? "" : system;
        Objects.requireNonNull(user, "user");
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be > 0: " + maxTokens);
        }
        if (jsonSchema != null && (schemaName == null || schemaName.isBlank())) {
            throw new IllegalArgumentException("a jsonSchema needs a schemaName");
        }
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    /**
     * A free-text request.
     *
     * @param system the system instruction (may be empty)
     * @param user the user message
     * @param maxTokens the most tokens the reply may use
     * @return a free-text request
     */
    public static LlmRequest text(String system, String user, int maxTokens) {
        return new LlmRequest(system, user, maxTokens, 0.0, null, null, List.of());
    }

    /**
     * A request whose reply must be JSON following {@code schema}.
     *
     * @param system the system instruction (may be empty)
     * @param user the user message
     * @param maxTokens the most tokens the reply may use
     * @param schemaName a short name for the schema
     * @param schema the JSON Schema the reply must follow
     * @return a request whose reply must be JSON following {@code schema}
     */
    public static LlmRequest json(String system, String user, int maxTokens, String schemaName, JsonNode schema) {
        return new LlmRequest(system, user, maxTokens, 0.0, schema, schemaName, List.of());
    }
}
