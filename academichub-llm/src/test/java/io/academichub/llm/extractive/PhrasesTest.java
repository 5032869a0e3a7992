package io.academichub.llm.extractive;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The phrase a theme's word is named by (CONSTRUCTED titles in the shape of the demo day's). */
class PhrasesTest {

    private static Paper paper(String id, String title) {
        return Paper.builder(PaperId.parse(id)).title(title).source("arxiv").published(LocalDate.of(2024, 11, 28))
                .url(URI.create("https://arxiv.org/abs/" + id)).build();
    }

    @Test
    void aPhraseEveryUserWritesOnWithTheSameWordIsNotCutShort() {
        Phrases phrases = new Phrases(List.of(
                paper("2411.00001", "Efficient Multimodal Large Language Models via Token Grouping"),
                paper("2411.00002", "Hallucination in multimodal large language models")));

        assertThat(phrases.of(Set.of("multimodal"), List.of(0, 1))).isEqualTo("multimodal large language models");
    }

    @Test
    void aPhraseItsUsersContinueDifferentlyKeepsThreeWords() {
        Phrases phrases = new Phrases(List.of(
                paper("2411.00001", "Efficient multimodal large language models via token grouping"),
                paper("2411.00002", "A multimodal large language benchmark for charts")));

        assertThat(phrases.of(Set.of("multimodal"), List.of(0, 1))).isEqualTo("multimodal large language");
    }
}
