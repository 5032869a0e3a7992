package io.academichub.benchmarks;

import io.academichub.source.Page;
import io.academichub.source.RecordedFormat;
import io.academichub.source.SourceRegistry;
import io.academichub.xml.SafeXml;
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

import com.ctc.wstx.stax.WstxInputFactory;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * How fast the arXiv RSS parser (format {@code arxiv-rss}) turns arXiv's announcement RSS into papers: the recorded 1504-item feed of
 * 2024-11-28 (2.8 MB), decompressed into memory once, parsed per operation. {@code xmlScanOnly} reads the same
 * bytes with the same safe StAX reader and does nothing else: the floor the parser cannot go below.
 * {@code woodstoxScanOnly} does the same with Woodstox decoding the bytes itself, as the reader did before it took
 * UTF-8 through the JDK's decoder: the floor as issue 6 measured it.
 *
 * <pre>
 * java -jar academichub-benchmarks/target/benchmarks.jar ArxivRssParseBenchmark
 * java -jar academichub-benchmarks/target/benchmarks.jar ArxivRssParseBenchmark -p feed=/path/to/feed.xml.gz
 * </pre>
 *
 * Run from the repository root, or point {@code feed} (or the system property {@value #FEED_PROPERTY}) at the file.
 * Items/s = ops/s × 1504; MB/s = ops/s × 2.797604.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ArxivRssParseBenchmark {

    /** System property that overrides the {@code feed} parameter's default. */
    public static final String FEED_PROPERTY = "academichub.bench.arxivRss";
    private static final String DEFAULT_FEED =
            "../shared/fixtures/real/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz";
    private static final URI URI_ = URI.create("https://rss.arxiv.org/rss/all");

    /** Path of the feed, gzipped or not; relative paths resolve against the working directory. */
    @Param({DEFAULT_FEED})
    public String feed;

    // The parser as every caller outside its package reaches it: through the provider's format.
    private static final RecordedFormat ARXIV_RSS = SourceRegistry.discover().format("arxiv-rss").orElseThrow();

    private byte[] xml;

    /** Reads (and decompresses) the feed once, outside the measurement, and checks it parses to 1504 papers. */
    @Setup
    public void load() throws IOException {
        Path path = Path.of(feed.equals(DEFAULT_FEED) ? System.getProperty(FEED_PROPERTY, feed) : feed);
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 64 * 1024) : raw) {
            xml = in.readAllBytes();
        }
        Page check = parse();
        System.out.printf("%n%s: %d bytes, %d items, %d papers%n", path, xml.length, check.records(),
                check.papers().size());
    }

    /** The full parse: XML, ids, dates, authors, TeX accents, Paper validation. */
    @Benchmark
    public Page parse() {
        return ARXIV_RSS.parse(new ByteArrayInputStream(xml), "arxiv:bench", URI_);
    }

    /** Only the StAX events, touching each text: the XML floor under {@link #parse()}. */
    @Benchmark
    public long xmlScanOnly() throws XMLStreamException {
        return scan(SafeXml.reader("arxiv:bench", URI_, new ByteArrayInputStream(xml)));
    }

    /**
     * As {@link #xmlScanOnly()}, with Woodstox decoding the bytes itself (its UTF-8 reader) instead of the JDK's
     * decoder that {@link SafeXml#reader(String, URI, InputStream)} uses for UTF-8: the floor as issue 6 measured it.
     */
    @Benchmark
    public long woodstoxScanOnly() throws XMLStreamException {
        return scan(WOODSTOX.createXMLStreamReader(new ByteArrayInputStream(xml)));
    }

    // Every event, and the length of every text: Woodstox finishes each token the parse reads.
    private static long scan(XMLStreamReader r) throws XMLStreamException {
        long n = 0;
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.CHARACTERS) {
                n += r.getTextLength();
            }
        }
        r.close();
        return n;
    }

    // SafeXml's settings that change what Woodstox does with a feed (its limits are never reached here).
    private static final XMLInputFactory WOODSTOX = woodstox();

    private static XMLInputFactory woodstox() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
