package io.academichub.sources.biorxiv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link BiorxivText} on the JATS flattening shapes the bioRxiv API sends. */
class BiorxivTextTest {

    @Test
    void smallCapsMarkersKeepTheirLettersInTheWord() {
        assertThat(BiorxivText.abstractText("the O_SCPLOWlacZC_SCPLOW reporter and O_SCPCAPDNAC_SCPCAP repair"))
                .isEqualTo("the lacZ reporter and DNA repair");
    }

    @Test
    void listItemsBecomeSentencesAndTheHeadingGetsAColon() {
        assertThat(BiorxivText.abstractText("Summary text.\n\nKey pointsO_LIFirst point.\nC_LIO_LISecond point.\nC_LI"))
                .isEqualTo("Summary text. Key points: First point. Second point.");
    }

    @Test
    void aHeadingAfterASentenceOnTheSameLineIsFound() {
        assertThat(BiorxivText.abstractText("BackgroundAs cells divide. MethodsWe counted them."))
                .isEqualTo("Background: As cells divide. Methods: We counted them.");
    }

    @Test
    void headingsInCapitalsAndOrdinaryWordsAreLeftAlone() {
        assertThat(BiorxivText.abstractText("RESULTSWe found. Results were mixed. Design matters."))
                .isEqualTo("RESULTSWe found. Results were mixed. Design matters.");
    }

    @Test
    void aFigureWithoutItsClosingMarkerIsDroppedToTheEnd() {
        assertThat(BiorxivText.abstractText("Main text.\n\nO_FIG O_LINKSMALLFIG WIDTH=200 SRC=\"FIGDIR/small/x.gif\">"
                + " View larger version (9K): org.highwire.dtl.DTLVardef@beef"))
                .isEqualTo("Main text.");
    }

    @Test
    void displayFiguresAndTablesAreDropped() {
        assertThat(BiorxivText.abstractText("Before O_FIG_DISPLAY_L [Figure 1] M_FIG caption C_FIG_DISPLAY after "
                + "O_TBL View this table: org.highwire.dtl.DTLVardef@1f C_TBL end."))
                .isEqualTo("Before after end.");
    }

    @Test
    void aLeadingAbstractHeadingIsDropped() {
        assertThat(BiorxivText.abstractText("Abstract: We show.")).isEqualTo("We show.");
        assertThat(BiorxivText.abstractText("ABSTRACTWe show.")).isEqualTo("We show.");
        assertThat(BiorxivText.abstractText("Abstracts of talks were read.")).isEqualTo("Abstracts of talks were read.");
    }

    @Test
    void noAbstractIsTheEmptyString() {
        assertThat(BiorxivText.abstractText(null)).isEmpty();
        assertThat(BiorxivText.abstractText(" \n ")).isEmpty();
    }

    @Test
    void titlesLoseInlineTagsAndKeepMath() {
        assertThat(BiorxivText.title("<i>In vivo</i> imaging at $O(N^2)$ cost &amp; <sup>13</sup>C"))
                .isEqualTo("In vivo imaging at $O(N^2)$ cost & 13C");
    }
}
