package io.academichub.sources.biorxiv;

import io.academichub.testing.Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

/**
 * The constructed bioRxiv/medRxiv API responses under {@code fixtures/biorxiv/} (no real recorded response was at
 * hand; see PROVENANCE.md), and {@code /details/} pages generated from one record template for the paging tests.
 */
final class BiorxivFixtures {

    /** bioRxiv, 2026-06-29..30: string counters, 6 records, 5 DOIs (one in versions 2 and 3), JATS tokens. */
    static final String QUIRKS = "details_biorxiv_2026-06-29_2026-06-30_quirks_constructed.json";
    /** medRxiv, 2026-06-29..30: int counters, 3 records with glued section headings. */
    static final String MEDRXIV = "details_medrxiv_2026-06-29_2026-06-30_int-counters_constructed.json";
    /** {@code messages} status "no posts found". */
    static final String NO_POSTS = "details_status_no-posts-found_constructed.json";
    /** {@code messages} status that is an error text. */
    static final String ERROR_STATUS = "details_status_error_constructed.json";
    /** A 0-byte body, as sent with HTTP 200. */
    static final String EMPTY_BODY = "details_http200_empty-body_constructed.json";
    /** {@code /pubs/} for bioRxiv, 2026-06: 4 records, 3 with a journal DOI. */
    static final String PUBS = "pubs_biorxiv_2026-06-01_2026-06-30_constructed.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BiorxivFixtures() {
    }

    static byte[] bytes(String name) {
        return Fixtures.bytes("fixtures/biorxiv/" + name);
    }

    /** The DOI of generated record {@code i}: {@code 10.1101/2026.06.01.7NNNNN}. */
    static String doi(int i) {
        return String.format("10.1101/2026.06.01.7%05d", i);
    }

    /**
     * A generated {@code /details/} page: records {@code first} to {@code first + count - 1} of a bioRxiv interval
     * whose {@code total} is sent as a string when {@code totalAsString} (as the API sometimes does), else as a
     * number. Every record is version 1 of its own DOI ({@link #doi}), category bioinformatics.
     */
    static String page(int total, boolean totalAsString, int cursor, int first, int count) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode message = root.putArray("messages").addObject()
                .put("status", "ok").put("interval", "2026-06-01:2026-06-02").put("cursor", cursor).put("count", count)
                .put("count_new_papers", String.valueOf(count));
        if (totalAsString) {
            message.put("total", String.valueOf(total));
        } else {
            message.put("total", total);
        }
        ArrayNode collection = root.putArray("collection");
        for (int i = first; i < first + count; i++) {
            collection.add(record(i, 1));
        }
        return root.toString();
    }

    /** One generated record: version {@code version} of {@link #doi}({@code i}). */
    static ObjectNode record(int i, int version) {
        return JSON.createObjectNode()
                .put("doi", doi(i))
                .put("title", "Constructed paper " + i)
                .put("authors", "Surname" + i + ", A.; Lee, C.")
                .put("author_corresponding", "Ann Surname" + i)
                .put("author_corresponding_institution", "Example University")
                .put("date", "2026-06-01")
                .put("version", String.valueOf(version))
                .put("type", "new results")
                .put("license", "cc_by")
                .put("category", "bioinformatics")
                .put("jatsxml", "https://www.biorxiv.org/content/early/2026/06/01/" + doi(i).substring(8) + ".source.xml")
                .put("abstract", "Constructed abstract " + i + ".")
                .put("published", "NA")
                .put("server", "bioRxiv");
    }

    /** A page holding exactly the given records, with int counters. */
    static String pageOf(int total, int cursor, ObjectNode... records) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("messages").addObject().put("status", "ok").put("interval", "2026-06-01:2026-06-02")
                .put("cursor", cursor).put("count", records.length).put("total", total);
        ArrayNode collection = root.putArray("collection");
        for (ObjectNode r : records) {
            collection.add(r);
        }
        return root.toString();
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
