package io.academichub.store.jdbc;

import io.academichub.model.Paper;
import io.academichub.source.SourceRegistry;
import io.academichub.testing.Fixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/** Real recorded papers for the store's tests: arXiv's whole announcement of 2024-11-28, parsed once. */
final class RealPapers {

    static final String ANNOUNCEMENT = "fixtures/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz";

    private static List<Paper> announcement;

    private RealPapers() {
    }

    /** The 2024-11-28 announcement's papers (1,504 items, one paper per distinct id). */
    static synchronized List<Paper> announcement() {
        if (announcement == null) {
            try (InputStream in = Fixtures.open(ANNOUNCEMENT)) {
                announcement = List.copyOf(SourceRegistry.discover().format("arxiv-rss").orElseThrow()
                        .parse(in, "arxiv", URI.create("https://rss.arxiv.org/rss/all")).papers());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return announcement;
    }
}
