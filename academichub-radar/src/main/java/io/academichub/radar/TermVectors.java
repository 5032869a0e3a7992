package io.academichub.radar;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Papers as tf-idf vectors over the radar's own analysis of title and abstract (the features arxiv-sanity-lite's
 * classifiers use, with the radar's English analyzer and stemming instead of a second one): sublinear term
 * frequency {@code 1 + ln tf}, smoothed idf {@code 1 + ln((N + 1)/(df + 1))} from the day's index, unit length.
 *
 * <p>Terms get ids in the order they are first seen, so the same texts in the same order give the same vectors.
 */
final class TermVectors {

    /** A sparse unit vector: term ids ascending, with their weights. */
    record Vector(int[] terms, double[] weights) {

        /** The dot product with dense weights indexed by term id (ids past the end count 0). */
        double dot(double[] dense) {
            double sum = 0;
            for (int k = 0; k < terms.length; k++) {
                if (terms[k] < dense.length) {
                    sum += weights[k] * dense[terms[k]];
                }
            }
            return sum;
        }

        /** The cosine with another unit vector. */
        double dot(Vector other) {
            double sum = 0;
            for (int a = 0, b = 0; a < terms.length && b < other.terms.length; ) {
                int c = Integer.compare(terms[a], other.terms[b]);
                if (c == 0) {
                    sum += weights[a++] * other.weights[b++];
                } else if (c < 0) {
                    a++;
                } else {
                    b++;
                }
            }
            return sum;
        }
    }

    private final IndexReader reader;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Double> idf = new ArrayList<>();
    /** For each term id, the first word in a text that stemmed to it, for reasons ("decoders", not "decod"). */
    private final List<String> words = new ArrayList<>();

    TermVectors(IndexReader reader) {
        this.reader = reader;
    }

    /** The number of distinct terms seen so far; every id is below it. */
    int dimensions() {
        return idf.size();
    }

    /** A word of the texts that analyses to the term. */
    String word(int term) {
        return words.get(term);
    }

    Vector of(Seed paper) {
        String text = paper.title() + "\n" + paper.abstractText();
        Map<Integer, Integer> counts = new TreeMap<>();
        try (TokenStream tokens = Analysis.ANALYZER.tokenStream(Analysis.ABSTRACT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                int id = id(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
                counts.merge(id, 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing " + paper.label() + " failed", e);
        }
        int[] terms = new int[counts.size()];
        double[] weights = new double[counts.size()];
        double norm = 0;
        int k = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            terms[k] = e.getKey();
            weights[k] = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
            norm += weights[k] * weights[k];
            k++;
        }
        norm = Math.sqrt(norm);
        for (k = 0; k < weights.length; k++) {
            weights[k] /= norm;
        }
        return new Vector(terms, weights);
    }

    private int id(String term, String word) {
        Integer known = ids.get(term);
        if (known != null) {
            return known;
        }
        int df;
        try {
            df = reader.docFreq(new Term(Analysis.ABSTRACT, term));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory index failed", e);
        }
        int id = idf.size();
        ids.put(term, id);
        idf.add(1 + Math.log((reader.numDocs() + 1.0) / (df + 1.0)));
        words.add(word.toLowerCase(Locale.ROOT));
        return id;
    }
}
