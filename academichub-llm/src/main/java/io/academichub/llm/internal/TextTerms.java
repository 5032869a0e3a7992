package io.academichub.llm.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one analysis of text into content terms, used by theme finding, key sentences and citation support, so that
 * they agree on what a term is: Lucene's standard tokenizer, lower case, English stop words, Porter stems. Each term
 * keeps the word it came from, for naming themes in words a reader knows ("networks", not "network").
 *
 * <p>Thread-safe: Lucene analyzers reuse their token streams per thread.
 */
public final class TextTerms {

    /** A content term: its stem and the word as written (lower case). */
    public record Term(String stem, String word) {
    }

    private static final Set<String> EXTRA_STOP_WORDS = Set.of(
            // Words every abstract uses; they name no theme.
            "paper", "propose", "proposed", "present", "show", "result", "results", "method", "methods",
            "approach", "also", "use", "using", "used", "based", "new", "study", "work", "can", "however",
            "two", "one", "first", "well", "via", "thus", "these", "our", "we", "here", "further", "provide",
            "demonstrate", "find", "obtain", "et", "al", "i.e", "e.g", "within", "both", "while", "such", "many",
            "several", "different", "various", "important", "significant", "significantly", "novel", "existing",
            "recent", "achieve", "problem", "approaches", "performance", "model", "models", "data", "framework",
            "analysis", "introduce", "investigate", "consider", "given", "allow", "allows", "shows", "shown",
            "beyond", "value", "values", "high", "higher", "low", "lower", "large", "small", "order", "case", "cases",
            "number", "set", "type", "types", "effect", "effects", "property", "properties", "general", "key",
            "able", "without", "across", "between", "under", "over", "among", "due", "respectively", "more", "most",
            "less", "other", "three", "way", "ways", "terms", "form", "make", "like", "even", "whether", "let",
            "related", "known", "called", "certain", "function", "functions");

    private static final Pattern TEX_COMMAND = Pattern.compile("\\\\[A-Za-z]+");

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            // TeX commands ($\\mathcal{O}$, \\bar{K}) are markup, not words.
            return new PatternReplaceCharFilter(TEX_COMMAND, "", reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            s = new StopFilter(s, StopFilter.makeStopSet(List.copyOf(EXTRA_STOP_WORDS)));
            s = new KeywordRepeatFilter(s); // each word twice: as written (keyword), then stemmed
            s = new PorterStemFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    private TextTerms() {
    }

    /**
     * The content terms of {@code text} in order, with repeats. Numbers, single letters and TeX fragments are left
     * out: they name nothing.
     *
     * @param text the text
     * @return the content terms of {@code text} in order, with repeats
     */
    public static List<Term> terms(String text) {
        List<Term> terms = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("", text)) {
            CharTermAttribute chars = ts.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            ts.reset();
            String word = null;
            while (ts.incrementToken()) {
                if (keyword.isKeyword()) {
                    word = chars.toString();
                } else if (word != null) {
                    String stem = chars.toString();
                    if (isContent(word)) {
                        terms.add(new Term(stem, word));
                    }
                    word = null;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        return terms;
    }

    /**
     * The distinct stems of {@code text}.
     *
     * @param text the text
     * @return the distinct stems of {@code text}
     */
    public static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (Term t : terms(text)) {
            stems.add(t.stem());
        }
        return stems;
    }

    private static boolean isContent(String word) {
        // Ideographs come one per token and carry meaning alone; other scripts need two letters.
        if (Character.isIdeographic(word.codePointAt(0))) {
            return true;
        }
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
