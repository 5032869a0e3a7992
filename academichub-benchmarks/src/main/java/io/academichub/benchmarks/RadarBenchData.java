package io.academichub.benchmarks;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.SourceRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The real arXiv day of 2024-11-28 (1,504 papers) for the radar benchmarks, and copies of it with unique ids. */
final class RadarBenchData {

    static final String DEFAULT_FEED = "../shared/fixtures/real/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz";

    private RadarBenchData() {
    }

    /** The day's papers, parsed by the real RSS parser. */
    static List<Paper> day(String feed) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(feed)), 1 << 16)) {
            return SourceRegistry.discover().format("arxiv-rss").orElseThrow().parse(in, "arxiv", URI.create("https://rss.arxiv.org/rss/all")).papers();
        }
    }

    /** {@code n} papers: the day, then copies of it whose ids are made unique ({@code bench:COPY-ID}). */
    static List<Paper> replicate(List<Paper> day, int n) {
        List<Paper> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Paper p = day.get(i % day.size());
            int copy = i / day.size();
            out.add(copy == 0 ? p : withId(p, new PaperId("bench", copy + "-" + p.id().value())));
        }
        return out;
    }

    static Paper withId(Paper p, PaperId id) {
        return new Paper(id, p.title(), p.authors(), p.abstractText(), p.source(), p.categories(), p.published(),
                p.updated(), p.version(), p.announceType(), p.doi(), p.journalRef(), p.url(), p.pdfUrl(), p.license(),
                java.util.Set.of(), p.type());
    }
}
