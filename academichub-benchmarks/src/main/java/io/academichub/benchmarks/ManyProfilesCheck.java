package io.academichub.benchmarks;

import io.academichub.model.Paper;
import io.academichub.radar.Match;
import io.academichub.radar.Profile;
import io.academichub.radar.ProfileMatcher;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * 10,000 profiles against one day of 2,000 papers (the real arXiv day of 2024-11-28 plus copies with unique ids):
 * Lucene Monitor in one pass ({@link ProfileMatcher#monitor()}) against the naive loop that runs each profile's
 * queries on its own ({@link ProfileMatcher#oneByOne()}), both ranking and explaining each profile's listed matches.
 *
 * <p>The profiles are a reproducible {@link ProfilePopulation}: drawn from the research vocabulary of the other real
 * recordings, not from the day's own words, so that (as for real readers) most profiles match few or none of the
 * day's papers. Both matchers explain what they list: at most a profile's {@code limit} best matches.
 *
 * <pre>{@code java -Xmx2g -cp academichub-benchmarks/target/benchmarks.jar io.academichub.benchmarks.ManyProfilesCheck
 *     [FEED [PROFILES [PAPERS [RUNS]]]]}</pre>
 */
public final class ManyProfilesCheck {

    private ManyProfilesCheck() {
    }

    /** Runs the comparison; args: feed, profile count, paper count. */
    public static void main(String[] args) throws Exception {
        String feed = args.length > 0 ? args[0] : RadarBenchData.DEFAULT_FEED;
        int profileCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int paperCount = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<Paper> day = RadarBenchData.day(feed);
        List<Paper> papers = RadarBenchData.replicate(day, paperCount);
        ProfilePopulation population = ProfilePopulation.fromOtherRecordings();
        List<Profile> profiles = population.profiles(profileCount, day, new Random(42));
        System.out.printf("%,d profiles, %,d papers; %s%n", profiles.size(), papers.size(), population.describe());
        long[] monitorMs = new long[runs];
        long[] loopMs = new long[runs];
        long[] monitorCpu = new long[runs];
        long[] loopCpu = new long[runs];
        for (int run = 0; run < runs; run++) {
            try (ProfileMatcher monitor = ProfileMatcher.monitor()) {
                long t0 = System.nanoTime();
                monitor.register(profiles);
                long registered = System.nanoTime();
                long cpu0 = CpuTime.process();
                Map<String, List<Match>> m = monitor.match(papers);
                monitorMs[run] = (System.nanoTime() - registered) / 1_000_000;
                monitorCpu[run] = (CpuTime.process() - cpu0) / 1_000_000;
                System.out.printf("monitor run %d: register %,d ms; match wall %,d ms, CPU %,d ms; %,d profiles matched, "
                        + "%,d matches%n", run + 1, (registered - t0) / 1_000_000, monitorMs[run], monitorCpu[run],
                        m.size(), count(m));
            }
            try (ProfileMatcher loop = ProfileMatcher.oneByOne()) {
                loop.register(profiles);
                long t0 = System.nanoTime();
                long cpu0 = CpuTime.process();
                Map<String, List<Match>> m = loop.match(papers);
                loopMs[run] = (System.nanoTime() - t0) / 1_000_000;
                loopCpu[run] = (CpuTime.process() - cpu0) / 1_000_000;
                System.out.printf("loop    run %d: match wall %,d ms, CPU %,d ms; %,d profiles matched, %,d matches%n",
                        run + 1, loopMs[run], loopCpu[run], m.size(), count(m));
            }
        }
        // the first run warms the JIT up; the best of the others counts
        int first = runs > 1 ? 1 : 0;
        long bestMonitor = java.util.Arrays.stream(monitorMs, first, runs).min().orElseThrow();
        long bestLoop = java.util.Arrays.stream(loopMs, first, runs).min().orElseThrow();
        long bestMonitorCpu = java.util.Arrays.stream(monitorCpu, first, runs).min().orElseThrow();
        long bestLoopCpu = java.util.Arrays.stream(loopCpu, first, runs).min().orElseThrow();
        System.out.printf("best of the runs after the first: wall monitor %,d ms, loop %,d ms (%.1fx); CPU monitor %,d ms, loop %,d ms "
                + "(%.1fx)%n", bestMonitor, bestLoop, (double) bestLoop / bestMonitor, bestMonitorCpu, bestLoopCpu,
                (double) bestLoopCpu / bestMonitorCpu);
    }

    private static long count(Map<String, List<Match>> m) {
        return m.values().stream().mapToLong(List::size).sum();
    }
}
