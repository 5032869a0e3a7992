package io.academichub.radar;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The yardstick a query's BM25 score is divided by, so that a score means the same on any day: the score of the
 * query's best <em>minimal</em> match, computed from the query itself. BM25 (Lucene's form) gives a term at most
 * {@code idf × boost}, reached as its frequency grows; a phrase the sum of its terms'. A conjunction needs all its
 * clauses, so its yardstick is their sum; a disjunction needs one, so it is its best branch. Because the yardstick
 * and the score use the same day's idf, the day's vocabulary cancels out; nothing is divided by the day's best paper.
 *
 * <p>For a "more like this" query (many optional terms) {@link #fullCoverage} sums every clause instead: how much of
 * the seed's vocabulary a paper covers.
 */
final class QueryScale {

    private final IndexSearcher searcher;
    private final IndexReader reader;

    QueryScale(IndexSearcher searcher) {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
    }

    /** The best minimal match's score; {@code 0} for a query that cannot match today. */
    double yardstick(Query rewritten) {
        return max(rewritten, 1.0, false);
    }

    /** The score of a paper holding every term of the query (for "more like this" queries). */
    double fullCoverage(Query rewritten) {
        return max(rewritten, 1.0, true);
    }

    private double max(Query q, double boost, boolean sumOptional) {
        if (q instanceof BoostQuery b) {
            return max(b.getQuery(), boost * b.getBoost(), sumOptional);
        }
        if (q instanceof TermQuery t) {
            return idf(t.getTerm()) * boost;
        }
        if (q instanceof PhraseQuery p) {
            double sum = 0;
            for (Term t : p.getTerms()) {
                double idf = idf(t);
                if (idf == 0) {
                    return 0; // a phrase with a word nobody used today cannot match
                }
                sum += idf;
            }
            return sum * boost;
        }
        if (q instanceof MultiPhraseQuery mp) {
            double sum = 0;
            for (Term[] position : mp.getTermArrays()) {
                double best = 0;
                for (Term t : position) {
                    best = Math.max(best, idf(t));
                }
                sum += best;
            }
            return sum * boost;
        }
        if (q instanceof SynonymQuery s) {
            double best = 0;
            for (Term t : s.getTerms()) {
                best = Math.max(best, idf(t));
            }
            return best * boost;
        }
        if (q instanceof BooleanQuery bq) {
            double required = 0;
            double optionalBest = 0;
            double optionalSum = 0;
            boolean anyOptional = false;
            for (BooleanClause c : bq.clauses()) {
                switch (c.getOccur()) {
                    case MUST -> required += max(c.getQuery(), boost, sumOptional);
                    case SHOULD -> {
                        double m = max(c.getQuery(), boost, sumOptional);
                        anyOptional = true;
                        optionalBest = Math.max(optionalBest, m);
                        optionalSum += m;
                    }
                    default -> { } // FILTER and MUST_NOT do not score
                }
            }
            return required + (anyOptional ? (sumOptional ? optionalSum : optionalBest) : 0);
        }
        if (q instanceof DisjunctionMaxQuery d) {
            double best = 0;
            for (Query disjunct : d.getDisjuncts()) {
                best = Math.max(best, max(disjunct, boost, sumOptional));
            }
            return best;
        }
        if (q instanceof MatchNoDocsQuery) {
            return 0;
        }
        if (q instanceof ConstantScoreQuery) {
            return boost;
        }
        return boost; // wildcard and prefix queries rewrite to constant scores of their boost
    }

    private double idf(Term term) {
        try {
            int df = reader.docFreq(term);
            if (df == 0) {
                return 0;
            }
            CollectionStatistics stats = searcher.collectionStatistics(term.field());
            long n = stats == null ? reader.maxDoc() : stats.docCount();
            // Lucene's BM25Similarity.idf
            return Math.log(1 + (n - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
