package io.academichub.benchmarks;

import io.academichub.model.Paper;
import io.academichub.radar.Match;
import io.academichub.radar.Profile;
import io.academichub.radar.ProfileMatcher;
import io.academichub.radar.Radar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * 10,000 profiles against one day of 2,000 papers (the real arXiv day of 2024-11-28 plus copies with unique ids),
 * three ways, each ranking and explaining what every profile lists:
 * <ol>
 * <li><b>Monitor</b> ({@link ProfileMatcher#monitor()}): the profiles' queries registered once in Lucene Monitor, the
 *     day matched against all of them in one pass;</li>
 * <li><b>the naive loop</b>: each profile's queries run on their own, as an application without a many-profile matcher
 *     does it — {@link Radar#rank(Profile, java.util.Collection)} once per profile, each call indexing the day for
 *     that profile. It costs the same for every profile, so it is timed on an evenly spaced sample of the profiles
 *     (every {@code k}-th) and scaled to all of them; the sampled profiles' matches are checked against Monitor's
 *     (same papers, scores and reasons), so both do the same work;</li>
 * <li><b>the shared-index loop</b> ({@link ProfileMatcher#oneByOne()}): each profile's queries on their own, but over
 *     one index of the day built once for all profiles — the best a batch can do without Monitor, and the
 *     reference that shows what Monitor's one pass is worth on a batch.</li>
 * </ol>
 * Then the first papers of the day are matched again one at a time, as a service matches papers as they are announced
 * (journals publish through the day), by Monitor and by the shared-index loop; both must give the same matches.
 *
 * <p>The profiles are a reproducible {@link ProfilePopulation}: drawn from the research vocabulary of the other real
 * recordings, not from the day's own words. Both matchers explain what they list: at most a profile's {@code limit}
 * best matches.
 *
 * <pre>{@code java -Xmx2g -cp academichub-benchmarks/target/benchmarks.jar io.academichub.benchmarks.ManyProfilesCheck
 *     [FEED [PROFILES [PAPERS [RUNS [NAIVE_SAMPLE [ARRIVALS]]]]]]}</pre>
 *
 * {@code NAIVE_SAMPLE} (default 200) is how many profiles the naive loop ranks, 0 skips it; {@code ARRIVALS}
 * (default 50) how many papers arrive one at a time.
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
        int naiveSample = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int arrivalCount = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        List<Paper> day = RadarBenchData.day(feed);
        List<Paper> papers = RadarBenchData.replicate(day, paperCount);
        ProfilePopulation population = ProfilePopulation.fromOtherRecordings();
        List<Profile> profiles = population.profiles(profileCount, day, new Random(42));
        System.out.printf("%,d profiles, %,d papers; %s%n", profiles.size(), papers.size(), population.describe());
        Map<String, List<Match>> monitorMatches = null;
        Arrivals monitorArrivals = null;
        long[] monitorArrivalMs = new long[runs];
        long[] loopArrivalMs = new long[runs];
        long[] naiveMs = new long[runs];
        long[] naiveCpu = new long[runs];
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
                monitorMatches = m;
                monitorArrivals = arrivals(monitor, papers, arrivalCount);
                monitorArrivalMs[run] = monitorArrivals.wallMs();
            }
            if (naiveSample > 0) {
                long[] wallAndCpu = naiveLoop(profiles, papers, naiveSample, monitorMatches);
                naiveMs[run] = wallAndCpu[0];
                naiveCpu[run] = wallAndCpu[1];
                System.out.printf("naive   run %d: match wall %,d ms, CPU %,d ms for all %,d profiles (scaled from the "
                        + "sample)%n", run + 1, naiveMs[run], naiveCpu[run], profiles.size());
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
                Arrivals loopArrivals = arrivals(loop, papers, arrivalCount);
                loopArrivalMs[run] = loopArrivals.wallMs();
                if (!loopArrivals.matches().equals(monitorArrivals.matches())) {
                    throw new IllegalStateException("papers arriving one at a time: the loop and Monitor differ");
                }
                System.out.printf("arrivals run %d: %,d papers one at a time, wall monitor %,d ms, loop %,d ms; "
                        + "%,d matches%n", run + 1, arrivalCount, monitorArrivalMs[run], loopArrivalMs[run],
                        monitorArrivals.matches().stream().mapToLong(ManyProfilesCheck::count).sum());
            }
        }
        // the first run warms the JIT up; the best of the others counts
        int first = runs > 1 ? 1 : 0;
        long bestMonitor = java.util.Arrays.stream(monitorMs, first, runs).min().orElseThrow();
        long bestLoop = java.util.Arrays.stream(loopMs, first, runs).min().orElseThrow();
        long bestMonitorCpu = java.util.Arrays.stream(monitorCpu, first, runs).min().orElseThrow();
        long bestLoopCpu = java.util.Arrays.stream(loopCpu, first, runs).min().orElseThrow();
        if (naiveSample > 0) {
            long bestNaive = java.util.Arrays.stream(naiveMs, first, runs).min().orElseThrow();
            long bestNaiveCpu = java.util.Arrays.stream(naiveCpu, first, runs).min().orElseThrow();
            System.out.printf("best of the runs after the first: naive loop / monitor: wall %,d / %,d ms (%.1fx); "
                    + "CPU %,d / %,d ms (%.1fx)%n", bestNaive, bestMonitor, (double) bestNaive / bestMonitor,
                    bestNaiveCpu, bestMonitorCpu, (double) bestNaiveCpu / bestMonitorCpu);
        }
        long bestMonitorArrivals = java.util.Arrays.stream(monitorArrivalMs, first, runs).min().orElseThrow();
        long bestLoopArrivals = java.util.Arrays.stream(loopArrivalMs, first, runs).min().orElseThrow();
        System.out.printf("best of the runs after the first: %,d papers arriving one at a time: monitor %,d ms (%.1f ms a "
                + "paper), loop %,d ms (%.1f ms a paper): %.1fx%n", arrivalCount, bestMonitorArrivals,
                (double) bestMonitorArrivals / arrivalCount, bestLoopArrivals, (double) bestLoopArrivals / arrivalCount,
                (double) bestLoopArrivals / bestMonitorArrivals);
        System.out.printf("best of the runs after the first: wall monitor %,d ms, loop %,d ms (%.1fx); CPU monitor %,d ms, loop %,d ms "
                + "(%.1fx)%n", bestMonitor, bestLoop, (double) bestLoop / bestMonitor, bestMonitorCpu, bestLoopCpu,
                (double) bestLoopCpu / bestMonitorCpu);
    }

    /**
     * The naive loop over every {@code k}-th profile ({@code sample} of them): {@link Radar#rank} per profile, wall and
     * process CPU ms scaled to all profiles. Fails when a sampled profile's matches differ from Monitor's.
     */
    private static long[] naiveLoop(List<Profile> profiles, List<Paper> papers, int sample,
                                    Map<String, List<Match>> monitorMatches) {
        int step = Math.max(1, profiles.size() / sample);
        List<Profile> sampled = new ArrayList<>();
        for (int i = 0; i < profiles.size() && sampled.size() < sample; i += step) {
            sampled.add(profiles.get(i));
        }
        Radar radar = Radar.builder().build();
        long t0 = System.nanoTime();
        long cpu0 = CpuTime.process();
        List<List<Match>> ranked = new ArrayList<>(sampled.size());
        for (Profile profile : sampled) {
            ranked.add(radar.rank(profile, papers));
        }
        long wall = System.nanoTime() - t0;
        long cpu = CpuTime.process() - cpu0;
        int withMatches = 0;
        for (int i = 0; i < sampled.size(); i++) {
            List<Match> naive = ranked.get(i);
            List<Match> monitor = monitorMatches.getOrDefault(sampled.get(i).name(), List.of());
            if (!naive.equals(monitor)) {
                throw new IllegalStateException("profile " + sampled.get(i).name() + ": the naive loop listed "
                        + naive.size() + " matches, Monitor " + monitor.size() + ", or they differ");
            }
            withMatches += naive.isEmpty() ? 0 : 1;
        }
        double scale = (double) profiles.size() / sampled.size();
        System.out.printf("naive loop: %,d sampled profiles (every %,d-th), %,d with matches, all equal to Monitor's; "
                + "%.1f ms per profile%n", sampled.size(), step, withMatches, wall / 1e6 / sampled.size());
        return new long[] {Math.round(wall / 1e6 * scale), Math.round(cpu / 1e6 * scale)};
    }

    /** What a matcher gave for papers arriving one at a time, and the wall time it took. */
    private record Arrivals(long wallMs, List<Map<String, List<Match>>> matches) {
    }

    /** The first {@code n} papers matched one at a time, as a service matches papers as they are announced. */
    private static Arrivals arrivals(ProfileMatcher matcher, List<Paper> papers, int n) {
        List<Map<String, List<Match>>> out = new ArrayList<>(n);
        long t0 = System.nanoTime();
        for (Paper paper : papers.subList(0, Math.min(n, papers.size()))) {
            out.add(matcher.match(List.of(paper)));
        }
        return new Arrivals((System.nanoTime() - t0) / 1_000_000, out);
    }

    private static long count(Map<String, List<Match>> m) {
        return m.values().stream().mapToLong(List::size).sum();
    }
}
