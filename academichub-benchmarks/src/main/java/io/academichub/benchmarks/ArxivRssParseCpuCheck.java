package io.academichub.benchmarks;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The arXiv RSS parse against its XML floor and against feedparser, by the CPU time of the measuring thread, so that
 * other work on a shared machine does not count (wall-clock benchmarks there measure the load as much as the code).
 * Each round times a batch of {@link ArxivRssParseBenchmark#parse()}, a batch of
 * {@link ArxivRssParseBenchmark#xmlScanOnly()} (the floor: the same reader, nothing else) and a batch of
 * {@link ArxivRssParseBenchmark#woodstoxScanOnly()} (Woodstox decoding the bytes itself: the floor issue 6 measured),
 * the same code JMH runs, interleaved, the order turning from round to round; it prints each round, then the median
 * and the range of the per-feed times and of the ratios. feedparser
 * parses the same bytes in a Python process started before and after the rounds, timed by Python's own thread CPU
 * clock ({@code time.thread_time_ns}) around each {@code feedparser.parse}. Garbage collection runs on the JVM's own
 * threads and is not in these figures; the bytes each path allocates per feed are printed to show what it costs.
 *
 * <pre>
 * java -cp academichub-benchmarks/target/benchmarks.jar io.academichub.benchmarks.ArxivRssParseCpuCheck [ROUNDS [FEEDS_PER_BATCH]]
 * </pre>
 *
 * Run from the repository root (the feed is {@code ../shared/fixtures/real/arxiv-rss/…}, or the system property
 * {@value ArxivRssParseBenchmark#FEED_PROPERTY}); feedparser needs Debian's {@code python3-feedparser} and
 * {@code /usr/bin/python3} (skipped, saying so, when absent).
 */
public final class ArxivRssParseCpuCheck {

    // One parse per line, its thread CPU time in ms; reads the feed as feedparser_baseline.py does.
    private static final String FEEDPARSER = String.join("\n",
            "import sys, time, gzip, feedparser",
            "path, n = sys.argv[1], int(sys.argv[2])",
            "raw = open(path, 'rb').read()",
            "data = gzip.decompress(raw) if path.endswith('.gz') else raw",
            "for _ in range(n):",
            "    t = time.thread_time_ns()",
            "    d = feedparser.parse(data)",
            "    print((time.thread_time_ns() - t) / 1e6, len(d.entries), flush=True)");

    private ArxivRssParseCpuCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args optional: the number of rounds (default 9) and feeds per batch (default 40)
     * @throws Exception when the feed cannot be read or parsed
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
        }
        ArxivRssParseBenchmark bench = new ArxivRssParseBenchmark();
        bench.feed = System.getProperty(ArxivRssParseBenchmark.FEED_PROPERTY,
                "../shared/fixtures/real/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz");
        bench.load();
        System.out.printf("load average at start: %.2f%n", loadAverage());
        List<Double> peerBefore = feedparser(bench.feed, 5);

        // Warm-up: every path compiled by C2 before anything counts.
        for (int i = 0; i < 10; i++) {
            parseBatch(bench, batch, threads);
            scanBatch(bench, batch, threads, false);
            scanBatch(bench, batch, threads, true);
        }
        double[] parse = new double[rounds];
        double[] scan = new double[rounds];
        double[] woodstox = new double[rounds];
        double[] ratio = new double[rounds];
        double[] woodstoxRatio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 3; k++) {
                switch ((r + k) % 3) {
                    case 0 -> parse[r] = parseBatch(bench, batch, threads);
                    case 1 -> scan[r] = scanBatch(bench, batch, threads, false);
                    default -> woodstox[r] = scanBatch(bench, batch, threads, true);
                }
            }
            ratio[r] = parse[r] / scan[r];
            woodstoxRatio[r] = parse[r] / woodstox[r];
            System.out.printf(Locale.ROOT, "round %d: parse %.2f ms, floor %.2f ms, Woodstox's own decoding %.2f ms,"
                    + " parse/floor %.2f×, parse/Woodstox %.2f× (load %.2f)%n", r + 1, parse[r], scan[r], woodstox[r],
                    ratio[r], woodstoxRatio[r], loadAverage());
        }
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        long before = allocation.getCurrentThreadAllocatedBytes();
        bench.parse();
        long parseBytes = allocation.getCurrentThreadAllocatedBytes() - before;
        before = allocation.getCurrentThreadAllocatedBytes();
        bench.xmlScanOnly();
        long scanBytes = allocation.getCurrentThreadAllocatedBytes() - before;
        System.out.printf(Locale.ROOT, "allocated per feed: parse %.1f MB, floor %.1f MB%n", parseBytes / 1e6,
                scanBytes / 1e6);
        List<Double> peerAfter = feedparser(bench.feed, 5);
        System.out.printf("load average at end: %.2f%n", loadAverage());

        System.out.println();
        System.out.println(summary("parse, CPU ms per feed", parse));
        System.out.println(summary("floor (xmlScanOnly), CPU ms per feed", scan));
        System.out.println(summary("Woodstox decoding the bytes itself (woodstoxScanOnly), CPU ms per feed", woodstox));
        System.out.println(summary("parse / floor", ratio));
        System.out.println(summary("parse / Woodstox decoding the bytes itself", woodstoxRatio));
        List<Double> peer = new ArrayList<>(peerBefore);
        peer.addAll(peerAfter);
        if (!peer.isEmpty()) {
            double[] p = peer.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.println(summary("feedparser, CPU ms per feed (5 before, 5 after)", p));
            System.out.printf(Locale.ROOT, "feedparser / parse (medians): %.1f×%n", median(p) / median(parse));
        }
    }

    /** CPU ms per feed of a batch of full parses. */
    private static double parseBatch(ArxivRssParseBenchmark bench, int n, ThreadMXBean threads) {
        long start = threads.getCurrentThreadCpuTime();
        int papers = 0;
        for (int i = 0; i < n; i++) {
            papers += bench.parse().papers().size();
        }
        long cpu = threads.getCurrentThreadCpuTime() - start;
        if (papers != n * 1504 && bench.feed.endsWith("2024-11-28.xml.gz")) {
            throw new IllegalStateException("expected 1504 papers per parse, got " + papers / n);
        }
        return cpu / 1e6 / n;
    }

    /** CPU ms per feed of a batch of XML scans: SafeXml's reader, or Woodstox decoding the bytes itself. */
    private static double scanBatch(ArxivRssParseBenchmark bench, int n, ThreadMXBean threads, boolean woodstox)
            throws XMLStreamException {
        long start = threads.getCurrentThreadCpuTime();
        long chars = 0;
        for (int i = 0; i < n; i++) {
            chars += woodstox ? bench.woodstoxScanOnly() : bench.xmlScanOnly();
        }
        long cpu = threads.getCurrentThreadCpuTime() - start;
        if (chars <= 0) {
            throw new IllegalStateException("the scan read no text");
        }
        return cpu / 1e6 / n;
    }

    /** feedparser's thread CPU ms per parse, or an empty list (said on stderr) when it cannot be run. */
    private static List<Double> feedparser(String feed, int runs) throws InterruptedException {
        List<Double> ms = new ArrayList<>();
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", FEEDPARSER, feed, String.valueOf(runs))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (InputStream out = p.getInputStream()) {
                for (String line : new String(out.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        ms.add(Double.parseDouble(line.split(" ")[0]));
                    }
                }
            }
            if (p.waitFor() != 0) {
                System.err.println("feedparser exited with " + p.exitValue() + "; no peer figure");
                return List.of();
            }
        } catch (IOException e) {
            System.err.println("feedparser not run: " + e.getMessage());
        }
        return ms;
    }

    private static String summary(String what, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%s: median %.2f, range %.2f–%.2f (%d rounds)", what, median(values),
                sorted[0], sorted[sorted.length - 1], values.length);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
