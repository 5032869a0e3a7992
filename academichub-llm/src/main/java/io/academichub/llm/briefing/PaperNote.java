package io.academichub.llm.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.academichub.llm.internal.Citations;
import io.academichub.llm.internal.ThinkingText;

import java.util.Objects;

/**
 * The model's structured note on one paper, the map step's output and the reduce step's input: what the paper does
 * (TL;DR), how (method), what it found (finding) and its field, in the reader's language. Read from a reply only
 * after validation: four non-blank strings, thinking text and citation markers removed (a note cites nothing).
 */
record PaperNote(String tldr, String method, String finding, String field) {

    /** Longest TL;DR kept, in characters; a longer one is cut at a word with "…". */
    static final int MAX_TLDR = 400;
    static final int MAX_OTHER = 300;

    PaperNote {
        Objects.requireNonNull(tldr, "tldr");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(field, "field");
    }

    /**
     * The note in {@code json}, or an exception saying which field is missing or empty.
     *
     * @throws IllegalArgumentException when the JSON does not follow the note's schema
     */
    static PaperNote fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the note is not a JSON object");
        }
        return new PaperNote(text(json, "tldr", MAX_TLDR), text(json, "method", MAX_OTHER),
                text(json, "finding", MAX_OTHER), text(json, "field", 80));
    }

    ObjectNode toJson(ObjectNode into) {
        return into.put("tldr", tldr).put("method", method).put("finding", finding).put("field", field);
    }

    /** The words whose language is checked. */
    String prose() {
        return tldr + " " + finding + " " + method;
    }

    private static String text(JsonNode json, String name, int max) {
        JsonNode value = json.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("the note has no text '" + name + "'");
        }
        String clean = Citations.strip(ThinkingText.strip(value.asText())).replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("the note's '" + name + "' is empty");
        }
        return shorten(clean, max);
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
