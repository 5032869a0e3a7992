package io.academichub.sources.crossref;

import io.academichub.testing.Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded Crossref responses under {@code fixtures/crossref-works/}, and pages built from their real items. */
final class CrossrefFixtures {

    /** {@code /works?query=widget&cursor=*&rows=20}: 20 items of total-results 454. */
    static final String WIDGET_PAGE = "works_query-widget_cursor-star_rows20_2026-06.json";
    /** {@code /works/10.1371/journal.pone.0033693}: a PLOS ONE article. */
    static final String PLOS_WORK = "work_10.1371-journal.pone.0033693_2026-06.json";
    /** {@code /works/10.1101/2024.04.01.587366}: a bioRxiv preprint with {@code is-preprint-of}. */
    static final String BIORXIV_WORK = "work_10.1101-2024.04.01.587366_biorxiv-posted-content.json";

    /** The real next-cursor of the widget page: 1512 characters, start and end given here. */
    static final String WIDGET_CURSOR_START = "DnF1ZXJ5VGhlbkZldGNoJAAAAAFNehByFlV1U25DZFJ2U2JLRVVuNjdsaVhxWkEAAAAB";
    static final String WIDGET_CURSOR_END = "AAAAAU4PdygWTWpkc1RvTlBTMUdQeGFHUVJGLTgwZw==";

    static final ObjectMapper JSON = new ObjectMapper();

    private CrossrefFixtures() {
    }

    static InputStream open(String name) {
        return Fixtures.open("fixtures/crossref-works/" + name);
    }

    static byte[] bytes(String name) {
        return Fixtures.bytes("fixtures/crossref-works/" + name);
    }

    static ObjectNode tree(String name) {
        try {
            return (ObjectNode) JSON.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A work-list page built from the real widget page: its items {@code from} (inclusive) to {@code to}
     * (exclusive), with {@code total-results}, {@code next-cursor} and {@code items-per-page} replaced.
     */
    static String widgetSlice(int from, int to, int total, String nextCursor, int itemsPerPage) {
        ObjectNode page = tree(WIDGET_PAGE);
        ObjectNode message = (ObjectNode) page.get("message");
        ArrayNode all = (ArrayNode) message.get("items");
        ArrayNode slice = JSON.createArrayNode();
        for (int i = from; i < to; i++) {
            slice.add(all.get(i));
        }
        message.set("items", slice);
        message.put("total-results", total);
        message.put("next-cursor", nextCursor);
        message.put("items-per-page", itemsPerPage);
        return page.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
