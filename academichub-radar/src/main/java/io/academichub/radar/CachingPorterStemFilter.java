package io.academichub.radar;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;
import java.util.Arrays;

/**
 * Lucene's {@link PorterStemFilter}, remembering the stem of each word it has seen. A batch of 100,000 abstracts holds
 * some 20 million words but only tens of thousands of distinct ones, and stemming was a third of the time spent
 * indexing them; a lookup costs a fraction of a stemming. The stems are Lucene's own (a word not yet seen goes
 * through a {@code PorterStemFilter}), so the output is the same token for token. The cache is bounded: it is emptied
 * when it reaches {@value #MAX_WORDS} words. Like every token filter it serves one thread (Lucene's analyzers keep
 * one chain per thread).
 */
final class CachingPorterStemFilter extends TokenFilter {

    /** About 2 MB of words and stems at most. */
    static final int MAX_WORDS = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1 << 12, false);

    private final OneWord word = new OneWord();
    private final TokenStream stemmer = new PorterStemFilter(word);
    private final CharTermAttribute stemmed = stemmer.getAttribute(CharTermAttribute.class);

    private final int maxWords;

    CachingPorterStemFilter(TokenStream input) {
        this(input, MAX_WORDS);
    }

    /** With another bound, for tests. */
    CachingPorterStemFilter(TokenStream input, int maxWords) {
        super(input);
        this.maxWords = maxWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true; // as PorterStemFilter: a keyword is not stemmed
        }
        char[] stem = stems.get(term.buffer(), 0, term.length());
        if (stem == null) {
            stem = stem(term.buffer(), term.length());
            if (stems.size() >= maxWords) {
                stems.clear();
            }
            stems.put(Arrays.copyOf(term.buffer(), term.length()), stem);
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }

    private char[] stem(char[] buffer, int length) throws IOException {
        word.set(buffer, length);
        stemmer.incrementToken();
        return Arrays.copyOf(stemmed.buffer(), stemmed.length());
    }

    /** A stream of the one word to be stemmed, feeding the real {@link PorterStemFilter}. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private boolean pending;

        void set(char[] buffer, int length) {
            clearAttributes();
            term.copyBuffer(buffer, 0, length);
            pending = true;
        }

        @Override
        public boolean incrementToken() {
            boolean out = pending;
            pending = false;
            return out;
        }
    }
}
