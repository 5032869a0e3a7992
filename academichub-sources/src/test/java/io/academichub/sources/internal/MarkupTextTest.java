package io.academichub.sources.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link MarkupText}: the shared markup-to-text rules, each option on its own (constructed inputs). */
class MarkupTextTest {

    private static final MarkupText PLAIN = MarkupText.HTML;

    @Test
    void aLessThanStartsATagOnlyWhenANameAndAClosingBracketFollow() {
        assertThat(PLAIN.text("p < 0.05, p<0.01, a<b for n<3, x <- y")).isEqualTo("p < 0.05, p<0.01, a<b for n<3, x <- y");
        assertThat(PLAIN.text("<a href=\"x\">link</a> <br/> <img src=x /> end")).isEqualTo("link end");
        assertThat(PLAIN.text("a < b > c")).isEqualTo("a < b > c");
        assertThat(PLAIN.text("trailing <")).isEqualTo("trailing <");
    }

    @Test
    void namespacePrefixesAreIgnoredAndNamesCompareInLowerCase() {
        assertThat(PLAIN.text("<jats:p>One</jats:p><JATS:P>Two</JATS:P><mml:math><mml:mi>x</mml:mi></mml:math>-ray"))
                .isEqualTo("One Two x-ray");
        assertThat(PLAIN.text("<P>One</P><Br>Two")).isEqualTo("One Two");
    }

    @Test
    void blockElementsOfHtmlAndJatsKeepWordsApartOtherTagsAreDropped() {
        assertThat(PLAIN.text("<p>One.</p><p>Two.<br>Three</p><li>Four</li><h2>Five</h2>"))
                .isEqualTo("One. Two. Three Four Five");
        assertThat(PLAIN.text("<sec><title>A</title><p>B</p></sec><list-item>C</list-item><label>D</label>E"))
                .isEqualTo("A B C D E");
        assertThat(PLAIN.text("H<sub>2</sub>O in <i>vivo</i> and <span class=\"x\">s</span>pan"))
                .isEqualTo("H2O in vivo and span");
    }

    @Test
    void commentsDeclarationsScriptsAndStylesAreDroppedCdataIsKept() {
        assertThat(PLAIN.text("<?xml version=\"1.0\"?><!DOCTYPE html>a<!-- x > y -->b")).isEqualTo("ab");
        assertThat(PLAIN.text("a<script type=\"t\">if (a<b) x()</script>b<STYLE>p{}</STYLE>c")).isEqualTo("abc");
        assertThat(PLAIN.text("a<script>never closed")).isEqualTo("a");
        assertThat(PLAIN.text("x<![CDATA[ a<b & c ]]>y")).isEqualTo("x a<b & c y");
        assertThat(PLAIN.text("a<!-- never closed")).isEqualTo("a<!-- never closed");
    }

    @Test
    void entitiesAreDecodedAfterTagsAreFoundAndUnknownNamesKept() {
        assertThat(PLAIN.text("R&amp;D &#8211; 5&nbsp;&micro;m &#x3b1; &foo; AT&T &")).isEqualTo("R&D – 5 µm α &foo; AT&T &");
        assertThat(PLAIN.text("x &lt;i&gt; y")).isEqualTo("x <i> y");
    }

    @Test
    void whiteSpaceIsFoldedAndNullStaysNull() {
        assertThat(PLAIN.text("\n  <p>a\t b \u2009 c</p>  ")).isEqualTo("a b c");
        assertThat(PLAIN.text("")).isEmpty();
        assertThat(PLAIN.text(null)).isNull();
        assertThat(PLAIN.labelledText(null, t -> false)).isNull();
    }

    @Test
    void unicodeScriptsOnlyWhenEveryCharacterHasAForm() {
        MarkupText scripts = PLAIN.withUnicodeScripts();
        assertThat(scripts.text("CO<sub>2</sub>, <sup>9</sup>Be, Ca<sup>2−</sup>, x<SUP>n</SUP>, 10<sup>-12</sup>"))
                .isEqualTo("CO₂, ⁹Be, Ca²⁻, xⁿ, 10⁻¹²");
        assertThat(scripts.text("T<sub>reg</sub>, <sup>a b</sup>, <sub></sub>x")).isEqualTo("Treg, a b, x");
        // the inner subscript is converted first; the superscript then holds a '₂', which has no superscript form
        assertThat(scripts.text("<sup>1<sub>2</sub></sup>")).isEqualTo("1₂");
        assertThat(scripts.text("stray </sup>close")).isEqualTo("stray close");
        assertThat(PLAIN.text("CO<sub>2</sub>")).isEqualTo("CO2");
    }

    @Test
    void gapsWhereEmphasisIsGluedBetweenWordCharactersOnly() {
        MarkupText gaps = PLAIN.withGapsAroundGluedEmphasis();
        assertThat(gaps.text("targeting<jats:italic>SMARCB1</jats:italic>for")).isEqualTo("targeting SMARCB1 for");
        assertThat(gaps.text("(<i>MLH1</i>) and <b>bold</b>, x<sc>y</sc>.")).isEqualTo("(MLH1) and bold, x y.");
        assertThat(gaps.text("H<sub>2</sub>O")).isEqualTo("H2O");
        assertThat(gaps.text("a<i><b>b</b></i>c")).isEqualTo("a b c");
        assertThat(PLAIN.text("targeting<i>SMARCB1</i>for")).isEqualTo("targetingSMARCB1for");
        assertThat(PLAIN.withUnicodeScripts().withGapsAroundGluedEmphasis().text("in<i>CO<sub>2</sub> gas</i>x"))
                .isEqualTo("in CO₂ gas x");
    }

    @Test
    void sectionTitlesBecomeLabels() {
        assertThat(PLAIN.labelledText("<sec><title>Purpose</title><p>To test.</p></sec>"
                + "<sec><title>Conclusions:</title><p>It works.</p></sec><sec><title>Why?</title><p>Because.</p></sec>",
                t -> false)).isEqualTo("Purpose: To test. Conclusions: It works. Why? Because.");
        assertThat(PLAIN.labelledText("<p>Intro.</p><title>Notes</title>", t -> false)).isEqualTo("Intro. Notes");
        assertThat(PLAIN.labelledText("<title> </title><p>Text.</p>", t -> false)).isEqualTo("Text.");
        assertThat(PLAIN.labelledText("<title>Lost close<p>Text.</p>", t -> false)).isEqualTo("Lost close Text.");
    }

    @Test
    void onlyALeadingTitleIsOfferedForDropping() {
        assertThat(PLAIN.labelledText("<title>Abstract</title><p>One.</p><title>Abstract</title><p>Two.</p>",
                "Abstract"::equals)).isEqualTo("One. Abstract: Two.");
        assertThat(PLAIN.labelledText("<p>Lead.</p><title>Abstract</title><p>Two.</p>", "Abstract"::equals))
                .isEqualTo("Lead. Abstract: Two.");
    }

    @Test
    void formattingTagsAloneLeavePlainTextAlone() {
        assertThat(MarkupText.withoutFormattingTags("<i>In vivo</i> at <SUP>13</SUP>C and <jats>x</jats>"))
                .isEqualTo("In vivo at 13C and <jats>x</jats>");
        assertThat(MarkupText.withoutFormattingTags("a<b and c>d, p<0.05, <i class=\"x\">k</i>"))
                .isEqualTo("a<b and c>d, p<0.05, <i class=\"x\">k");
        assertThat(MarkupText.withoutFormattingTags(null)).isNull();
    }

    @Test
    void mathMlBecomesReadableUnicodeTextNeverSpacedOutTokens() {
        MarkupText markup = MarkupText.HTML.withUnicodeScripts();
        String helium = "Polarized <mml:math><mml:mmultiscripts>\n  <mml:mi>He</mml:mi>\n  <mml:mprescripts/>\n"
                + "  <mml:none/>\n  <mml:mn>3</mml:mn>\n</mml:mmultiscripts></mml:math> targets";
        String vo2 = "<math><mrow><mover><mi>V</mi><mo>˙</mo></mover><msub><mi>O</mi><mn>2</mn></msub></mrow></math>"
                + "<math><msub><mi/><mrow>\n<mi>m</mi>\n<mi>a</mi>\n<mi>x</mi>\n</mrow></msub></math> rose";

        assertThat(markup.text(helium)).isEqualTo("Polarized ³He targets");
        assertThat(markup.text(vo2)).isEqualTo("V\u0307O₂max rose");
        assertThat(markup.text("<math><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mfrac><mn>1</mn><mi>n</mi></mfrac>"
                + "</math>")).isEqualTo("x²+1/n");
        assertThat(markup.text("CO<sub>2</sub> and <i>K</i><sub>m</sub>")).isEqualTo("CO₂ and Km");
    }
}
