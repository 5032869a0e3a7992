package io.academichub.sources.arxiv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

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
        InputStream in = ArxivRssFixtures.class.getResourceAsStream("/fixtures/arxiv-rss/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test fixture " + name);
        }
        try {
            return name.endsWith(".gz") ? new GZIPInputStream(in, 64 * 1024) : in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's bytes, decompressed. */
    static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
