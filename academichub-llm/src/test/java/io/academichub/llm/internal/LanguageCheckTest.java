package io.academichub.llm.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageCheckTest {

    private static final String EN = "We propose a hybrid quantum deep learning technique for emotion recognition "
            + "from EEG signals and show that it improves accuracy on the benchmark.";
    private static final String ZH = "本文提出一种混合量子深度学习方法，用于基于 EEG 信号的情绪识别，并在基准数据集上提高了准确率。";
    private static final String JA = "本研究では、EEG 信号から感情を認識するためのハイブリッド量子深層学習手法を提案する。";

    @Test
    void chineseIsHanWithLatinTermsAllowed() {
        assertThat(LanguageCheck.matches(ZH, "zh")).isTrue();
        assertThat(LanguageCheck.matches(ZH, "zh-CN")).isTrue();
        assertThat(LanguageCheck.matches("基于 Transformer 与 LoRA 的 LLM 微调方法在 GSM8K 上表现更好。", "zh")).isTrue();
        assertThat(LanguageCheck.matches(EN, "zh")).isFalse();
        assertThat(LanguageCheck.matches(JA, "zh")).isFalse();
    }

    @Test
    void japaneseNeedsKana() {
        assertThat(LanguageCheck.matches(JA, "ja")).isTrue();
        assertThat(LanguageCheck.matches(ZH, "ja")).isFalse();
        assertThat(LanguageCheck.matches(EN, "ja")).isFalse();
    }

    @Test
    void latinLanguagesAreToldByTheirCommonestWords() {
        assertThat(LanguageCheck.matches(EN, "en")).isTrue();
        assertThat(LanguageCheck.matches(ZH, "en")).isFalse();
        String de = "Wir schlagen eine hybride Methode für die Erkennung von Emotionen vor, die mit EEG-Signalen "
                + "arbeitet und die Genauigkeit auf dem Datensatz verbessert.";
        assertThat(LanguageCheck.matches(de, "de")).isTrue();
        assertThat(LanguageCheck.matches(de, "en")).isFalse();
        assertThat(LanguageCheck.matches(EN, "de")).isFalse();
    }

    @Test
    void tooShortOrUnknownPasses() {
        assertThat(LanguageCheck.matches("LoRA", "zh")).isTrue();
        assertThat(LanguageCheck.matches(EN, "sw")).isTrue();
    }
}
