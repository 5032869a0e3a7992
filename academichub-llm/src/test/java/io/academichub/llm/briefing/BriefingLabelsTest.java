package io.academichub.llm.briefing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The label tables: each built-in language says everything, and the reasons for a fallback follow the language. */
class BriefingLabelsTest {

    @Test
    void everyBuiltInLanguageHasEveryEntry() {
        assertThat(BriefingLabels.keys("zh")).containsExactlyInAnyOrderElementsOf(BriefingLabels.keys("en"));
        assertThat(BriefingLabels.keys("ja")).containsExactlyInAnyOrderElementsOf(BriefingLabels.keys("en"));
        // a plural form comes with its other form; Chinese and Japanese have none
        for (String key : BriefingLabels.rawKeys("en")) {
            if (key.endsWith(".one")) {
                assertThat(BriefingLabels.rawKeys("en")).contains(key.replaceFirst("\\.one$", ".other"));
            }
        }
        assertThat(BriefingLabels.rawKeys("zh")).noneMatch(k -> k.endsWith(".one") || k.endsWith(".other"));
        assertThat(BriefingLabels.rawKeys("ja")).noneMatch(k -> k.endsWith(".one") || k.endsWith(".other"));
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
        
    }

    @Test
    void englishSaysOnePaperAndTwoPapers() {
        BriefingLabels en = BriefingLabels.forLanguage("en");
        assertThat(en.readFirstWhy("path · planning", 1, List.of("cs")))
                .isEqualTo("Central to the theme “path · planning” (1 paper; cs).");
        assertThat(en.readFirstWhy("path · planning", 2, List.of("cs", "eess")))
                .isEqualTo("Central to the theme “path · planning” (2 papers; cs, eess).");
        assertThat(en.title("2024-11-28", 1)).isEqualTo("Research briefing · 2024-11-28 · 1 paper");
        assertThat(en.title("2024-11-28", 100)).isEqualTo("Research briefing · 2024-11-28 · 100 papers");
        assertThat(en.overviewCounts(1, 1, List.of("a"))).isEqualTo("1 paper from 1 field. The largest theme: “a”.");
        assertThat(en.overviewCounts(100, 16, List.of("a", "b")))
                .isEqualTo("100 papers from 16 fields. The largest themes: “a”, “b”.");
        assertThat(en.overviewCross(1, List.of("a (cs, math)"))).isEqualTo("1 theme spans more than one field: a (cs, math).");
        assertThat(en.overviewCross(9, List.of("a"))).isEqualTo("9 themes span more than one field: a.");
        assertThat(en.budgetNotice(1)).isEqualTo("1 paper beyond the model's budget was covered by the extractive path.");
        assertThat(en.budgetNotice(6)).isEqualTo("6 papers beyond the model's budget were covered by the extractive path.");
        assertThat(en.removedNotice(1)).isEqualTo("1 citation to a paper not in the list was removed.");
        assertThat(en.removedNotice(2)).isEqualTo("2 citations to papers not in the list were removed.");
        assertThat(en.mixedNotice(2, 3, "[3]")).isEqualTo("The model covered 2 of 3 papers; the other one ([3]) was "
                + "covered by the extractive path, in the parts marked “extractive”.");
        assertThat(en.digestSubject("AcademicHub digest — 2024-11-28", 1, false))
                .isEqualTo("AcademicHub digest — 2024-11-28: 1 paper");
        assertThat(en.digestSubject("AcademicHub digest — 2024-11-28", 1, true))
                .isEqualTo("AcademicHub digest — 2024-11-28: 1 new match");
        assertThat(en.digestSubject("AcademicHub digest — 2024-11-28", 5, true))
                .isEqualTo("AcademicHub digest — 2024-11-28: 5 new matches");
    }

    @Test
    void chineseAndJapaneseHaveNoPluralAndSayTheSameForOneAndMany() {
        BriefingLabels zh = BriefingLabels.forLanguage("zh");
        assertThat(zh.readFirstWhy("path · planning", 1, List.of("cs")))
                .isEqualTo("“path · planning”主题的核心论文（1 篇；cs）。");
        assertThat(zh.readFirstWhy("path · planning", 2, List.of("cs", "eess")))
                .isEqualTo("“path · planning”主题的核心论文（2 篇；cs、eess）。");
        assertThat(zh.title("2024-11-28", 1)).isEqualTo("研究简报 · 2024-11-28 · 1 篇论文");
        assertThat(zh.overviewCounts(100, 16, List.of("a", "b"))).isEqualTo("共 100 篇论文，来自 16 个领域。主要主题：“a”、“b”。");
        assertThat(zh.overviewCross(1, List.of(zh.themeWithFields("a", List.of("cs", "math")))))
                .isEqualTo("1 个主题跨越多个领域：“a”（cs、math）。");
        assertThat(zh.budgetNotice(1)).isEqualTo("1 篇论文超出模型预算，由抽取式方法处理。");
        BriefingLabels ja = BriefingLabels.forLanguage("ja");
        assertThat(ja.readFirstWhy("path · planning", 1, List.of("cs")))
                .isEqualTo("テーマ「path · planning」の中心的な論文（1 本、cs）。");
        assertThat(ja.overviewCounts(100, 16, List.of("a", "b"))).isEqualTo("16 分野の論文 100 本。主なテーマ：「a」、「b」。");
        assertThat(ja.title("2024-11-28", 1)).isEqualTo("研究ブリーフィング · 2024-11-28 · 論文 1 本");
    }

    @Test
    void sentencesNameThreeFieldsAndCountTheRest() {
        BriefingLabels en = BriefingLabels.forLanguage("en");
        BriefingLabels zh = BriefingLabels.forLanguage("zh");
        BriefingLabels ja = BriefingLabels.forLanguage("ja");
        List<String> four = List.of("a", "b", "c", "d");
        List<String> six = List.of("a", "b", "c", "d", "e", "f");
        assertThat(en.someFields(four)).isEqualTo("a, b, c, d");
        assertThat(en.someFields(six)).isEqualTo("a, b, c and 3 more");
        assertThat(zh.someFields(six)).isEqualTo("a、b、c等 6 个领域");
        assertThat(ja.someFields(six)).isEqualTo("a、b、cなど 6 分野");
        assertThat(en.readFirstWhy("t", 9, six)).isEqualTo("Central to the theme “t” (9 papers; a, b, c and 3 more).");
        assertThat(zh.themeWithFields("t", six)).isEqualTo("“t”（a、b、c等 6 个领域）");
    }

    @Test
    void aBridgeSentenceGivesEachSidesPaperWithItsField() {
        assertThat(BriefingLabels.forLanguage("en").bridge("physics", "biology", "A {n}", "B"))
                .isEqualTo("In physics, “A {n}”; in biology, “B”.");
        assertThat(BriefingLabels.forLanguage("en").bridge("physics", "astrophysics", "A", "Could it come from B?"))
                .isEqualTo("In physics, “A”; in astrophysics, “Could it come from B?”");
        assertThat(BriefingLabels.forLanguage("zh").bridge("物理学", "生物学", "A", "B")).isEqualTo("物理学：《A》；生物学：《B》。");
        assertThat(BriefingLabels.forLanguage("ja").bridge("物理学", "生物学", "A", "B")).isEqualTo("物理学：「A」、生物学：「B」。");
    }

    @Test
    void chineseAndJapaneseUseFullWidthPunctuation() {
        BriefingLabels zh = BriefingLabels.forLanguage("zh");
        BriefingLabels ja = BriefingLabels.forLanguage("ja");
        BriefingLabels en = BriefingLabels.forLanguage("en");
        assertThat(zh.label(zh.sources())).isEqualTo("来源：");
        assertThat(zh.label(zh.why())).isEqualTo("匹配原因：");
        assertThat(zh.label(zh.fields())).isEqualTo("领域：");
        assertThat(ja.label(ja.authors())).isEqualTo("著者：");
        assertThat(en.label(en.authors())).isEqualTo("Authors: ");
        assertThat(zh.matchSummary("new", 0.92)).isEqualTo("新，得分 0.92。");
        assertThat(ja.matchSummary("updated", 0.5)).isEqualTo("更新、スコア 0.50。");
        assertThat(en.matchSummary("new", 0.92)).isEqualTo("new, score 0.92.");
        assertThat(zh.aside("抽取式")).isEqualTo("（抽取式）");
        assertThat(en.aside("extractive")).isEqualTo(" (extractive)");
        assertThat(zh.themeWithFields("a", List.of("cs", "math"))).isEqualTo("“a”（cs、math）");
        // no template of the Chinese or Japanese table writes an ASCII colon, comma, semicolon, parenthesis or
        // sentence-ending period of its own (names such as "JSON" and the values filled in aside)
        for (String language : List.of("zh", "ja")) {
            for (String key : BriefingLabels.rawKeys(language)) {
                String own = BriefingLabels.template(language, key).replaceAll("\\{[a-zA-Z]+}", "");
                assertThat(own).as("%s %s", language, key).doesNotContain(":", ",", ";", "(", ")").doesNotEndWith(".");
            }
        }
    }

    @Test
    void theFooterSaysWhatItsFiguresMean() {
        BriefingLabels en = BriefingLabels.forLanguage("en");
        assertThat(en.citationSupport(0.96, 24)).isEqualTo("Citations backed by the cited paper's text: 96% of 24");
        assertThat(en.citationSupport(1, 0)).isEqualTo("No citations to check against the papers");
        assertThat(en.tokens(1200, 300)).isEqualTo("Model tokens: 1200 in, 300 out");
        assertThat(en.writtenBy(BriefingPath.EXTRACTIVE, null)).isEqualTo("Extractive briefing (no language model)");
        assertThat(en.writtenBy(BriefingPath.LLM, "openai/gpt-4o")).isEqualTo("Written by openai/gpt-4o");
        assertThat(en.writtenBy(BriefingPath.MIXED, "openai/gpt-4o"))
                .isEqualTo("Written by openai/gpt-4o, partly extractive");
        assertThat(en.writtenBy(BriefingPath.LLM, null)).isEqualTo("Written by a language model");
        BriefingLabels zh = BriefingLabels.forLanguage("zh");
        assertThat(zh.citationSupport(0.96, 24)).isEqualTo("与所引论文原文相符的引用：96%（共 24 处）");
        assertThat(zh.tokens(1200, 300)).isEqualTo("模型令牌：输入 1200，输出 300");
        assertThat(zh.writtenBy(BriefingPath.MIXED, "openai/gpt-4o")).isEqualTo("由 openai/gpt-4o 撰写，部分为抽取式");
        BriefingLabels ja = BriefingLabels.forLanguage("ja");
        assertThat(ja.citationSupport(0.96, 24)).isEqualTo("引用先の論文の記述と一致する引用：96%（24 件中）");
        assertThat(ja.writtenBy(BriefingPath.EXTRACTIVE, null)).isEqualTo("抽出型ブリーフィング（言語モデル不使用）");
    }
}
