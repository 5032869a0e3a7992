package io.academichub.llm.briefing;

import io.academichub.json.PaperJson;
import io.academichub.model.Paper;
import io.academichub.testing.Fixtures;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Real recorded papers for briefing tests (see src/test/resources/fixtures/PROVENANCE.md). */
public final class RealPapers {

    /** 100 papers of arXiv's announcement of 2024-11-28, every 15th of the feed, across 17 archives. */
    public static final String SAMPLE_100 = "fixtures/arxiv-2024-11-28-sample100.jsonl";

    /** All 1504 papers of that announcement (gzip). */
    public static final String DAY = "fixtures/arxiv-2024-11-28-day.jsonl.gz";

    private RealPapers() {
    }

    /** The 100 sample papers. */
    public static List<Paper> sample100() {
        return read(SAMPLE_100);
    }

    /** The papers of a JSON-lines fixture. */
    public static List<Paper> read(String path) {
        try (Reader in = new InputStreamReader(Fixtures.open(path), StandardCharsets.UTF_8)) {
            return PaperJson.readLines(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
