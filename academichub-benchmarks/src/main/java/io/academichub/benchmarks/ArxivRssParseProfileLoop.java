package io.academichub.benchmarks;

import java.util.Locale;

/**
 * A fixed number of warm arXiv RSS parses (or floor scans) for a sampling profiler such as {@code perf}: the loop
 * first runs for a set time to let the JIT finish, prints when the counted part starts and ends, and then does exactly
 * the given number of operations, so that two runs (parse and floor) can be compared sample for sample.
 *
 * <pre>
 * perf record -e cpu-clock -F 1999 -D 17000 -o parse.data \
 *     java -Xms1g -Xmx1g -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit \
 *     -cp academichub-benchmarks/target/benchmarks.jar io.academichub.benchmarks.ArxivRssParseProfileLoop parse 16 1500
 * perf report -i parse.data --no-children -g none --comm java --sort sym
 * </pre>
 *
 * Run from the repository root (the feed is found as {@link ArxivRssParseCpuCheck} finds it). {@code -D} must exceed
 * the warm-up (here 17 s against 16 s) so that only the counted operations are recorded.
 */
public final class ArxivRssParseProfileLoop {

    private ArxivRssParseProfileLoop() {
    }

    /**
     * Runs the loop.
     *
     * @param args {@code parse} or {@code floor}; optional: seconds of warm-up (default 16) and operations (default
     *             1500)
     * @throws Exception when the feed cannot be read or parsed
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !args[0].equals("parse") && !args[0].equals("floor")) {
            System.err.println("usage: ArxivRssParseProfileLoop parse|floor [WARM_SECONDS [OPERATIONS]]");
            System.exit(2);
        }
        boolean floor = args[0].equals("floor");
        long warmNanos = (args.length > 1 ? Long.parseLong(args[1]) : 16) * 1_000_000_000L;
        int operations = args.length > 2 ? Integer.parseInt(args[2]) : 1500;
        ArxivRssParseBenchmark bench = new ArxivRssParseBenchmark();
        bench.feed = System.getProperty(ArxivRssParseBenchmark.FEED_PROPERTY,
                "../shared/fixtures/real/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz");
        bench.load();
        long start = System.nanoTime();
        long sink = 0;
        while (System.nanoTime() - start < warmNanos) {
            sink += floor ? bench.xmlScanOnly() : bench.parse().papers().size();
        }
        System.err.printf(Locale.ROOT, "counted part starts at %.1f s%n", (System.nanoTime() - start) / 1e9);
        for (int i = 0; i < operations; i++) {
            sink += floor ? bench.xmlScanOnly() : bench.parse().papers().size();
        }
        System.err.printf(Locale.ROOT, "counted part ends at %.1f s (%d %s)%n", (System.nanoTime() - start) / 1e9,
                operations, floor ? "floor scans" : "parses");
        System.out.println(sink); // keeps the work from being optimised away
    }
}
