package io.academichub.llm.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationsTest {

    @Test
    void takesOutSingleListsAndRanges() {
        Citations.Extracted e = Citations.extract("Diffusion helps protein design [3, 7] and imaging [2-4]; see [12].");
        assertThat(e.numbers()).containsExactly(3, 7, 2, 4, 12);
        assertThat(e.text()).isEqualTo("Diffusion helps protein design and imaging; see.");
    }

    @Test
    void rangesAreExpandedAndRepeatsDropped() {
        assertThat(Citations.extract("A [1–3][2] B").numbers()).containsExactly(1, 2, 3);
        assertThat(Citations.extract("x [1; 5]").numbers()).containsExactly(1, 5);
    }

    @Test
    void aHugeOrReversedRangeKeepsOnlyItsEnds() {
        assertThat(Citations.extract("x [1-9999]").numbers()).containsExactly(1, 9999);
        assertThat(Citations.extract("x [9-2]").numbers()).containsExactly(9, 2);
    }

    @Test
    void leavesOtherBracketsAlone() {
        Citations.Extracted e = Citations.extract("Interval [a, b] and $x[0]$ stay.");
        assertThat(e.numbers()).isEmpty();
        assertThat(e.text()).isEqualTo("Interval [a, b] and $x[0]$ stay.");
    }

    @Test
    void chinesePunctuationLosesTheSpaceToo() {
        assertThat(Citations.strip("扩散模型用于蛋白质设计 [3]。")).isEqualTo("扩散模型用于蛋白质设计。");
    }
}
