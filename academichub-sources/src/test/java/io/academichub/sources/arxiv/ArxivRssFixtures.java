package io.academichub.sources.arxiv;

import io.academichub.testing.Fixtures;
import java.io.InputStream;

/** The recorded arXiv RSS feeds under {@code src/test/resources/fixtures/arxiv-rss/} (see PROVENANCE.md there). */
final class ArxivRssFixtures {

    /** 1504 items, every archive, 2024-11-28 (gzipped). */
    static final String ALL_ARCHIVES = "rss.arxiv.org_all-archives_2024-11-28.xml.gz";
    /** Three cs.AI items, no XML declaration. */
    static final String CS_AI_EXCERPT = "rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml";
    /** The valid, empty channel of a day without announcement. */
    static final String NO_ITEMS = "rss.arxiv.org_test-archive_no-items_2024-11-28.xml";
    /** arXiv's "Feed error for query" channel for /rss/astroph. */
    static final String BAD_ARCHIVE = "rss.arxiv.org_bad-archive-error_2024-11-28.xml";

    private ArxivRssFixtures() {
    }

    /** The fixture's bytes as the server sent them (a {@code .gz} fixture is decompressed). */
    static InputStream open(String name) {
        return Fixtures.open("fixtures/arxiv-rss/" + name);
    }

    /** The fixture's bytes, decompressed. */
    static byte[] bytes(String name) {
        return Fixtures.bytes("fixtures/arxiv-rss/" + name);
    }
}
