package io.academichub.llm.internal;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.testing.SamplePapers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldNamesTest {

    /** arXiv's archives today (arxiv.org/category_taxonomy). */
    private static final List<String> ARCHIVES = List.of("astro-ph", "cond-mat", "cs", "econ", "eess", "gr-qc",
            "hep-ex", "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "nlin", "nucl-ex", "nucl-th", "physics",
            "q-bio", "q-fin", "quant-ph", "stat");

    @Test
    void everyArxivArchiveHasAReadableNameInEnglishChineseAndJapanese() {
        for (String archive : ARCHIVES) {
            String en = FieldNames.of(archive, "en");
            // words, not codes ("physics" is both)
            assertThat(en).as(archive).matches("[a-z ()]+").isNotIn("cs", "econ", "eess", "math", "nlin", "stat");
            assertThat(FieldNames.of(archive, "zh")).as(archive).matches("[\\p{IsHan}（）]+");
            assertThat(FieldNames.of(archive, "ja")).as(archive).matches("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー（）]+");
        }
        assertThat(FieldNames.of("cs", "en")).isEqualTo("computer science");
        assertThat(FieldNames.of("cs", "zh")).isEqualTo("计算机科学");
        assertThat(FieldNames.of("eess", "en")).isEqualTo("electrical engineering");
        assertThat(FieldNames.of("q-bio", "zh")).isEqualTo("定量生物学");
        assertThat(FieldNames.of("quant-ph", "ja")).isEqualTo("量子物理学");
        assertThat(FieldNames.of("solv-int", "en")).isEqualTo("exactly solvable systems"); // an old archive
    }

    @Test
    void otherLanguagesGetEnglishAndASubjectIsKeptAsWritten() {
        assertThat(FieldNames.of("math", "fr")).isEqualTo("mathematics");
        assertThat(FieldNames.of("microbiology", "zh")).isEqualTo("microbiology");
    }

    @Test
    void aPaperIsInItsArchiveOrSubjectAndAJournalIsNoField() {
        assertThat(PaperFields.of(SamplePapers.minimalArxiv("2411.17700").categories(List.of("cs.CY", "cs.AI"))
                .build())).isEqualTo("cs");
        assertThat(PaperFields.of(SamplePapers.minimalArxiv("2411.18220").categories(List.of("quant-ph")).build()))
                .isEqualTo("quant-ph");
        Paper.Builder journal = Paper.builder(PaperId.doi("10.1038/s41586-024-08000-0")).source("nature")
                .title("A paper in Nature").published(LocalDate.of(2024, 11, 28))
                .url(URI.create("https://www.nature.com/articles/s41586-024-08000-0"));
        assertThat(PaperFields.of(journal.build())).isEqualTo(PaperFields.UNKNOWN);
        assertThat(FieldNames.of(PaperFields.of(journal.build()), "en")).isEqualTo("field not given");
        assertThat(FieldNames.of(PaperFields.UNKNOWN, "zh")).isEqualTo("领域未注明");
        assertThat(PaperFields.of(journal.categories(List.of("Microbiology")).build())).isEqualTo("microbiology");
    }
}
