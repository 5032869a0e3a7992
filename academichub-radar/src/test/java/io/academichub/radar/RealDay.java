package io.academichub.radar;

import io.academichub.model.Paper;
import io.academichub.source.SourceRegistry;
import io.academichub.testing.Fixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/** The real arXiv announcement of 2024-11-28 (1,504 items), read through the real RSS parser. */
final class RealDay {

    static final String FEED = "fixtures/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz";
    private static List<Paper> papers;

    private RealDay() {
    }

    static synchronized List<Paper> papers() {
        if (papers == null) {
            try (InputStream in = Fixtures.open(FEED)) {
                papers = SourceRegistry.discover().format("arxiv-rss").orElseThrow().parse(in, "arxiv", URI.create("https://rss.arxiv.org/rss/all")).papers();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return papers;
    }
}
