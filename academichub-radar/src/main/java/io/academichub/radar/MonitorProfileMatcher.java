package io.academichub.radar;

import io.academichub.PaperMerger;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ProfileMatcher#monitor(java.util.Locale)}: every profile's interest queries, and a surname query per profile's followed
 * authors, live in a Lucene {@link Monitor}. Each of the day's papers goes through it on its own, so its presearcher
 * picks the few queries that share a term with the paper; a profile none of whose queries matched a paper is done.
 * The profiles that matched are ranked by the same {@link Ranker} the single-profile radar uses, over one index of
 * the day (BM25 needs the day's statistics), for the papers they matched only. Profiles with seeds are ranked over
 * the whole day, since seed likeness needs no query word to match.
 */
final class MonitorProfileMatcher implements ProfileMatcher {

    private static final char SEP = '\t';
    private static final String AUTHORS = "authors";
    /** A field of the monitor's documents only: the surname key of each byline name (see {@link AuthorName}). */
    static final String SURNAME_KEY = "surname-key";

    /**
     * Presearcher passes: with one, a phrase or conjunction is picked by one of its words, and a paper holding only
     * that word runs it; with two, it must hold a second one too. On the benchmark's 10,000 profiles a paper ran 1,788
     * candidate queries with one pass and 254 with two (139 of them match); a third pass picked no fewer.
     */
    private static final int PRESEARCH_PASSES = 2;

    private final Monitor monitor;
    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private final ReasonWords words;

    MonitorProfileMatcher(ReasonWords words) {
        this.words = words;
        try {
            monitor = new Monitor(Analysis.ANALYZER, new MultipassTermFilteredPresearcher(PRESEARCH_PASSES));
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

    /**
     * Papers with a byline name whose surname is a followed author's, as {@link AuthorName} reads surnames (particles
     * and spaces ignored: "Yann Le Cun" is found for "Yann LeCun", "J. D. Van der Waals" for "van der Waals");
     * {@link Ranker} then checks the given names.
     */
    private static Query authorQuery(Profile p) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (AuthorName a : p.followed) {
            b.add(new TermQuery(new Term(SURNAME_KEY, a.surnameKey())), BooleanClause.Occur.SHOULD);
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
        Map<String, BitSet> candidates = candidates(day);
        try (PaperIndex index = PaperIndex.withOffsets(day, profiles.values())) {
            for (Profile profile : profiles.values()) {
                List<Ranker.SeedText> seeds = DaySeeds.of(profile, day);
                BitSet eligible = candidates.get(profile.name());
                if (!seeds.isEmpty()) {
                    eligible = null; // seed likeness can put any paper on the list
                } else if (eligible == null) {
                    continue; // no query of the profile matched a paper today
                }
                List<Match> matches = new Ranker(profile, index, words).rank(eligible, null, seeds, List.of());
                if (!matches.isEmpty()) {
                    out.put(profile.name(), matches);
                }
            }
        }
        return out;
    }

    /**
     * Per profile, the papers (by ord) that one of its interests or its followed authors' surnames match. Each paper
     * goes through the monitor on its own: a whole day's batch holds nearly every word, and its presearcher would let
     * every query through.
     */
    private Map<String, BitSet> candidates(List<Paper> day) {
        Map<String, BitSet> candidates = new HashMap<>();
        for (int ord = 0; ord < day.size(); ord++) {
            Paper paper = day.get(ord);
            MatchingQueries<QueryMatch> hits;
            try {
                hits = monitor.match(document(paper, ord), QueryMatch.SIMPLE_MATCHER);
            } catch (IOException e) {
                throw new UncheckedIOException("matching paper " + paper.id() + " against the monitor failed", e);
            }
            if (!hits.getErrors().isEmpty()) {
                Map.Entry<String, Exception> first = hits.getErrors().entrySet().iterator().next();
                throw new IllegalStateException("query '" + first.getKey().replace(SEP, ' ') + "' failed on paper "
                        + paper.id() + ": " + first.getValue().getMessage(), first.getValue());
            }
            for (QueryMatch m : hits.getMatches()) {
                String id = m.getQueryId();
                candidates.computeIfAbsent(id.substring(0, id.lastIndexOf(SEP)), k -> new BitSet(day.size())).set(ord);
            }
        }
        return candidates;
    }

    /** The paper as the radar indexes it, plus the surname key of each byline name, for the author queries. */
    static Document document(Paper paper, int ord) {
        Document doc = PaperIndex.document(paper, ord);
        for (Author author : paper.authors()) {
            String key = AuthorName.surnameKeyOf(author.name());
            if (key != null) {
                doc.add(new StringField(SURNAME_KEY, key, Field.Store.NO));
            }
        }
        return doc;
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
