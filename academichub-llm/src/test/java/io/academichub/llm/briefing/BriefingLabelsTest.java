package io.academichub.llm.briefing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The label tables: each built-in language says everything, and the reasons for a fallback follow the language. */
class BriefingLabelsTest {

    @Test
    void everyBuiltInLanguageHasEveryEntry() {
        assertThat(BriefingLabels.keys("zh")).containsExactlyInAnyOrderElementsOf(BriefingLabels.keys("en"));
        assertThat(BriefingLabels.keys("ja")).containsExactlyInAnyOrderElementsOf(BriefingLabels.keys("en"));
        for (Fallback.Cause cause : Fallback.Cause.values()) {
            assertThat(BriefingLabels.keys("en")).contains("reason." + cause.name());
        }
        for (Fallback.Retry retry : Fallback.Retry.values()) {
            if (retry != Fallback.Retry.NONE) {
                assertThat(BriefingLabels.keys("en")).contains("retry." + retry.name());
            }
        }
    }

    @Test
    void theReasonsForAFallbackAreSaidInTheReadersLanguage() {
        Fallback wrongLanguage = new Fallback(Fallback.Cause.WRONG_LANGUAGE, Fallback.Retry.FAILED_TOO);
        Fallback cutOff = Fallback.of(Fallback.Cause.CUT_OFF);
        BriefingLabels ja = BriefingLabels.forLanguage("ja");

        assertThat(ja.synthesisNotice(ja.reason(wrongLanguage, "Japanese (日本語)")))
                .isEqualTo("テーマ・分野をつなぐ橋・概要は抽出型です：応答が日本語で書かれていませんでした（より明確な指示で再試行しても同じでした）。");
        assertThat(ja.unusableNotice("[2]", ja.reason(cutOff, "Japanese (日本語)")))
                .isEqualTo("論文 [2] についてのモデルのメモは使えませんでした（応答がトークン上限で途中で切れました）。要点は抽出型です。");
        BriefingLabels zh = BriefingLabels.forLanguage("zh-CN");
        assertThat(zh.reason(new Fallback(Fallback.Cause.NOT_SCHEMA, Fallback.Retry.NO_ROOM), "Simplified Chinese"))
                .isEqualTo("回复不符合规定的格式，且预算不足以再次请求");
        // a language without a table gets the English words, naming the language asked for
        BriefingLabels fr = BriefingLabels.forLanguage("fr");
        assertThat(fr.language()).isEqualTo("en");
        assertThat(fr.reason(wrongLanguage, Prompts.languageName("fr")))
                .isEqualTo("the reply was not written in " + Prompts.languageName("fr") + ", even after a firmer request");
    }

    @Test
    void theDigestsWordsFollowTheLanguage() {
        BriefingLabels zh = BriefingLabels.forLanguage("zh");
        assertThat(zh.digestTitle("2024-11-28")).isEqualTo("AcademicHub 文献简报 — 2024-11-28");
        assertThat(zh.digestSubject(zh.digestTitle("2024-11-28"), 5, true))
                .isEqualTo("AcademicHub 文献简报 — 2024-11-28：5 篇新匹配");
        assertThat(zh.radar("example", 5)).isEqualTo("雷达：example（5 篇新论文）");
        assertThat(zh.sources()).isEqualTo("来源");
        assertThat(zh.matchStatus("new")).isEqualTo("新");
        assertThat(zh.etAl(40)).isEqualTo("等（共 40 人）");
        BriefingLabels en = BriefingLabels.forLanguage("en");
        assertThat(en.digestSubject(en.digestTitle("2024-11-28"), 24, false))
                .isEqualTo("AcademicHub digest — 2024-11-28: 24 papers");
        assertThat(en.radar("example", 5)).isEqualTo("Radar: example (5 new)");
        assertThat(en.path(BriefingPath.MIXED)).isEqualTo("mixed");
    }
}
