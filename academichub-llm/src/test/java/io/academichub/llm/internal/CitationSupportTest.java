package io.academichub.llm.internal;

import io.academichub.llm.briefing.RealPapers;
import io.academichub.model.Paper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitationSupportTest {

    private final List<Paper> papers = RealPapers.sample100();

    @Test
    void aStatementSharingThePapersTermsIsSupported() {
        CitationSupport s = new CitationSupport(papers);
        // Paper 2: "Hybrid Quantum Deep Learning Model for Emotion Detection using raw EEG Signal Analysis".
        s.add("A hybrid quantum model recognises emotions from EEG signals.", List.of(2));
        assertThat(s.pairs()).isEqualTo(1);
        assertThat(s.share()).isEqualTo(1.0);
    }

    @Test
    void aStatementCitingAnUnrelatedPaperIsNot() {
        CitationSupport s = new CitationSupport(papers);
        // Paper 1 is on generative AI and cross-border e-commerce in Tianjin.
        s.add("A hybrid quantum model recognises emotions from EEG signals.", List.of(1, 2));
        assertThat(s.pairs()).isEqualTo(2);
        assertThat(s.share()).isEqualTo(0.5);
    }

    @Test
    void nothingCitedIsVacuouslySupported() {
        assertThat(new CitationSupport(papers).share()).isEqualTo(1.0);
    }
}
