package io.academichub.sources.crossref;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JatsText} on the markup Crossref passes through (constructed inputs, each a case seen in deposits). */
class JatsTextTest {

    @Test
    void inlineTagsGoSubscriptsStayGlued() {
        assertThat(JatsText.inline("CO<sub>2</sub> uptake in <i>Arabidopsis</i>")).isEqualTo("CO2 uptake in Arabidopsis");
        assertThat(JatsText.inline("<mml:math><mml:mi>x</mml:mi></mml:math>-ray")).isEqualTo("x-ray");
    }

    @Test
    void emphasisGluedToWordsGetsItsSpacesBack() {
        assertThat(JatsText.inline("variants in<jats:italic>MLH1</jats:italic>via selection"))
                .isEqualTo("variants in MLH1 via selection");
        assertThat(JatsText.inline("(<jats:italic>MLH1</jats:italic>)")).isEqualTo("(MLH1)");
    }

    @Test
    void entitiesAreDecodedAndUnknownOnesKept() {
        assertThat(JatsText.inline("R&amp;D &#8211; 5&nbsp;&micro;m &#x3b1; &foo; AT&T"))
                .isEqualTo("R&D \u2013 5 \u00b5m \u03b1 &foo; AT&T");
    }

    @Test
    void aBareLessThanIsText() {
        assertThat(JatsText.inline("p < 0.05 and p<0.01")).isEqualTo("p < 0.05 and p<0.01");
    }

    @Test
    void sectionsKeepTheirTitlesAsLabels() {
        assertThat(JatsText.abstractText("<jats:sec><jats:title>Purpose</jats:title><jats:p>To test.</jats:p>"
                + "</jats:sec><jats:sec><jats:title>Conclusions:</jats:title><jats:p>It works.</jats:p></jats:sec>"))
                .isEqualTo("Purpose: To test. Conclusions: It works.");
        assertThat(JatsText.abstractText("<jats:title>Summary</jats:title><jats:p>Only text.</jats:p>"))
                .isEqualTo("Only text.");
        assertThat(JatsText.abstractText(null)).isEmpty();
    }
}
