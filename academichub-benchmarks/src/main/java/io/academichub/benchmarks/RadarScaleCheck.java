package io.academichub.benchmarks;

import io.academichub.model.Paper;
import io.academichub.radar.Match;
import io.academichub.radar.Profile;
import io.academichub.radar.Radar;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * One profile of 10 interests, 5 seeds and 3 followed authors over 100,000 papers (the real arXiv day of 2024-11-28,
 * copied with unique ids), ranked with reasons; prints the wall time of each run and the peak heap. Run with
 * {@code -Xmx1g} to show it fits in 1 GB. Besides the wall time it prints the CPU time the process used (all threads,
 * GC included): on a machine shared with other work the wall time measures the neighbours too.
 *
 * <pre>{@code java -Xmx1g -cp academichub-benchmarks/target/benchmarks.jar io.academichub.benchmarks.RadarScaleCheck}</pre>
 */
public final class RadarScaleCheck {

    private RadarScaleCheck() {
    }

    /** The profile the benchmark ranks with. */
    static Profile profile() {
        return Profile.builder("benchmark-10-5-3")
                .interest("codes", "\"surface code\" OR qLDPC OR \"logical qubit\"", 1.0)
                .interest("decoders", "(decoder OR syndrome) AND (quantum OR qubit)", 0.8)
                .interest("agents", "\"language model\" AND agent*", 1.0)
                .interest("diffusion", "title:diffusion AND (image OR video)", 0.7)
                .interest("pulsars", "pulsar AND (timing OR scintillation)", 0.5)
                .interest("graphs", "\"graph neural network\"~2", 0.6)
                .interest("rl", "\"reinforcement learning\" AND (robot* OR control)", 0.6)
                .interest("black holes", "\"black hole\" AND (merger OR accretion)", 0.5)
                .interest("proteins", "protein AND (folding OR structure OR design)", 0.5)
                .interest("weather", "(weather OR climate) AND forecast*", 0.4)
                .seeds("2411.18090", "2406.17995", "2411.18450", "2405.09035", "2411.17724")
                .authors("José L. Ramírez", "W. van der Schee", "Craig Gidney")
                .limit(50)
                .build();
    }

    /** Runs the check; args[0] is the feed (default the shared recording), args[1] the paper count. */
    public static void main(String[] args) throws Exception {
        String feed = args.length > 0 ? args[0] : RadarBenchData.DEFAULT_FEED;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        List<Paper> papers = RadarBenchData.replicate(RadarBenchData.day(feed), n);
        Profile profile = profile();
        Radar radar = Radar.builder().build();
        System.out.printf("papers: %,d; profile: %d interests, %d seeds, %d followed authors; max heap %d MB%n",
                papers.size(), profile.interests().size(), profile.seeds().size(), profile.authors().size(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= 3; run++) {
            resetPeaks();
            long cpu0 = CpuTime.process();
            long t0 = System.nanoTime();
            List<Match> matches = radar.rank(profile, papers);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (CpuTime.process() - cpu0) / 1_000_000;
            long reasons = matches.stream().mapToLong(m -> m.reasons().size()).sum();
            System.out.printf("run %d: wall %,d ms, process CPU %,d ms, %d matches with %d reasons, peak heap %d MB; "
                    + "top: %.3f %s%n", run, ms, cpuMs, matches.size(), reasons, peakHeapMb(), matches.get(0).score(),
                    matches.get(0).paper().title());
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
