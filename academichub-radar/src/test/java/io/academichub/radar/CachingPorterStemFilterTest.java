package io.academichub.radar;

import io.academichub.model.Paper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The cached stems are Lucene's Porter stems, token for token, on the real arXiv day of 2024-11-28. */
class CachingPorterStemFilterTest {

    private static final List<Paper> DAY = RealDay.papers();

    /** Every token as term, position increment and offsets. */
    private static List<String> tokens(Function<TokenStream, TokenStream> stemmer, List<String> texts)
            throws IOException {
        List<String> out = new ArrayList<>();
        Tokenizer tokenizer = new StandardTokenizer();
        try (TokenStream chain = stemmer.apply(new LowerCaseFilter(tokenizer))) {
            CharTermAttribute term = chain.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = chain.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = chain.addAttribute(OffsetAttribute.class);
            for (String text : texts) {
                tokenizer.setReader(new StringReader(text));
                chain.reset();
                while (chain.incrementToken()) {
                    out.add(term + " " + position.getPositionIncrement() + " " + offset.startOffset() + "-"
                            + offset.endOffset());
                }
                chain.end();
                chain.close();
            }
        }
        return out;
    }

    @Test
    void givesThePorterStemOfEveryWordOfTheDay() throws IOException {
        List<String> texts = DAY.stream().map(p -> p.title() + "\n" + p.abstractText()).toList();

        List<String> porter = tokens(PorterStemFilter::new, texts);
        List<String> cached = tokens(CachingPorterStemFilter::new, texts);

        assertThat(porter).hasSizeGreaterThan(200_000);
        assertThat(cached).isEqualTo(porter);
        assertThat(porter).anyMatch(t -> t.startsWith("decod ")); // "decoders", "decoding"
    }

    @Test
    void staysRightWhenTheBoundEmptiesTheCacheAgainAndAgain() throws IOException {
        List<String> texts = DAY.stream().map(Paper::abstractText).toList();

        List<String> porter = tokens(PorterStemFilter::new, texts);
        List<String> cached = tokens(in -> new CachingPorterStemFilter(in, 100), texts);

        assertThat(cached).isEqualTo(porter);
    }
}
