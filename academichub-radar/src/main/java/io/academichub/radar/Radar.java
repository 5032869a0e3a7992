package io.academichub.radar;

import io.academichub.PaperMerger;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.store.Feedback;
import io.academichub.store.InMemoryPaperStore;
import io.academichub.store.PaperStore;
import io.academichub.store.PaperStore.Novelty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranks a day's papers for a {@link Profile} and says why each one is there; with a {@link PaperStore}, shows only
 * what the profile has not seen and learns from the reader's likes and dismissals.
 *
 * <pre>{@code
 * try (PaperStore store = new InMemoryPaperStore()) {
 *     Radar radar = Radar.builder().store(store).build();
 *     Profile profile = ProfileReader.read(Path.of("qec.yaml"));
 *     for (Match match : radar.scan(profile, papers)) {      // new and updated papers only, best first
 *         System.out.println(match.score() + " " + match.paper().title());
 *         match.reasons().forEach(r -> System.out.println("  " + r.text()));
 *     }
 *     radar.dismiss(profile, PaperId.parse("2411.17700"));      // similar papers rank lower from now on
 * }
 * }</pre>
 *
 * <h2>The score</h2>
 * Every match scores in [0, 1] by one formula, and a paper scores the same with the same profile on any day (no
 * normalisation by the day's best paper):
 * <ol>
 * <li>Each interest's query is run with BM25 (English analysis with stemming, phrases and proximity as written;
 *     a bare word searches the title, counted twice, and the abstract). Its score {@code s} is divided by the
 *     query's own yardstick {@code M}, the score of its best minimal match (a conjunction needs every clause, a
 *     disjunction its best branch); {@code rel = 1 − exp(−2·s/M)}.</li>
 * <li>Interests combine as independent evidence, each scaled by its weight over the profile's largest weight:
 *     {@code T = 1 − Π (1 − w/wmax · rel)}.</li>
 * <li>Seed likeness {@code S}: each seed (and each liked paper) becomes a "more like this" query of its 25 most
 *     telling abstract terms (Lucene's MoreLikeThis, tf-idf weighted); a paper's BM25 score over the score of a
 *     paper holding every one of those terms is its coverage {@code c}, and {@code S = 1 − exp(−c/0.15)}, the best
 *     over seeds.</li>
 * <li>A followed author on the byline: {@code A = 1}.</li>
 * <li>{@code base = 1 − (1 − T)(1 − 0.8·S)(1 − 0.6·A)}.</li>
 * <li>Dismissals ({@link DismissalModel#CLASSIFIER}, the default): when the profile has dismissed papers, a linear
 *     SVM (L2-regularised hinge loss, no bias, trained deterministically by dual coordinate descent) is trained over
 *     tf-idf vectors of title and abstract (the same English analysis; {@code 1 + ln tf}, smoothed idf from the day,
 *     unit length) with the dismissed papers on one side and, on the other, the seeds, the liked papers and an evenly
 *     spaced sample of at most 500 of the day's papers, classes weighted equally, as arxiv-sanity-lite trains a tag's
 *     classifier. A paper's margin {@code m} is 0 when it shares no word with the training papers, 1 for one as
 *     plainly on the dismissed side as a dismissed paper; {@code D = 1 − exp(−max(0, m)/0.15)}
 *     and {@code score = base · (1 − 0.6·D)}. The model is rebuilt from the store's feedback on every run. With
 *     {@link DismissalModel#NEAREST_DISMISSED}, {@code D} is instead the likeness to the nearest dismissed paper,
 *     computed as {@code S}. Without dismissals {@code D = 0}.</li>
 * </ol>
 * A paper is a candidate when an interest matches, a followed author wrote it, or {@code S ≥ 0.3}; the profile's
 * category, source and exclusion filters remove papers before anything is scored; {@code minScore} and
 * {@code limit} apply last.
 *
 * <h2>The cut: each interest's fair share</h2>
 * With two or more interests, one busy field must not crowd the others off the list, so the {@code limit} papers are
 * not simply the best-scored ones (unless {@link Profile#fairShare()} is switched off). Each candidate's <em>lead</em>
 * interest is the one with the largest {@code w/wmax · rel}; a paper no interest matched (a seed's, a followed
 * author's), or whose {@code rel} for its lead interest is below 0.3, competes on score alone; the others count for
 * their lead interest. An interest leading {@code n} of them is guaranteed
 * {@code min(n, max(1, floor(limit · w / Σw · 0.5)))} places, taken by the best-scored of them; the rest of the
 * list, about half of it or more, is filled by score. The list is then shown best first, by the same scores: the
 * share changes which papers make the cut, never a score, and a paper it kept says so in its score's reason
 * ({@code …; listed as one of the best for interest 'codes' (its fair share of the list)}). With one interest, or no
 * more candidates than the limit, the list is the best-scored candidates.
 *
 * <h2>The reasons' language</h2>
 * Reasons and exclusion notes are English unless {@link Builder#language(Locale)} chooses Chinese or Japanese
 * ({@code Radar.builder().language(Locale.CHINESE)}); only the sentences' own words change, not what they quote
 * (interest names, matched terms, author names, titles and ids), nor a reason's {@link Reason#kind()} or
 * {@link Reason#contribution()}.
 *
 * <p>Thread-safe if the store is; each call indexes the papers it is given in memory.
 */
public final class Radar {

    private static final Logger LOG = LoggerFactory.getLogger(Radar.class);
    /** The dismissal model unless the builder says otherwise. */
    static final DismissalModel DEFAULT_DISMISSAL_MODEL = DismissalModel.CLASSIFIER;

    private final PaperStore store;
    private final SeedLookup seedLookup;
    private final Clock clock;
    private final DismissalModel dismissalModel;
    private final ReasonWords words;

    private Radar(Builder b) {
        this.store = b.store != null ? b.store : new InMemoryPaperStore();
        this.seedLookup = b.seedLookup;
        this.clock = b.clock;
        this.dismissalModel = b.dismissalModel;
        this.words = b.words;
    }

    /**
     * A builder; without a store the radar remembers nothing between instances.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Ranks every paper given (merged by id first), whether or not the profile has seen it, and records nothing.
     * Feedback already given to the store counts. Every match's status is {@link Match.Status#NEW}.
     *
     * @param profile the profile
     * @param papers the papers to rank
     * @return the matches, best first
     */
    public List<Match> rank(Profile profile, Collection<Paper> papers) {
        Objects.requireNonNull(profile, "profile");
        List<Paper> merged = PaperMerger.merge(papers);
        try (PaperIndex index = PaperIndex.of(merged, List.of(profile))) {
            return new Ranker(profile, index, dismissalModel, words).rank(null, null, seeds(profile, merged),
                    dismissed(profile, merged));
        }
    }

    /**
     * The daily run: ranks the papers the profile has not been shown (and new versions of those it has, marked
     * {@link Match.Status#UPDATED}), then records the returned matches as shown in one store transaction, so the
     * next run over the same papers returns nothing.
     *
     * @param profile the profile
     * @param papers the day's papers
     * @return the new and updated matches, best first
     */
    public List<Match> scan(Profile profile, Collection<Paper> papers) {
        Objects.requireNonNull(profile, "profile");
        List<Paper> merged = PaperMerger.merge(papers);
        Map<PaperId, Novelty> novelty = store.novelty(profile.name(), merged);
        BitSet eligible = new BitSet(merged.size());
        Match.Status[] statuses = new Match.Status[merged.size()];
        for (int ord = 0; ord < merged.size(); ord++) {
            Novelty n = novelty.getOrDefault(merged.get(ord).id(), Novelty.NEW);
            if (n != Novelty.SEEN) {
                eligible.set(ord);
                statuses[ord] = n == Novelty.UPDATED ? Match.Status.UPDATED : Match.Status.NEW;
            }
        }
        List<Match> matches;
        try (PaperIndex index = PaperIndex.of(merged, List.of(profile))) {
            matches = new Ranker(profile, index, dismissalModel, words).rank(eligible, statuses, seeds(profile, merged),
                    dismissed(profile, merged));
        }
        store.recordShown(profile.name(), matches.stream().map(Match::paper).toList());
        return matches;
    }

    /**
     * The papers the profile's filters remove, each with the filter that did (categories, sources, exclusions), in
     * the order given.
     *
     * @param profile the profile
     * @param papers the papers to check
     * @return the removed papers with the reason
     */
    public List<Excluded> excluded(Profile profile, Collection<Paper> papers) {
        List<Paper> merged = PaperMerger.merge(papers);
        List<Excluded> out = new ArrayList<>();
        try (PaperIndex index = PaperIndex.of(merged, List.of(profile))) {
            Ranker ranker = new Ranker(profile, index, words);
            List<List<String>> byExclusion = ranker.exclusionsMatching();
            for (int ord = 0; ord < merged.size(); ord++) {
                Paper p = merged.get(ord);
                String filtered = ranker.filteredOut(p);
                if (filtered != null) {
                    out.add(new Excluded(p, filtered));
                } else if (!byExclusion.get(ord).isEmpty()) {
                    out.add(new Excluded(p, ranker.excludedBy(byExclusion.get(ord))));
                }
            }
        }
        return out;
    }

    /**
     * Records that the reader liked the paper: it joins the profile's seeds.
     *
     * @param profile the profile
     * @param paper the liked paper
     */
    public void like(Profile profile, PaperId paper) {
        store.recordFeedback(profile.name(), new Feedback(paper, Feedback.Verdict.LIKE, clock.instant()));
    }

    /**
     * Records that the reader dismissed the paper: papers like it rank lower.
     *
     * @param profile the profile
     * @param paper the dismissed paper
     */
    public void dismiss(Profile profile, PaperId paper) {
        store.recordFeedback(profile.name(), new Feedback(paper, Feedback.Verdict.DISMISS, clock.instant()));
    }

    /** The profile's seeds with their text, then its liked papers; seeds that cannot be found are logged. */
    private List<Ranker.SeedText> seeds(Profile profile, List<Paper> day) {
        List<Ranker.SeedText> seeds = new ArrayList<>();
        for (Seed s : profile.seedPapers()) {
            seeds.add(new Ranker.SeedText(s, false));
        }
        Map<PaperId, Paper> byId = byId(day);
        for (PaperId id : profile.seeds()) {
            Optional<Paper> found = find(id, byId);
            if (found.isPresent()) {
                seeds.add(new Ranker.SeedText(Seed.of(found.get()), false));
            } else {
                LOG.warn("profile '{}': seed {} not found in today's papers, the store or the seed lookup; ignored",
                        profile.name(), id);
            }
        }
        for (Feedback f : store.feedback(profile.name())) {
            if (f.verdict() == Feedback.Verdict.LIKE) {
                find(f.paperId(), byId).ifPresent(p -> seeds.add(new Ranker.SeedText(Seed.of(p), true)));
            }
        }
        return seeds;
    }

    private List<Seed> dismissed(Profile profile, List<Paper> day) {
        Map<PaperId, Paper> byId = byId(day);
        List<Seed> out = new ArrayList<>();
        for (Feedback f : store.feedback(profile.name())) {
            if (f.verdict() == Feedback.Verdict.DISMISS) {
                find(f.paperId(), byId).ifPresent(p -> out.add(Seed.of(p)));
            }
        }
        return out;
    }

    private static Map<PaperId, Paper> byId(List<Paper> day) {
        Map<PaperId, Paper> byId = new HashMap<>();
        for (Paper p : day) {
            byId.put(p.id(), p);
            p.sameAs().forEach(other -> byId.putIfAbsent(other, p));
        }
        return byId;
    }

    private Optional<Paper> find(PaperId id, Map<PaperId, Paper> day) {
        Paper p = day.get(id);
        if (p != null) {
            return Optional.of(p);
        }
        Optional<Paper> stored = store.paper(id);
        if (stored.isPresent()) {
            return stored;
        }
        try {
            return seedLookup.find(id);
        } catch (RuntimeException e) {
            LOG.warn("seed lookup for {} failed: {}", id, e.toString());
            return Optional.empty();
        }
    }

    /** Builds a {@link Radar}. */
    public static final class Builder {
        private PaperStore store;
        private SeedLookup seedLookup = SeedLookup.NONE;
        private Clock clock = Clock.systemUTC();
        private DismissalModel dismissalModel = DEFAULT_DISMISSAL_MODEL;
        private ReasonWords words = ReasonWords.ENGLISH;

        private Builder() {
        }

        /**
         * Where shown papers and feedback are remembered; default a new {@link InMemoryPaperStore}.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(PaperStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * How seeds named only by id are found when the day's papers and the store lack them; default none.
         *
         * @param seedLookup the lookup
         * @return this builder
         */
        public Builder seedLookup(SeedLookup seedLookup) {
            this.seedLookup = Objects.requireNonNull(seedLookup, "seedLookup");
            return this;
        }

        /**
         * The clock feedback is stamped with; default UTC system time.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How dismissed papers lower the papers like them; default {@link DismissalModel#CLASSIFIER}. Without
         * dismissals both give the same ranking.
         *
         * @param dismissalModel the model
         * @return this builder
         */
        public Builder dismissalModel(DismissalModel dismissalModel) {
            this.dismissalModel = Objects.requireNonNull(dismissalModel, "dismissalModel");
            return this;
        }

        /**
         * The language of the reasons' and exclusion notes' sentences; default English. English, Chinese
         * ({@code zh}, written in Simplified Chinese whatever the locale's region or script) and Japanese
         * ({@code ja}) are built in; any other language gets English. Only the locale's language counts.
         *
         * @param language the reader's language, e.g. {@link Locale#CHINESE} or {@code Locale.forLanguageTag("ja")}
         * @return this builder
         */
        public Builder language(Locale language) {
            this.words = ReasonWords.of(Objects.requireNonNull(language, "language"));
            return this;
        }

        /**
         * The radar.
         *
         * @return the radar
         */
        public Radar build() {
            return new Radar(this);
        }
    }
}
