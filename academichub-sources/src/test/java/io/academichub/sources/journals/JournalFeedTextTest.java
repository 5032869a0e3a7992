package io.academichub.sources.journals;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link FeedText}: journal-feed HTML to clean text. */
class JournalFeedTextTest {

    @Test
    void subAndSuperscriptsBecomeUnicodeWhenEveryCharacterHasAForm() {
        assertThat(FeedText.fromHtml("Precision spectroscopy on <sup>9</sup>Be")).isEqualTo("Precision spectroscopy on ⁹Be");
        assertThat(FeedText.fromHtml("CO<sub>2</sub> and H<sub>2</sub>O")).isEqualTo("CO₂ and H₂O");
        assertThat(FeedText.fromHtml("Be<sup>3+</sup>, Ca<sup>2−</sup>, x<SUP>n</SUP>")).isEqualTo("Be³⁺, Ca²⁻, xⁿ");
        assertThat(FeedText.fromHtml("10<sup>−12</sup> s")).isEqualTo("10⁻¹² s");
    }

    @Test
    void subAndSuperscriptsWithoutAUnicodeFormStayPlain() {
        assertThat(FeedText.fromHtml("myeloid and T<sub>reg</sub> cells")).isEqualTo("myeloid and Treg cells");
        assertThat(FeedText.fromHtml("CD8<sup>+</sup> T<sub>RM</sub> cells")).isEqualTo("CD8⁺ TRM cells");
        assertThat(FeedText.fromHtml("<sup>a b</sup>")).isEqualTo("a b");
    }

    @Test
    void tagsGoAndBlockTagsKeepWordsApart() {
        assertThat(FeedText.fromHtml("<i>Ambula tardus</i> on <b>Planet</b> IN-409")).isEqualTo("Ambula tardus on Planet IN-409");
        assertThat(FeedText.fromHtml("<p>One.</p><p>Two.<br/>Three</p>")).isEqualTo("One. Two. Three");
        assertThat(FeedText.fromHtml("a<!-- hidden -->b<script>alert(1)</script>c<style>p{}</style>d")).isEqualTo("abcd");
        assertThat(FeedText.fromHtml("<a href=\"https://doi.org/x\">doi:10.1/x</a>")).isEqualTo("doi:10.1/x");
    }

    @Test
    void aLessThanThatOpensNoTagIsText() {
        assertThat(FeedText.fromHtml("p < 0.05 and a<b for n<3")).isEqualTo("p < 0.05 and a<b for n<3");
        assertThat(FeedText.fromHtml("x &lt;i&gt; y")).isEqualTo("x <i> y");
    }

    @Test
    void entitiesAreDecodedAndUnknownNamesKept() {
        assertThat(FeedText.fromHtml("Q&amp;A &ndash; 5&nbsp;&deg;C, &alpha;&beta; &#8722;1 &#x3b3;&#x3B4; &copy;"))
                .isEqualTo("Q&A – 5 °C, αβ −1 γδ ©");
        assertThat(FeedText.fromHtml("M&uuml;ller &amp; Ko&#263;")).isEqualTo("Müller & Koć");
        assertThat(FeedText.fromHtml("AT&T &madeup; &")).isEqualTo("AT&T &madeup; &");
    }

    @Test
    void whiteSpaceIsFolded() {
        assertThat(FeedText.fromHtml("\n   <p>Nature,\tPublished \u2009 online</p>  ")).isEqualTo("Nature, Published online");
        assertThat(FeedText.fromPlain("  a \n b  ")).isEqualTo("a b");
        assertThat(FeedText.fromHtml(null)).isNull();
    }
}
