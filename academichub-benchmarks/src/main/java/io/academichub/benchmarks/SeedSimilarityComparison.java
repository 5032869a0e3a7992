package io.academichub.benchmarks;

import io.academichub.json.PaperJson;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.radar.Match;
import io.academichub.radar.Profile;
import io.academichub.radar.ProfileReader;
import io.academichub.radar.Radar;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Seed similarity against arxiv-sanity-lite's method on the same papers: for the seeds of each judged profile,
 * the radar's "more like these" (a profile of seeds only) and arxiv-sanity-lite's tf-idf + linear SVM
 * ({@code src/main/python/arxiv_sanity_rank.py}, scikit-learn), over the real arXiv day of 2024-11-28: the time
 * of each (the radar's in-process after a warm-up run; the script's as it reports it, without Python's start-up)
 * and how many of the ten top papers they share.
 *
 * <pre>{@code java -cp academichub-benchmarks/target/benchmarks.jar io.academichub.benchmarks.SeedSimilarityComparison}</pre>
 */
public final class SeedSimilarityComparison {

    private SeedSimilarityComparison() {
    }

    /** Runs the comparison from the repository root. */
    public static void main(String[] args) throws Exception {
        List<Paper> day = RadarBenchData.day(RadarBenchData.DEFAULT_FEED);
        Path papersFile = Files.createTempFile("seed-similarity", ".jsonl");
        try (Writer w = Files.newBufferedWriter(papersFile, StandardCharsets.UTF_8)) {
            for (Paper p : day) {
                PaperJson.writeLine(p, w);
            }
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(RadarQualityEvaluation.DIR))) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        Radar radar = Radar.builder().build();
        for (Path file : files) {
            Profile full = ProfileReader.read(file);
            Profile seedsOnly = Profile.builder(full.name() + "-seeds")
                    .seeds(full.seeds().stream().map(PaperId::toString).toArray(String[]::new)).limit(100).build();
            Set<String> seeds = full.seeds().stream().map(PaperId::toString).collect(Collectors.toSet());
            radar.rank(seedsOnly, day); // warm-up
            long t0 = System.nanoTime();
            List<Match> matches = radar.rank(seedsOnly, day);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            List<String> ours = matches.stream().map(m -> m.paper().id().toString()).filter(id -> !seeds.contains(id))
                    .limit(10).toList();
            Process process = new ProcessBuilder(RadarQualityEvaluation.PYTHON_EXE, RadarQualityEvaluation.PYTHON, papersFile.toString(),
                    String.join(",", seeds), "10").redirectErrorStream(false).start();
            List<String> theirs = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        theirs.add(line.strip());
                    }
                }
            }
            String timing = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor();
            Set<String> shared = new HashSet<>(ours);
            shared.retainAll(theirs);
            System.out.printf("%-16s radar seeds-only: %,d ms; %s; top-10 overlap %d/10%n", full.name(), ms, timing,
                    shared.size());
        }
        Files.deleteIfExists(papersFile);
    }
}
