package io.academichub.benchmarks;

import io.academichub.model.Paper;
import io.academichub.radar.Match;
import io.academichub.radar.Profile;
import io.academichub.radar.ProfileMatcher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * 10,000 profiles against one day of 2,000 papers (the real arXiv day of 2024-11-28 plus copies with unique ids):
 * Lucene Monitor in one pass ({@link ProfileMatcher#monitor()}) against the naive loop that runs each profile's
 * queries on its own ({@link ProfileMatcher#oneByOne()}), both ranking and explaining every match.
 *
 * <p>Profiles are made reproducibly (seeded random) from the day's own title words: each has 2 or 3 interests (a
 * phrase, a conjunction, or a title word), a third have a category filter, a tenth an exclusion.
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
        List<Profile> profiles = profiles(day, profileCount, new Random(42));
        System.out.printf("%,d profiles, %,d papers%n", profiles.size(), papers.size());
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

    static List<Profile> profiles(List<Paper> day, int n, Random random) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (Paper p : day) {
            String[] w = p.title().toLowerCase(Locale.ROOT).split("[^a-z]+");
            for (int i = 0; i < w.length; i++) {
                if (w[i].length() >= 5) {
                    words.add(w[i]);
                    if (i + 1 < w.length && w[i + 1].length() >= 4) {
                        phrases.add(w[i] + " " + w[i + 1]);
                    }
                }
            }
        }
        Set<String> categories = new LinkedHashSet<>();
        day.forEach(p -> categories.addAll(p.categories()));
        List<String> cats = new ArrayList<>(categories);
        List<Profile> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Profile.Builder b = Profile.builder("profile-" + i);
            int interests = 2 + random.nextInt(2);
            for (int k = 0; k < interests; k++) {
                String query = switch (random.nextInt(3)) {
                    case 0 -> "\"" + pick(phrases, random) + "\"";
                    case 1 -> pick(words, random) + " AND " + pick(words, random);
                    default -> "title:" + pick(words, random);
                };
                b.interest("i" + k, query, 0.5 + random.nextInt(6) / 10.0);
            }
            if (random.nextInt(3) == 0) {
                b.categories(pick(cats, random), pick(cats, random));
            }
            if (random.nextInt(10) == 0) {
                b.exclusion("x", "title:" + pick(words, random));
            }
            out.add(b.limit(20).build());
        }
        return out;
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
