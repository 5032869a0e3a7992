package io.academichub.llm.internal;

import io.academichub.text.TexAccents;
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

    /**
     * The stock words of academic prose: they say how a paper is written, not what it is about, so they never name
     * a theme, start or end a phrase, or make a bridge. The last lines were added after reading the themes and bridges
     * of arXiv's 2024-11-28 day, which these words named ("test · real · world", "“contribute” links cs and econ").
     */
    private static final Set<String> STOCK_WORDS = Set.of(
            "paper", "propose", "proposed", "present", "show", "result", "results", "method", "methods",
            "approach", "also", "use", "using", "used", "based", "new", "study", "work", "can", "however",
            "two", "one", "first", "well", "via", "thus", "these", "our", "we", "here", "further", "provide",
            "demonstrate", "find", "obtain", "et", "al", "i.e", "e.g", "within", "both", "while", "such", "many",
            "several", "different", "various", "important", "significant", "significantly", "novel", "existing",
            "recent", "achieve", "problem", "approaches", "performance", "framework", "analysis", "introduce",
            "investigate", "consider", "given", "allow", "allows", "shows", "shown", "beyond", "due", "respectively",
            "able", "without", "across", "between", "under", "over", "among", "more", "most", "less", "other",
            "three", "way", "ways", "terms", "form", "make", "like", "even", "whether", "let", "related", "known",
            "called", "certain",
            "contribute", "contributes", "contribution", "contributions", "scenario", "scenarios", "real", "world",
            "real-world", "test", "tests", "task", "tasks", "setting", "settings", "challenge", "challenges",
            "challenging", "improve", "improves", "improved", "improving", "improvement", "improvements", "enable",
            "enables", "enabling", "leverage", "leverages", "leveraging", "capabilities", "capability", "derived",
            "derive", "state-of-the-art", "effectiveness", "effective", "efficient", "efficiently", "enhance",
            "enhances", "enhancing", "address", "addresses", "addressing", "aim", "aims", "potential", "remain",
            "remains", "still", "often", "typically", "particular", "particularly", "specific", "including", "every");

    /**
     * Words too common to tell a theme alone ("models", "large", "data"), though a phrase may hold them: "large
     * language models".
     */
    private static final Set<String> GENERIC_WORDS = Set.of(
            "model", "models", "data", "value", "values", "high", "higher", "low", "lower", "large",
            "small", "order", "case", "cases", "number", "set", "type", "types", "effect", "effects", "property",
            "properties", "general", "key", "function", "functions");

    /** Letters joined by a hyphen: "real-world", "fine-tuning", "multi-agent" are one word, not two. */
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    /** What a hyphen becomes inside a token, so that the standard tokenizer keeps the word whole. */
    private static final String JOINER = "_";

    private static final Pattern TEX_COMMAND = Pattern.compile("\\\\[A-Za-z]+");

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            // TeX commands ($\\mathcal{O}$, \\bar{K}) are markup, not words.
            return new PatternReplaceCharFilter(HYPHEN, JOINER,
                    new PatternReplaceCharFilter(TEX_COMMAND, "", reader));
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            s = new StopFilter(s, StopFilter.makeStopSet(tokens(STOCK_WORDS)));
            s = new StopFilter(s, StopFilter.makeStopSet(tokens(GENERIC_WORDS)));
            s = new KeywordRepeatFilter(s); // each word twice: as written (keyword), then stemmed
            s = new PorterStemFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    private TextTerms() {
    }

    /**
     * The content terms of {@code text} in order, with repeats; TeX accents are read as the letters they write.
     * Numbers, single letters and TeX fragments are left out: they name nothing.
     *
     * @param text the text
     * @return the content terms of {@code text} in order, with repeats
     */
    public static List<Term> terms(String text) {
        List<Term> terms = new ArrayList<>();
        // TeX accents as the letters they write: "Schr\\"odinger" is one word, not "schr" and "odinger"
        try (TokenStream ts = ANALYZER.tokenStream("", TexAccents.toUnicode(text))) {
            CharTermAttribute chars = ts.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            ts.reset();
            String word = null;
            while (ts.incrementToken()) {
                if (keyword.isKeyword()) {
                    word = chars.toString().replace(JOINER, "-");
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

    /**
     * Whether {@code word} (lower case) is a stop word or a stock word of academic prose ("contribute",
     * "scenarios", "real-world"), which names nothing.
     *
     * @param word a word, lower case
     * @return whether {@code word} is a stop word or a stock word of academic prose
     */
    public static boolean isStock(String word) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word) || STOCK_WORDS.contains(word);
    }

    /**
     * Whether {@code word} (lower case) is too common to tell a theme alone, though a phrase may hold it ("large",
     * "models").
     *
     * @param word a word, lower case
     * @return whether {@code word} is too common to tell a theme alone
     */
    public static boolean isGeneric(String word) {
        return GENERIC_WORDS.contains(word);
    }

    /** The words as the tokenizer sees them: a hyphen inside a word joins it. */
    private static List<String> tokens(Set<String> words) {
        return words.stream().map(w -> HYPHEN.matcher(w).replaceAll(JOINER)).sorted().toList();
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
