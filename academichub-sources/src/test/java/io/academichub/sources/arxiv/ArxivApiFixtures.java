package io.academichub.sources.arxiv;

import io.academichub.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The real arXiv API responses under {@code fixtures/arxiv-api-atom/}, and pages built from their entries. */
final class ArxivApiFixtures {

    static final String SEARCH_100 = "search_all-testing_start0_max100_2026-04.xml";
    static final String ASTRO_PH = "id_list_astro-ph-0601001_affiliations_2026-05.xml";
    static final String ERROR_400 = "error_incorrect-id-format_http400_2026-04.xml";
    static final String ZERO = "id_list_0000.0000_zero-results_2026-04.xml";
    static final String LEGACY_SEARCH = "legacy_search_au-del_maestro-ANDNOT_2016-10.xml";
    static final String LEGACY_ID = "legacy_id_list_1111.2011v2_2016-10.xml";

    private ArxivApiFixtures() {
    }

    static byte[] bytes(String name) {
        return Fixtures.bytes("fixtures/arxiv-api-atom/" + name);
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The {@code <entry>…</entry>} blocks of a fixture, verbatim and in order. */
    static List<String> entries(String name) {
        String xml = text(name);
        List<String> entries = new ArrayList<>();
        for (int at = xml.indexOf("<entry>"); at >= 0; at = xml.indexOf("<entry>", at + 1)) {
            int end = xml.indexOf("</entry>", at) + "</entry>".length();
            entries.add(xml.substring(at, end));
        }
        return entries;
    }

    /**
     * A page in the 2026 format: the real header of the 100-entry search with only its OpenSearch counters changed,
     * then {@code entries}.
     */
    static String page(int totalResults, int startIndex, int itemsPerPage, List<String> entries) {
        String xml = text(SEARCH_100);
        String header = xml.substring(0, xml.indexOf("<entry>"))
                .replace("<opensearch:itemsPerPage>100<", "<opensearch:itemsPerPage>" + itemsPerPage + "<")
                .replace("<opensearch:totalResults>214881<", "<opensearch:totalResults>" + totalResults + "<")
                .replace("<opensearch:startIndex>0<", "<opensearch:startIndex>" + startIndex + "<");
        return header + String.join("\n  ", entries) + "\n</feed>\n";
    }
}
