package io.academichub.llm.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThinkingTextTest {

    @Test
    void removesThinkBlocks() {
        assertThat(ThinkingText.strip("<think>\nThe user wants JSON.\n</think>\n\n{\"a\":1}")).isEqualTo("{\"a\":1}");
        assertThat(ThinkingText.strip("<THINKING>x</THINKING>answer")).isEqualTo("answer");
    }

    @Test
    void aBlockCutOffTakesTheRest() {
        assertThat(ThinkingText.strip("<think>Let me consider the papers one by one")).isEmpty();
    }

    @Test
    void anOrphanEndTagEndsTheThinking() {
        assertThat(ThinkingText.strip("first I count the papers</think>{\"a\":1}")).isEqualTo("{\"a\":1}");
    }

    @Test
    void textWithoutThinkingIsUnchanged() {
        assertThat(ThinkingText.strip("  plain answer ")).isEqualTo("plain answer");
    }
}
