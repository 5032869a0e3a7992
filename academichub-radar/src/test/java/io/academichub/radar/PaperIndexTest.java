package io.academichub.radar;

import io.academichub.model.Paper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory index of the real arXiv day of 2024-11-28, written whole or in parts on several threads. */
class PaperIndexTest {

    private static final List<Paper> DAY = RealDay.papers();

    private static List<Match> rank(Profile profile, int parts, boolean offsets) {
        assertThat(PaperIndex.fieldsFor(List.of(profile))).doesNotContain(Analysis.SOURCE);
        return rank(profile, parts, offsets, PaperIndex.fieldsFor(List.of(profile)));
    }

    private static List<Match> rank(Profile profile, int parts, boolean offsets, java.util.Set<String> fields) {
        try (PaperIndex index = PaperIndex.of(DAY, parts, offsets, fields)) {
            return new Ranker(profile, index, ReasonWords.ENGLISH).rank(null, null, DaySeeds.of(profile, DAY), List.of());
        }
    }

    @Test
    void anIndexWrittenInPartsWithOffsetsOrWithEveryFieldRanksAndExplainsExactlyAsOneWrittenWhole() {
        for (Profile profile : List.of(ProfileReader.read(ProfileReaderTest.resource("qec.yaml")),
                ProfileReader.read(ProfileReaderTest.resource("library.yaml")),
                Profile.builder("fields").interest("by name", "author:ramirez OR title:pulsar", 1)
                        .interest("listed", "category:quant-ph AND qubit", 0.5).build())) {
            List<Match> whole = rank(profile, 1, false);

            List<Match> inThree = rank(profile, 3, false);
            List<Match> withOffsets = rank(profile, 2, true);
            List<Match> everyField = rank(profile, 1, false, Analysis.QUERY_FIELDS);

            assertThat(whole).as(profile.name()).isNotEmpty();
            assertThat(inThree).as(profile.name()).isEqualTo(whole);
            assertThat(withOffsets).as(profile.name()).isEqualTo(whole);
            assertThat(everyField).as(profile.name()).isEqualTo(whole);
        }
    }

    @Test
    void theHighlighterReadsTheTextFromThePapersSinceNothingIsStored() {
        try (PaperIndex index = PaperIndex.of(DAY, 2, false, Analysis.QUERY_FIELDS)) {
            int ord = DAY.size() - 1; // in the second part
            Paper last = DAY.get(ord);

            assertThat(index.searcher.storedFields().document(index.doc(ord)).getFields()).isEmpty();
            assertThat(index.text(ord, Analysis.TITLE)).isEqualTo(last.title());
            assertThat(index.text(ord, Analysis.AUTHOR)).isEqualTo(PaperIndex.authorText(last));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
