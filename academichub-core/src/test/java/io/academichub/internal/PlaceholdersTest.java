package io.academichub.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceholdersTest {

    @Test
    void fillsEachPlaceholderFromItsNameAndValue() {
        assertThat(Placeholders.fill("score {score} from interests {interests}", "interests", "0.94", "score", "0.96"))
                .isEqualTo("score 0.96 from interests 0.94");
        assertThat(Placeholders.fill("AcademicHub 雷达：{profile}", "profile", "example")).isEqualTo("AcademicHub 雷达：example");
    }

    @Test
    void aValueHoldingBracesIsInsertedAsItIs() {
        // a title that itself reads like a placeholder is not filled a second time
        assertThat(Placeholders.fill("similar to {paper} ({id})", "paper", "'Bounds on {id} codes'", "id", "arxiv:1"))
                .isEqualTo("similar to 'Bounds on {id} codes' (arxiv:1)");
    }

    @Test
    void textWithoutPlaceholdersOrWithAnUnclosedBraceStaysAsWritten() {
        assertThat(Placeholders.fill("no followed author")).isEqualTo("no followed author");
        assertThat(Placeholders.fill("open { brace", "x", "y")).isEqualTo("open { brace");
    }

    @Test
    void aPlaceholderThatIsNotGivenIsATableMistake() {
        assertThatThrownBy(() -> Placeholders.fill("by {name}", "who", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'by {name}' uses {name}, which is not given");
    }
}
