package io.academichub.radar;

import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.store.PaperStore.Novelty;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Ranks one profile over one indexed day: filters, interest queries, followed authors, seed likeness and
 * dismissals (by the {@link DismissalModel} chosen), combined by {@link ScoreFormula}; cuts the list by
 * {@link FairShare}; then writes the reasons for the papers that made the list, in the {@link ReasonWords} given.
 */
final class Ranker {

    /** A seed, and whether reasons introduce it as a paper the reader liked rather than as a seed. */
    record SeedText(Seed seed, boolean liked) {
    }

    private static final int MLT_TERMS = 25;

    private final Profile profile;
    private final PaperIndex index;
    private final QueryScale scale;
    private final DismissalModel dismissalModel;
    private final ReasonWords words;

    // the profile's filters, lower-cased once rather than for every paper
    private final Set<String> sourceKinds;
    private final Set<String> categories;
    private final Set<String> excludeCategories;

    /** A ranker with the default {@link DismissalModel} (for callers that pass no dismissals). */
    Ranker(Profile profile, PaperIndex index, ReasonWords words) {
        this(profile, index, Radar.DEFAULT_DISMISSAL_MODEL, words);
    }

    Ranker(Profile profile, PaperIndex index, DismissalModel dismissalModel, ReasonWords words) {
        this.profile = profile;
        this.index = index;
        this.dismissalModel = dismissalModel;
        this.words = words;
        this.scale = new QueryScale(index.searcher);
        this.sourceKinds = profile.sourceKinds();
        this.categories = lowerCase(profile.categories());
        this.excludeCategories = lowerCase(profile.excludeCategories());
    }

    private static Set<String> lowerCase(Set<String> values) {
        Set<String> out = new HashSet<>();
        values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
        return out;
    }

    /**
     * The profile's matches among the eligible papers, best first.
     *
     * @param eligible  which papers may be shown (not yet seen), by ord; {@code null} for all
     * @param statuses  status per ord, for the matches ({@code null}: all new)
     * @param seeds     seed papers with their text (the profile's, and liked ones)
     * @param dismissed papers the reader dismissed
     */
    List<Match> rank(BitSet eligible, Match.Status[] statuses, List<SeedText> seeds, List<Seed> dismissed) {
        BitSet allowed = filter(eligible);
        List<Query> interests = new ArrayList<>();
        double[] yardsticks = new double[profile.interests().size()];
        float[][] interestScores = new float[profile.interests().size()][];
        double[] weights = profile.interests().stream().mapToDouble(Interest::weight).toArray();
        double maxWeight = Arrays.stream(weights).max().orElse(1);
        for (int i = 0; i < yardsticks.length; i++) {
            Query q = index.rewrite(profile.interestQueries.get(i));
            interests.add(q);
            yardsticks[i] = scale.yardstick(q);
            interestScores[i] = index.scoreAll(q);
        }
        int[] author = followedAuthors(allowed);
        Likeness seedLikeness = likeness(seeds.stream().map(SeedText::seed).toList(), allowed);
        Dismissals dismissals = dismissals(dismissed, seeds, allowed);

        List<Candidate> candidates = new ArrayList<>();
        for (int ord = allowed.nextSetBit(0); ord >= 0; ord = allowed.nextSetBit(ord + 1)) {
            double miss = 1;
            boolean anyInterest = false;
            double[] rel = new double[yardsticks.length];
            for (int i = 0; i < yardsticks.length; i++) {
                float s = interestScores[i][ord];
                if (!Float.isNaN(s)) {
                    anyInterest = true;
                    rel[i] = profile.interests().get(i).weight() / maxWeight
                            * ScoreFormula.relevance(s, yardsticks[i]);
                    miss *= 1 - rel[i];
                }
            }
            double t = 1 - miss;
            double s = seedLikeness.best[ord];
            boolean byAuthor = author[ord] >= 0;
            if (!anyInterest && !byAuthor && s < ScoreFormula.SEED_FLOOR) {
                continue;
            }
            double d = dismissals.push(ord);
            double score = ScoreFormula.score(ScoreFormula.base(t, s, byAuthor), d);
            if (score < profile.minScore() || score <= 0) {
                continue;
            }
            candidates.add(new Candidate(ord, score, t, rel, FairShare.lead(rel, weights), s, d));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> index.papers.get(c.ord).id()));
        List<Candidate> top = new ArrayList<>();
        List<Candidate> byShare = new ArrayList<>();
        for (int position : FairShare.cut(candidates.stream().mapToInt(Candidate::lead).toArray(), profile)) {
            top.add(candidates.get(position));
            if (position >= profile.limit()) {
                byShare.add(candidates.get(position)); // below the cut by score: there for its interest's share
            }
        }
        return explain(top, byShare, interests, author, seeds, seedLikeness, dismissals, statuses);
    }

    /** The {@code D} of the score formula by ord, from the model chosen; all 0 without dismissals. */
    private Dismissals dismissals(List<Seed> dismissed, List<SeedText> seeds, BitSet allowed) {
        if (dismissed.isEmpty()) {
            return new Dismissals(dismissed, null, null);
        }
        if (dismissalModel == DismissalModel.CLASSIFIER) {
            return new Dismissals(dismissed, null,
                    DismissalClassifier.train(index, dismissed, seeds.stream().map(SeedText::seed).toList()));
        }
        return new Dismissals(dismissed, likeness(dismissed, allowed), null);
    }

    /** What dismissals do to each paper: one of the two models, or nothing. */
    private record Dismissals(List<Seed> papers, Likeness likeness, DismissalClassifier classifier) {
        double push(int ord) {
            return likeness != null ? likeness.best[ord] : classifier != null ? classifier.push(ord) : 0;
        }
    }

    /** Papers passing the profile's category, source and exclusion filters (and eligible), by ord. */
    BitSet filter(BitSet eligible) {
        int n = index.size();
        BitSet allowed = new BitSet(n);
        if (eligible == null) {
            allowed.set(0, n);
        } else {
            allowed.or(eligible);
        }
        boolean filters = !sourceKinds.isEmpty() || !profile.excludeSources().isEmpty() || !categories.isEmpty()
                || !excludeCategories.isEmpty();
        for (int ord = allowed.nextSetBit(0); filters && ord >= 0; ord = allowed.nextSetBit(ord + 1)) {
            if (refusal(index.papers.get(ord)) != null) {
                allowed.clear(ord);
            }
        }
        for (Query exclusion : profile.exclusionQueries) {
            float[] hits = index.scoreAll(exclusion);
            for (int ord = 0; ord < n; ord++) {
                if (!Float.isNaN(hits[ord])) {
                    allowed.clear(ord);
                }
            }
        }
        return allowed;
    }

    /** Why the category and source filters remove a paper, in words, or {@code null} when they keep it. */
    String filteredOut(Paper p) {
        Function<ReasonWords, String> refusal = refusal(p);
        return refusal == null ? null : refusal.apply(words);
    }

    /**
     * The filter that removes a paper as a wording to apply, or {@code null} when the filters keep it: worded only
     * when someone asks, since most of a day may be filtered out.
     */
    private Function<ReasonWords, String> refusal(Paper p) {
        String source = p.source().toLowerCase(Locale.ROOT);
        if (!sourceKinds.isEmpty() && !sourceKinds.contains(source)) {
            return w -> w.sourceNotAmong(p.source(), profile.sources());
        }
        if (profile.excludeSources().contains(source)) {
            return w -> w.sourceExcluded(p.source());
        }
        if (!categories.isEmpty()
                && p.categories().stream().noneMatch(c -> categories.contains(c.toLowerCase(Locale.ROOT)))) {
            // sorted: the profile's set has no order of its own, and the note should read the same every run
            return w -> w.categoriesNotAmong(p.categories(), profile.categories().stream().sorted().toList());
        }
        for (String c : p.categories()) {
            if (excludeCategories.contains(c.toLowerCase(Locale.ROOT))) {
                return w -> w.categoryExcluded(c);
            }
        }
        return null;
    }

    /** Why exclusions remove a paper, in words: their names. */
    String excludedBy(List<String> exclusionNames) {
        return words.exclusions(exclusionNames);
    }

    /** The exclusions (by name) whose query matches each paper, by ord. */
    List<List<String>> exclusionsMatching() {
        List<List<String>> byOrd = new ArrayList<>();
        for (int ord = 0; ord < index.size(); ord++) {
            byOrd.add(new ArrayList<>());
        }
        for (int x = 0; x < profile.exclusionQueries.size(); x++) {
            float[] hits = index.scoreAll(profile.exclusionQueries.get(x));
            for (int ord = 0; ord < hits.length; ord++) {
                if (!Float.isNaN(hits[ord])) {
                    byOrd.get(ord).add(profile.exclusions().get(x).name());
                }
            }
        }
        return byOrd;
    }


    /** Per ord: the index of the paper's first author that a followed author matches, or -1. */
    private int[] followedAuthors(BitSet allowed) {
        int[] match = new int[index.size()];
        Arrays.fill(match, -1);
        if (profile.followed.isEmpty()) {
            return match;
        }
        List<String> keys = profile.followed.stream().map(AuthorName::surnameKey).toList();
        for (int ord = allowed.nextSetBit(0); ord >= 0; ord = allowed.nextSetBit(ord + 1)) {
            List<Author> authors = index.papers.get(ord).authors();
            for (int a = 0; a < authors.size() && match[ord] < 0; a++) {
                if (followedIndex(authors.get(a).name(), keys) >= 0) {
                    match[ord] = a;
                }
            }
        }
        return match;
    }

    /** Which followed author this byline name is, or -1; a cheap letters-only test before the real parse. */
    private int followedIndex(String name, List<String> surnameKeys) {
        String letters = AuthorName.letters(name);
        for (int f = 0; f < surnameKeys.size(); f++) {
            if (letters.contains(surnameKeys.get(f))) {
                try {
                    if (profile.followed.get(f).sameAs(AuthorName.parse(name))) {
                        return f;
                    }
                } catch (IllegalArgumentException e) {
                    return -1; // not a person's name (a collaboration, initials only)
                }
            }
        }
        return -1;
    }

    /** For each ord, the greatest likeness to any of the papers, and which paper. */
    private record Likeness(double[] best, int[] which, List<Query> queries) {
    }

    private Likeness likeness(List<Seed> seeds, BitSet allowed) {
        double[] best = new double[index.size()];
        int[] which = new int[index.size()];
        Arrays.fill(which, -1);
        List<Query> queries = new ArrayList<>();
        MoreLikeThis mlt;
        try {
            mlt = new MoreLikeThis(index.searcher.getIndexReader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mlt.setAnalyzer(Analysis.ANALYZER);
        mlt.setFieldNames(new String[] {Analysis.ABSTRACT});
        mlt.setMinTermFreq(1); // a seed is one abstract: a telling word may appear once
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(MLT_TERMS);
        mlt.setBoost(true);
        for (int k = 0; k < seeds.size(); k++) {
            Seed seed = seeds.get(k);
            Query q;
            try {
                q = mlt.like(Analysis.ABSTRACT, new StringReader(seed.title() + ". " + seed.abstractText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            queries.add(q);
            double coverage = scale.fullCoverage(q);
            float[] scores = index.scoreAll(q);
            for (int ord = allowed.nextSetBit(0); ord >= 0; ord = allowed.nextSetBit(ord + 1)) {
                if (seed.id() != null && seed.id().equals(index.papers.get(ord).id())) {
                    continue; // a seed is not like itself
                }
                double l = ScoreFormula.likeness(scores[ord], coverage);
                if (l > best[ord]) {
                    best[ord] = l;
                    which[ord] = k;
                }
            }
        }
        return new Likeness(best, which, queries);
    }

    /** A paper that may make the list: its score, its components, and its lead interest (-1 for none). */
    private record Candidate(int ord, double score, double interests, double[] rel, int lead, double seed,
                             double dismissed) {
    }

    private List<Match> explain(List<Candidate> top, List<Candidate> byShare, List<Query> interests, int[] author,
                                List<SeedText> seeds, Likeness seedLikeness, Dismissals dismissals,
                                Match.Status[] statuses) {
        if (top.isEmpty()) {
            return List.of();
        }
        UnifiedHighlighter highlighter = index.highlighter(UnifiedHighlighter.builder(index.searcher, Analysis.ANALYZER)
                .withFormatter(new DefaultPassageFormatter("**", "**", " … ", false))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(100_000));
        String[] fields = {Analysis.TITLE, Analysis.ABSTRACT, Analysis.AUTHOR};
        List<Map<String, String[]>> interestFragments = new ArrayList<>();
        for (int i = 0; i < interests.size(); i++) {
            int interest = i;
            interestFragments.add(highlight(highlighter, fields, interests.get(i), top, c -> c.rel[interest] > 0,
                    new int[] {1, 2, 1}));
        }
        Map<Integer, Map<String, String[]>> seedFragments = new HashMap<>();
        Map<Integer, Map<String, String[]>> dismissFragments = new HashMap<>();

        List<Match> matches = new ArrayList<>();
        for (int r = 0; r < top.size(); r++) {
            Candidate c = top.get(r);
            Paper paper = index.papers.get(c.ord);
            List<Reason> reasons = new ArrayList<>();
            for (int i = 0; i < interests.size(); i++) {
                if (c.rel[i] > 0) {
                    reasons.add(new Reason(Reason.Kind.INTEREST,
                            interestText(profile.interests().get(i), interestFragments.get(i), r), c.rel[i]));
                }
            }
            if (author[c.ord] >= 0) {
                String listed = paper.authors().get(author[c.ord]).name();
                reasons.add(new Reason(Reason.Kind.AUTHOR, words.author(followedBy(listed).display(), listed), 1));
            }
            int seed = seedLikeness.which[c.ord];
            if (seed >= 0 && c.seed > 0.05) {
                Map<String, String[]> f = seedFragments.computeIfAbsent(seed, k ->
                        highlight(highlighter, new String[] {Analysis.ABSTRACT}, seedLikeness.queries.get(k), top,
                                x -> seedLikeness.which[x.ord] == k && x.seed > 0.05, new int[] {1}));
                SeedText st = seeds.get(seed);
                reasons.add(new Reason(Reason.Kind.SEED, words.seed(st.liked(), st.seed(), throughTerms(f, r)),
                        c.seed));
            }
            Likeness dismissLikeness = dismissals.likeness();
            double cut = ScoreFormula.DISMISS_WEIGHT * c.dismissed;
            if (dismissLikeness != null && dismissLikeness.which[c.ord] >= 0 && c.dismissed > 0.05) {
                int dis = dismissLikeness.which[c.ord];
                Map<String, String[]> f = dismissFragments.computeIfAbsent(dis, k ->
                        highlight(highlighter, new String[] {Analysis.ABSTRACT}, dismissLikeness.queries.get(k), top,
                                x -> dismissLikeness.which[x.ord] == k && x.dismissed > 0.05, new int[] {1}));
                reasons.add(new Reason(Reason.Kind.FEEDBACK, words.nearestDismissed(Math.round(cut * 100),
                        dismissals.papers().get(dis), throughTerms(f, r)), -cut));
            }
            if (dismissals.classifier() != null && c.dismissed > 0.05) {
                boolean itself = dismissals.papers().stream().anyMatch(d -> paper.id().equals(d.id()));
                DismissalClassifier.Why why = itself ? null : dismissals.classifier().why(c.ord);
                reasons.add(new Reason(Reason.Kind.FEEDBACK, itself
                        ? words.dismissedItself(Math.round(cut * 100))
                        : words.classifier(Math.round(cut * 100), why.nearest(), why.words()), -cut));
            }
            reasons.sort(Comparator.comparingDouble((Reason x) -> -Math.abs(x.contribution())));
            String score = words.score(c.score, c.interests, c.seed, author[c.ord] >= 0, c.dismissed);
            reasons.add(new Reason(Reason.Kind.SCORE,
                    byShare.contains(c) ? words.fairShare(score, profile.interests().get(c.lead)) : score, c.score));
            Match.Status status = statuses == null ? Match.Status.NEW : statuses[c.ord];
            matches.add(new Match(paper, c.score, status, profile.name(), reasons));
        }
        return matches;
    }

    private AuthorName followedBy(String listed) {
        AuthorName parsed = AuthorName.parse(listed);
        for (AuthorName f : profile.followed) {
            if (f.sameAs(parsed)) {
                return f;
            }
        }
        throw new IllegalStateException("no followed author matches " + listed);
    }

    /**
     * The query's passages in the fields of the matches it is shown for (by row of {@code top}; {@code null} in the
     * other rows): highlighting re-reads a paper's text, so only the papers a reason will quote are highlighted.
     */
    private Map<String, String[]> highlight(UnifiedHighlighter h, String[] fields, Query q, List<Candidate> top,
                                            Predicate<Candidate> shown, int[] passages) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < top.size(); r++) {
            if (shown.test(top.get(r))) {
                rows.add(r);
            }
        }
        Map<String, String[]> byRow = new HashMap<>();
        for (String field : fields) {
            byRow.put(field, new String[top.size()]);
        }
        if (rows.isEmpty()) {
            return byRow;
        }
        int[] docs = rows.stream().mapToInt(r -> index.doc(top.get(r).ord)).toArray();
        Map<String, String[]> highlighted;
        try {
            highlighted = h.highlightFields(fields, q, docs, passages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        highlighted.forEach((field, fragments) -> {
            for (int k = 0; k < rows.size(); k++) {
                byRow.get(field)[rows.get(k)] = fragments[k];
            }
        });
        return byRow;
    }

    /** The interest's reason: the terms its query marked in each field, and the title's and abstract's passages. */
    private String interestText(Interest interest, Map<String, String[]> fragments, int row) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        Map<String, String> quotes = new LinkedHashMap<>();
        for (String field : List.of(Analysis.TITLE, Analysis.ABSTRACT, Analysis.AUTHOR)) {
            String[] byDoc = fragments.get(field);
            String fragment = byDoc == null ? null : byDoc[row];
            if (fragment == null) {
                continue;
            }
            Set<String> marked = marked(fragment);
            if (marked.isEmpty()) {
                continue; // e.g. a category-only query: nothing to mark in the text
            }
            terms.put(field, marked.stream().limit(6).toList());
            if (!field.equals(Analysis.AUTHOR)) {
                quotes.put(field, Snippet.of(fragment, Snippet.MAX));
            }
        }
        return words.interest(interest, terms, quotes);
    }

    /** The first terms the likeness query marked in the abstract, for "similar … through these terms". */
    private static List<String> throughTerms(Map<String, String[]> fragments, int row) {
        String[] byDoc = fragments.get(Analysis.ABSTRACT);
        String fragment = byDoc == null ? null : byDoc[row];
        return fragment == null ? List.of() : marked(fragment).stream().limit(8).toList();
    }

    private static Set<String> marked(String fragment) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Snippet.MARKED.matcher(fragment);
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
