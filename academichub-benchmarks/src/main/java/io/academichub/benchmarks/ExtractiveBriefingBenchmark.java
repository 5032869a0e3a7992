package io.academichub.benchmarks;

import io.academichub.PaperMerger;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.model.Paper;
import io.academichub.source.SourceRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The extractive briefing (no model) of a whole day of arXiv: the recorded 1504-item announcement of 2024-11-28,
 * parsed once outside the measurement. Each operation is one {@code BriefingGenerator.generate}: Lucene analysis of
 * every title and abstract, tf-idf, k-means themes, bridges, key sentences, citation support. Target: under 5 s.
 *
 * <p>{@link #main} runs the same briefing without JMH and prints the wall time and the process's CPU time of each
 * run: on a machine shared with other work the CPU time says what the briefing itself costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExtractiveBriefingBenchmark {

    private static final String DEFAULT_FEED =
            "../shared/fixtures/real/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz";

    /** Path of the feed, gzipped or not. */
    @Param({DEFAULT_FEED})
    public String feed;

    private List<Paper> papers;
    private final BriefingGenerator generator = BriefingGenerator.extractive();

    /** Parses the feed once and prints what one briefing of it looks like. */
    @Setup
    public void load() throws IOException {
        Path path = Path.of(feed);
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 64 * 1024) : raw) {
            papers = PaperMerger.merge(SourceRegistry.discover().format("arxiv-rss").orElseThrow().parse(in, "arxiv:bench", URI.create("https://rss.arxiv.org/rss/all"))
                    .papers());
        }
        Briefing b = brief();
        System.out.printf("%n%d papers: %d themes, %d bridges, citation support %.3f over %d pairs%n",
                b.papers().size(), b.themes().size(), b.bridges().size(), b.metadata().citationSupport(),
                b.metadata().citationPairs());
    }

    /**
     * Three warm-up briefings, then {@code args[0]} (default 5) measured ones, each printed with its wall and CPU time.
     *
     * <pre>{@code java -Xmx1g -cp academichub-benchmarks/target/benchmarks.jar io.academichub.benchmarks.ExtractiveBriefingBenchmark}</pre>
     */
    public static void main(String[] args) throws IOException {
        ExtractiveBriefingBenchmark bench = new ExtractiveBriefingBenchmark();
        bench.feed = DEFAULT_FEED;
        bench.load();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int i = -3; i < runs; i++) {
            long cpu = CpuTime.process();
            long wall = System.nanoTime();
            bench.brief();
            System.out.printf(java.util.Locale.ROOT, "%s %d: wall %.0f ms, CPU %.0f ms%n", i < 0 ? "warm-up" : "run",
                    i < 0 ? i + 4 : i + 1, (System.nanoTime() - wall) / 1e6, (CpuTime.process() - cpu) / 1e6);
        }
    }

    /** One extractive briefing of the whole day. */
    @Benchmark
    public Briefing brief() {
        return generator.generate(BriefingRequest.builder(papers).build());
    }
}
