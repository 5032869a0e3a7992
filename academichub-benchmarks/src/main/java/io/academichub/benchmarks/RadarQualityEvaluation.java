package io.academichub.benchmarks;

import io.academichub.json.PaperJson;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.radar.DismissalModel;
import io.academichub.radar.Interest;
import io.academichub.radar.Match;
import io.academichub.radar.Profile;
import io.academichub.radar.ProfileReader;
import io.academichub.radar.Radar;
import io.academichub.radar.Reason;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ranking quality on hand-judged profiles over the real arXiv day of 2024-11-28: nDCG@10 and P@10 of the radar
 * (the whole profile: queries, seeds, authors, categories), of BM25 on the profile's query words alone, and of
 * arxiv-sanity-lite's tf-idf SVM on the profile's seeds (run by {@code src/main/python/arxiv_sanity_rank.py}).
 * Seeds are left out of every ranking. Judgments: {@code src/main/resources/radar-quality/judgments.tsv}
 * (profile, paper, grade 0/1/2); a paper no judge saw counts 0.
 *
 * <p>Then the fair share ({@link Profile#fairShare()}): each profile by score alone and with each interest's share,
 * at its own limit and as a list of ten.
 *
 * <p>Then feedback: a simulated reader dismisses, for each profile, the (at most) ten best-ranked papers the judge
 * graded 0 (and, in a second protocol, only every other one of them, so that the rest must be found by the model),
 * and the profile is ranked again with each {@link DismissalModel}. The figures are on the residual ranking (the
 * dismissed papers left out, as a reader would not be shown them again), beside the ranking before the dismissals
 * with the same papers left out: what the dismissals do to the rest of the list. "rank ms" is the wall time of one
 * {@code Radar.rank} (indexing the day, training the classifier from the feedback, ranking, reasons), best of three.
 *
 * <pre>{@code
 * java -cp academichub-benchmarks/target/benchmarks.jar io.academichub.benchmarks.RadarQualityEvaluation
 * java -cp … io.academichub.benchmarks.RadarQualityEvaluation --pool   # the pool to judge: every system's top 10
 * java -cp … io.academichub.benchmarks.RadarQualityEvaluation --feedback-only   # the feedback protocols alone
 * }</pre>
 */
public final class RadarQualityEvaluation {

    static final String DIR = "academichub-benchmarks/src/main/resources/radar-quality";
    static final String PYTHON = "academichub-benchmarks/src/main/python/arxiv_sanity_rank.py";
    /** The Python that has scikit-learn: {@code -Dpython=/usr/bin/python3}, default {@code python3}. */
    static final String PYTHON_EXE = System.getProperty("python", "python3");
    static final int K = 10;

    private RadarQualityEvaluation() {
    }

    /** Runs the evaluation (or, with {@code --pool}, prints the papers to judge). */
    public static void main(String[] args) throws Exception {
        boolean pool = List.of(args).contains("--pool");
        boolean feedbackOnly = List.of(args).contains("--feedback-only");
        List<Paper> day = RadarBenchData.day(RadarBenchData.DEFAULT_FEED);
        Map<PaperId, Paper> byId = day.stream().collect(Collectors.toMap(Paper::id, p -> p, (a, b) -> a));
        Path papersFile = Files.createTempFile("radar-quality", ".jsonl");
        try (Writer w = Files.newBufferedWriter(papersFile, StandardCharsets.UTF_8)) {
            for (Paper p : day) {
                PaperJson.writeLine(p, w);
            }
        }
        Map<String, Map<String, Integer>> judgments = pool ? Map.of() : judgments(Path.of(DIR, "judgments.tsv"));
        List<Path> profileFiles;
        try (Stream<Path> files = Files.list(Path.of(DIR))) {
            profileFiles = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        Radar radar = Radar.builder().build();
        double[][] sums = new double[3][2];
        System.out.printf("%-16s %-26s %8s %6s%n", "profile", "system", "nDCG@10", "P@10");
        for (Path file : feedbackOnly ? List.<Path>of() : profileFiles) {
            Profile profile = ProfileReader.read(file);
            Set<String> seeds = profile.seeds().stream().map(PaperId::toString).collect(Collectors.toSet());
            List<String> ours = top(radar.rank(profile, day), seeds);
            List<String> bm25 = top(radar.rank(queryWordsOnly(profile), day), seeds);
            List<String> svm = arxivSanity(papersFile, seeds);
            List<List<String>> systems = List.of(ours, bm25, svm);
            String[] names = {"radar (whole profile)", "BM25 on query words", "arxiv-sanity tf-idf SVM"};
            if (pool) {
                Set<String> union = new TreeSet<>();
                systems.forEach(union::addAll);
                for (String id : union) {
                    Paper p = byId.get(PaperId.ofCanonical(id));
                    String text = p.abstractText();
                    System.out.printf("%s\t%s\t%s\t%s\t%s%n", profile.name(), id, p.categories(), p.title(),
                            text.substring(0, Math.min(300, text.length())));
                }
                continue;
            }
            Map<String, Integer> grades = judgments.getOrDefault(profile.name(), Map.of());
            for (int s = 0; s < systems.size(); s++) {
                double ndcg = ndcg(systems.get(s), grades);
                double precision = precision(systems.get(s), grades);
                sums[s][0] += ndcg;
                sums[s][1] += precision;
                System.out.printf(Locale.ROOT, "%-16s %-26s %8.3f %6.2f%n", profile.name(), names[s], ndcg, precision);
            }
        }
        if (!pool && !feedbackOnly) {
            String[] names = {"radar (whole profile)", "BM25 on query words", "arxiv-sanity tf-idf SVM"};
            for (int s = 0; s < 3; s++) {
                System.out.printf(Locale.ROOT, "%-16s %-26s %8.3f %6.2f%n", "MEAN", names[s],
                        sums[s][0] / profileFiles.size(), sums[s][1] / profileFiles.size());
            }
        }
        if (!feedbackOnly) {
            fairShare(profileFiles, day, byId, judgments, pool);
        }
        feedback(profileFiles, day, byId, judgments, pool);
        Files.deleteIfExists(papersFile);
    }

    /**
     * The fair share ({@link Profile#fairShare()}): each profile ranked with it and without it, at its own limit and
     * as a list of ten (where the shares reach the top ten): nDCG@10 and P@10, how many papers the share put on the
     * list, and how many of the profile's interests lead at least one listed paper (or, with {@code pool}, the
     * unjudged papers in the top ten with the share).
     */
    private static void fairShare(List<Path> profileFiles, List<Paper> day, Map<PaperId, Paper> byId,
                                  Map<String, Map<String, Integer>> judgments, boolean pool) {
        Radar radar = Radar.builder().build();
        if (!pool) {
            System.out.printf("%nfair share: the list by score alone, and with each interest's share%n");
            System.out.printf("%-16s %5s %-12s %8s %6s %8s %9s%n", "profile", "limit", "ranking", "nDCG@10", "P@10",
                    "by share", "interests");
        }
        for (int limit : new int[] {0, K}) { // 0: each profile's own limit
            double[][] sumsAtLimit = new double[2][2];
            long[] leading = new long[2];
            int interests = 0;
            for (Path file : profileFiles) {
                Profile read = ProfileReader.read(file);
                int l = limit == 0 ? read.limit() : limit;
                Map<String, Integer> grades = judgments.getOrDefault(read.name(), Map.of());
                Set<String> seeds = read.seeds().stream().map(PaperId::toString).collect(Collectors.toSet());
                List<Match> byScore = radar.rank(copy(read, l, false), day);
                List<Match> shared = radar.rank(copy(read, l, true), day);
                Set<String> before = byScore.stream().map(m -> m.paper().id().toString()).collect(Collectors.toSet());
                long added = shared.stream().filter(m -> !before.contains(m.paper().id().toString())).count();
                List<List<Match>> rankings = List.of(byScore, shared);
                interests += read.interests().size();
                String[] names = {"by score", "fair share"};
                for (int r = 0; r < 2; r++) {
                    List<String> top = top(rankings.get(r), seeds);
                    if (pool) {
                        top.stream().filter(id -> !grades.containsKey(id)).forEach(id -> {
                            Paper p = byId.get(PaperId.ofCanonical(id));
                            String text = p.abstractText();
                            System.out.printf("%s\t%s\t%s\t%s\t%s%n", read.name(), id, p.categories(), p.title(),
                                    text.substring(0, Math.min(300, text.length())));
                        });
                        continue;
                    }
                    double ndcg = ndcg(top, grades);
                    double precision = precision(top, grades);
                    long lead = interestsLeading(rankings.get(r), read);
                    sumsAtLimit[r][0] += ndcg;
                    sumsAtLimit[r][1] += precision;
                    leading[r] += lead;
                    System.out.printf(Locale.ROOT, "%-16s %5d %-12s %8.3f %6.2f %8s %6d/%d%n", read.name(), l,
                            names[r], ndcg, precision, r == 0 ? "" : String.valueOf(added), lead,
                            read.interests().size());
                }
            }
            for (int r = 0; !pool && r < 2; r++) {
                System.out.printf(Locale.ROOT, "%-16s %5s %-12s %8.3f %6.2f %8s %6d/%d%n", "MEAN",
                        limit == 0 ? "own" : limit, r == 0 ? "by score" : "fair share",
                        sumsAtLimit[r][0] / profileFiles.size(), sumsAtLimit[r][1] / profileFiles.size(), "",
                        leading[r], interests);
            }
        }
    }

    /**
     * How many of the profile's interests lead at least one of the matches: an interest leads a match when its reason
     * comes first among the match's interest reasons (reasons are ordered by contribution, as {@code FairShare}
     * picks a paper's lead interest).
     */
    private static long interestsLeading(List<Match> matches, Profile profile) {
        Set<String> leading = new HashSet<>();
        for (Match m : matches) {
            m.reasons().stream().filter(r -> r.kind() == Reason.Kind.INTEREST).findFirst().ifPresent(r ->
                    profile.interests().stream().map(Interest::name)
                            .filter(name -> r.text().startsWith("interest '" + name + "'"))
                            .forEach(leading::add));
        }
        return leading.size();
    }

    /** The profile with another limit, with or without the fair share. */
    static Profile copy(Profile p, int limit, boolean fairShare) {
        Profile.Builder b = Profile.builder(p.name());
        p.interests().forEach(b::interest);
        p.exclusions().forEach(x -> b.exclusion(x.name(), x.query()));
        b.categories(p.categories().toArray(String[]::new))
                .excludeCategories(p.excludeCategories().toArray(String[]::new))
                .sources(p.sources().toArray(String[]::new))
                .excludeSources(p.excludeSources().toArray(String[]::new))
                .authors(p.authors().toArray(String[]::new))
                .seeds(p.seeds().stream().map(PaperId::toString).toArray(String[]::new))
                .seedPapers(p.seedPapers());
        return b.minScore(p.minScore()).limit(limit).fairShare(fairShare).build();
    }

    /**
     * The feedback protocols: dismiss each profile's best-ranked papers judged 0 (all of them, at most ten; or every
     * other one, leaving the rest to be found), rank again with each dismissal model, and compare the residual top
     * ten (or, with {@code pool}, print the unjudged papers they list).
     */
    private static void feedback(List<Path> profileFiles, List<Paper> day, Map<PaperId, Paper> byId,
                                 Map<String, Map<String, Integer>> judgments, boolean pool) throws IOException {
        Map<String, Map<String, Integer>> judged = pool ? judgments(Path.of(DIR, "judgments.tsv")) : judgments;
        for (boolean everyOther : new boolean[] {false, true}) {
            feedback(profileFiles, day, byId, judged, pool, everyOther);
        }
    }

    private static void feedback(List<Path> profileFiles, List<Paper> day, Map<PaperId, Paper> byId,
                                 Map<String, Map<String, Integer>> judged, boolean pool, boolean everyOther)
            throws IOException {
        DismissalModel[] models = {DismissalModel.NEAREST_DISMISSED, DismissalModel.CLASSIFIER};
        String[] names = {"before", "before, dismissed left out", "nearest dismissed (penalty)", "classifier (SVM)"};
        double[][] sums = new double[names.length][2];
        if (!pool) {
            System.out.printf("%nfeedback: dismiss %s of the best-ranked papers judged 0 (at most %d), rank again%n",
                    everyOther ? "every other one" : "each", K);
            System.out.printf("%-16s %-30s %9s %8s %6s %8s%n", "profile", "ranking", "dismissed", "nDCG@10", "P@10",
                    "rank ms");
        }
        for (Path file : profileFiles) {
            Profile profile = ProfileReader.read(file);
            Map<String, Integer> grades = judged.getOrDefault(profile.name(), Map.of());
            Set<String> seeds = profile.seeds().stream().map(PaperId::toString).collect(Collectors.toSet());
            long[] millis = new long[names.length];
            Radar plain = Radar.builder().build();
            millis[0] = bestOfThree(() -> plain.rank(profile, day));
            List<String> full = top(plain.rank(profile, day), seeds, Integer.MAX_VALUE);
            List<String> offTopic = full.stream().filter(id -> grades.get(id) != null && grades.get(id) == 0)
                    .limit(K).toList();
            List<String> dismissed = new ArrayList<>();
            for (int i = 0; i < offTopic.size(); i += everyOther ? 2 : 1) {
                dismissed.add(offTopic.get(i));
            }
            Set<String> hidden = new LinkedHashSet<>(seeds);
            hidden.addAll(dismissed);
            List<List<String>> rankings = new ArrayList<>();
            rankings.add(full.stream().limit(K).toList());
            rankings.add(full.stream().filter(id -> !hidden.contains(id)).limit(K).toList());
            for (DismissalModel model : models) {
                Radar radar = Radar.builder().dismissalModel(model).build(); // a new in-memory store
                dismissed.forEach(id -> radar.dismiss(profile, PaperId.ofCanonical(id)));
                rankings.add(top(radar.rank(profile, day), hidden, K));
                millis[rankings.size() - 1] = bestOfThree(() -> radar.rank(profile, day));
            }
            for (int r = 0; r < rankings.size(); r++) {
                if (pool) {
                    rankings.get(r).stream().filter(id -> !grades.containsKey(id)).forEach(id -> {
                        Paper p = byId.get(PaperId.ofCanonical(id));
                        String text = p.abstractText();
                        System.out.printf("%s\t%s\t%s\t%s\t%s%n", profile.name(), id, p.categories(), p.title(),
                                text.substring(0, Math.min(300, text.length())));
                    });
                    continue;
                }
                double ndcg = ndcg(rankings.get(r), grades);
                double precision = precision(rankings.get(r), grades);
                sums[r][0] += ndcg;
                sums[r][1] += precision;
                System.out.printf(Locale.ROOT, "%-16s %-30s %9d %8.3f %6.2f %8s%n", profile.name(), names[r],
                        r == 0 ? 0 : dismissed.size(), ndcg, precision, r == 1 ? "" : String.valueOf(millis[r]));
            }
        }
        for (int r = 0; !pool && r < names.length; r++) {
            System.out.printf(Locale.ROOT, "%-16s %-30s %9s %8.3f %6.2f%n", "MEAN", names[r], "",
                    sums[r][0] / profileFiles.size(), sums[r][1] / profileFiles.size());
        }
    }

    /** The shortest of three runs, in milliseconds (the machine is shared: the best run is the least disturbed). */
    private static long bestOfThree(Runnable run) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            run.run();
            best = Math.min(best, (System.nanoTime() - started) / 1_000_000);
        }
        return best;
    }

    private static List<String> top(List<Match> matches, Set<String> seeds) {
        return top(matches, seeds, K);
    }

    private static List<String> top(List<Match> matches, Set<String> left, int k) {
        return matches.stream().map(m -> m.paper().id().toString()).filter(id -> !left.contains(id)).limit(k).toList();
    }

    /** The baseline: every word of the profile's queries, OR-ed, by BM25 over title and abstract. */
    static Profile queryWordsOnly(Profile profile) {
        Set<String> words = new LinkedHashSet<>();
        for (Interest i : profile.interests()) {
            String q = i.query().replaceAll("\\b[a-z]+:", " ").replaceAll("\\b(AND|OR|NOT)\\b", " ")
                    .replaceAll("[\"()*~^+\\-]", " ").replaceAll("\\b\\d+\\b", " ");
            for (String w : q.split("\\s+")) {
                if (!w.isBlank()) {
                    words.add(w);
                }
            }
        }
        return Profile.builder(profile.name() + "-bm25").interest("words", String.join(" ", words), 1).limit(1000)
                .build();
    }

    private static List<String> arxivSanity(Path papers, Set<String> seeds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(PYTHON_EXE, PYTHON, papers.toString(), String.join(",", seeds),
                String.valueOf(K)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> ids = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    ids.add(line.strip());
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("arxiv_sanity_rank.py failed (is scikit-learn installed?)");
        }
        return ids;
    }

    static Map<String, Map<String, Integer>> judgments(Path file) throws IOException {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2]));
        }
        return out;
    }

    static double ndcg(List<String> ranking, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranking.size()); i++) {
            dcg += (Math.pow(2, grades.getOrDefault(ranking.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double precision(List<String> ranking, Map<String, Integer> grades) {
        long relevant = ranking.stream().limit(K).filter(id -> grades.getOrDefault(id, 0) > 0).count();
        return relevant / (double) K;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
