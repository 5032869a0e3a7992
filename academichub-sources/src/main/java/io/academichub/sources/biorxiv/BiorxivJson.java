package io.academichub.sources.biorxiv;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The JSON plumbing every {@code api.biorxiv.org} response shares: reading the body (an empty one is an error, never
 * "no papers"), mapping Jackson's errors to {@link FeedFormatException} with line and column, and reading the
 * {@code messages} entry (a status other than {@code ok} is the service refusing, quoted in a
 * {@link SourceRejectedException}).
 */
final class BiorxivJson {

    /** The status the API gives an interval (or a category) without posts. */
    static final String NO_POSTS_FOUND = "no posts found";

    /** {@link Counters#total()} when the message does not say. */
    static final int UNKNOWN = -1;


    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private BiorxivJson() {
    }

    /**
     * The paging counters of an {@code ok} message.
     *
     * @param total  how many records the request has in all, or {@link #UNKNOWN}
     * @param count  how many records the message says this page holds, or {@link #UNKNOWN}
     * @param cursor the offset of this page, or {@link #UNKNOWN}
     */
    record Counters(int total, int count, int cursor) {
    }

    /** A response read: the body as sent, and what Jackson made of it. */
    record Read<T>(byte[] body, T value) {
    }

    /**
     * Reads a whole response body and maps it to {@code type}.
     *
     * @throws FeedFormatException when the body is empty or blank, not JSON, or not a JSON object
     */
    static <T> Read<T> read(InputStream in, Class<T> type, String sourceId, URI uri) {
        byte[] body;
        try {
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "could not read the response: " + e.getMessage(), e);
        }
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            // The API has been seen answering 200 with nothing at all; that is a failure, not an empty day.
            throw new FeedFormatException(sourceId, uri, -1, -1,
                    "empty response body (" + body.length + " bytes): expected bioRxiv API JSON", null);
        }
        T value;
        try {
            value = MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            throw new FeedFormatException(sourceId, uri, line, column,
                    "not bioRxiv API JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "could not read the response: " + e.getMessage(), e);
        }
        if (value == null) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "the response is JSON null, not an object", null);
        }
        return new Read<>(body, value);
    }

    /**
     * The counters of the first {@code messages} entry, after checking its status. A lookup of one DOI
     * ({@code /details/biorxiv/10.1101/…/na/json}) answers {@code ok} without {@code total} or {@code cursor}: the
     * collection is then the whole answer (total = its size, cursor 0). {@code "no posts found"} with an empty
     * collection is an interval without posts: total 0.
     *
     * @param collectionSize how many records the response's collection holds
     * @throws FeedFormatException     when there is no message or no status, or a counter is not a whole number
     * @throws SourceRejectedException (status 200) when the status is neither {@code ok} nor {@code no posts found}
     *                                 with an empty collection; the detail quotes it
     */
    static Counters counters(List<BiorxivWire.Message> messages, int collectionSize, byte[] body, String sourceId,
                             URI uri) {
        if (messages == null || messages.isEmpty() || messages.get(0) == null) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "the response has no 'messages' entry", null);
        }
        BiorxivWire.Message m = messages.get(0);
        if (m.status() == null || m.status().isBlank()) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "the 'messages' entry has no status", null);
        }
        String status = m.status().strip();
        int cursor = number(m.cursor(), "cursor", sourceId, uri);
        if (status.equalsIgnoreCase(NO_POSTS_FOUND) && collectionSize == 0) {
            return new Counters(0, 0, Math.max(cursor, 0)); // a quiet interval: an answer, not a failure
        }
        if (!status.toLowerCase(Locale.ROOT).equals("ok")) {
            // "not found", an error text, "no posts found" beside records: never read as an empty page.
            throw new SourceRejectedException(sourceId, uri, 200, "bioRxiv API status: \"" + status + "\"",
                    new String(body, StandardCharsets.UTF_8));
        }
        int total = number(m.total(), "total", sourceId, uri);
        if (total == UNKNOWN && cursor == UNKNOWN) {
            return new Counters(collectionSize, collectionSize, 0); // a single-DOI lookup: the whole answer
        }
        return new Counters(total, number(m.count(), "count", sourceId, uri), cursor);
    }

    /** A counter sent as a number or as a string; {@link #UNKNOWN} when absent. */
    private static int number(String text, String field, String sourceId, URI uri) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what was wrong
        }
        throw new FeedFormatException(sourceId, uri, -1, -1,
                "messages[0]." + field + " is not a whole number >= 0: '" + text + "'", null);
    }
}
