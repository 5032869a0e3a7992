package io.academichub.radar;

import io.academichub.PaperMerger;
import io.academichub.model.Paper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.ScoringMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link ProfileMatcher#monitor()}: every profile's interest queries, and a surname query per followed author, live
 * in a Lucene {@link Monitor}; a day's papers go through it in one batch, and its BM25 scores (computed over the
 * batch, so with the day's statistics) feed the same {@link Ranker} the single-profile radar uses, for the papers
 * each profile matched. Profiles with seeds are ranked over the whole day as well, since seed likeness needs no
 * query word to match.
 */
final class MonitorProfileMatcher implements ProfileMatcher {

    private static final char SEP = '\t';
    private static final String AUTHORS = "authors";

    private final Monitor monitor;
    private final Map<String, Profile> profiles = new LinkedHashMap<>();

    MonitorProfileMatcher() {
        try {
            monitor = new Monitor(Analysis.ANALYZER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the in-memory monitor", e);
        }
    }

    @Override
    public synchronized void register(Collection<Profile> added) {
        List<MonitorQuery> queries = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Profile p : added) {
            if (p.name().indexOf(SEP) >= 0) {
                throw new IllegalArgumentException("profile name holds a tab: '" + p.name() + "'");
            }
            Profile old = profiles.put(p.name(), p);
            if (old != null) {
                stale.addAll(ids(old));
            }
            for (int i = 0; i < p.interestQueries.size(); i++) {
                queries.add(new MonitorQuery(p.name() + SEP + i, p.interestQueries.get(i)));
            }
            if (!p.followed.isEmpty()) {
                queries.add(new MonitorQuery(p.name() + SEP + AUTHORS, authorQuery(p)));
            }
        }
        try {
            if (!stale.isEmpty()) {
                monitor.deleteById(stale);
            }
            monitor.register(queries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register queries", e);
        }
    }

    /** Papers with a followed author's surname; {@link Ranker} then checks initials and given names. */
    private static Query authorQuery(Profile p) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (AuthorName a : p.followed) {
            String[] words = a.display().contains(",")
                    ? a.display().substring(0, a.display().indexOf(',')).strip().split("\\s+")
                    : a.display().strip().split("\\s+");
            String surname = words[words.length - 1];
            String folded = java.text.Normalizer.normalize(surname, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            b.add(new TermQuery(new Term(Analysis.AUTHOR, folded)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static List<String> ids(Profile p) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < p.interestQueries.size(); i++) {
            ids.add(p.name() + SEP + i);
        }
        if (!p.followed.isEmpty()) {
            ids.add(p.name() + SEP + AUTHORS);
        }
        return ids;
    }

    @Override
    public synchronized void remove(String profileName) {
        Profile old = profiles.remove(profileName);
        if (old != null) {
            try {
                monitor.deleteById(ids(old));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public synchronized int size() {
        return profiles.size();
    }

    @Override
    public synchronized Map<String, List<Match>> match(Collection<Paper> papers) {
        List<Paper> day = PaperMerger.merge(papers);
        Map<String, List<Match>> out = new LinkedHashMap<>();
        if (day.isEmpty()) {
            return out;
        }
        Document[] docs = new Document[day.size()];
        for (int ord = 0; ord < docs.length; ord++) {
            docs[ord] = PaperIndex.document(day.get(ord), ord);
        }
        MultiMatchingQueries<ScoringMatch> hits;
        try {
            hits = monitor.match(docs, ScoringMatch.matchWithSimilarity(new BM25Similarity()));
        } catch (IOException e) {
            throw new UncheckedIOException("matching the day against the monitor failed", e);
        }
        // Per profile: the BM25 score of each interest on each paper it matched, and the papers by followed authors.
        Map<String, float[][]> scores = new HashMap<>();
        Map<String, BitSet> candidates = new HashMap<>();
        for (int ord = 0; ord < day.size(); ord++) {
            for (ScoringMatch m : hits.getMatches(ord)) {
                String id = m.getQueryId();
                int sep = id.lastIndexOf(SEP);
                String name = id.substring(0, sep);
                Profile profile = profiles.get(name);
                candidates.computeIfAbsent(name, k -> new BitSet(day.size())).set(ord);
                String which = id.substring(sep + 1);
                if (!which.equals(AUTHORS)) {
                    float[][] s = scores.computeIfAbsent(name, k -> empty(profile.interests().size(), day.size()));
                    s[Integer.parseInt(which)][ord] = m.getScore();
                }
            }
        }
        try (PaperIndex index = PaperIndex.withOffsets(day)) {
            for (Profile profile : profiles.values()) {
                List<Ranker.SeedText> seeds = DaySeeds.of(profile, day);
                BitSet eligible = candidates.get(profile.name());
                if (!seeds.isEmpty()) {
                    eligible = null; // seed likeness can put any paper on the list
                } else if (eligible == null) {
                    continue;
                }
                float[][] known = scores.computeIfAbsent(profile.name(),
                        k -> empty(profile.interests().size(), day.size()));
                List<Match> matches = new Ranker(profile, index).rank(eligible, null, seeds, List.of(), known);
                if (!matches.isEmpty()) {
                    out.put(profile.name(), matches);
                }
            }
        }
        return out;
    }

    private static float[][] empty(int interests, int papers) {
        float[][] s = new float[interests][papers];
        for (float[] row : s) {
            Arrays.fill(row, Float.NaN);
        }
        return s;
    }

    @Override
    public synchronized void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
