package io.academichub.radar;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The reasons' words in English, Chinese and Japanese, on the real arXiv announcement of 2024-11-28. */
class ReasonWordsTest {

    private static final List<Paper> DAY = RealDay.papers();
    private static final PaperId CIM = PaperId.arxiv("2411.18090");
    private static final String CIM_TITLE = "CIM-Based Parallel Fully FFNN Surface Code High-Level Decoder for Quantum "
            + "Error Correction";

    /** Interests (one weighted), a followed author written otherwise than the byline, a seed found in the day. */
    private static Profile profile() {
        return Profile.builder("qec").interest("codes", "title:\"surface code\"", 1)
                .interest("decoders", "title:decoder", 0.8).authors("Wang, Zhongrui").seeds("2411.18287").build();
    }

    private static List<String> reasonsOf(List<Match> matches, PaperId id) {
        return matches.stream().filter(m -> m.paper().id().equals(id)).findFirst().orElseThrow()
                .reasons().stream().map(r -> r.kind().wireName() + ": " + r.text()).toList();
    }

    private static List<String> reasons(Locale language) {
        return reasonsOf(Radar.builder().language(language).build().rank(profile(), DAY), CIM);
    }

    private static Paper paper(String arxivId) {
        return DAY.stream().filter(p -> p.id().equals(PaperId.arxiv(arxivId))).findFirst().orElseThrow();
    }

    @Test
    void aReasonsPlainTextDropsTheMarksAroundMatchedWords() {
        Reason r = new Reason(Reason.Kind.INTEREST, "interest 'language models' matched \"large language models\" in "
                + "the title: Algorithmic Collusion by **Large Language Models**", 0.92);

        assertThat(r.plainText()).isEqualTo("interest 'language models' matched \"large language models\" in the "
                + "title: Algorithmic Collusion by Large Language Models");
    }

    @Test
    void aReasonsPartsAlternatePlainAndMarkedText() {
        Reason r = new Reason(Reason.Kind.INTEREST, "title: A **surface code** decoder for **qLDPC** codes", 0.9);
        assertThat(r.parts()).containsExactly("title: A ", "surface code", " decoder for ", "qLDPC", " codes");
        assertThat(new Reason(Reason.Kind.SCORE, "score 0.91", 0.91).parts()).containsExactly("score 0.91");
        // a mark left open (a quotation cut short inside one) runs to the end
        assertThat(new Reason(Reason.Kind.INTEREST, "a **b** c **d…", 0.5).parts()).containsExactly("a ", "b", " c ", "d…");
    }

    @Test
    void everyLanguageHasEveryEntryWithTheSamePlaceholders() {
        assertThat(ReasonWords.languages()).containsExactly("en", "ja", "zh");
        for (String language : ReasonWords.languages()) {
            assertThat(ReasonWords.keys(language)).as(language)
                    .containsExactlyInAnyOrderElementsOf(ReasonWords.keys("en"));
            for (String key : ReasonWords.keys("en")) {
                assertThat(placeholders(ReasonWords.template(language, key))).as(language + "." + key)
                        .isEqualTo(placeholders(ReasonWords.template("en", key)));
            }
        }
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([a-z]+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void aRealMatchIsExplainedInEachLanguage() {
        assertThat(reasons(Locale.ENGLISH)).containsExactly(
                "author: by followed author Wang, Zhongrui (listed as \"Zhongrui Wang\")",
                "interest: interest 'codes' matched \"surface code\" in the title: CIM-Based Parallel Fully FFNN "
                        + "**Surface Code** High-Level Decoder for Quantum Error Correction",
                "seed: similar to seed 'Fault-Tolerant Constant-Depth Clifford Gates on Toric Codes' (arxiv:2411.18287)"
                        + " through propose, code, measure, performance, simulation",
                "interest: interest 'decoders' (weight 0.8) matched \"decoder\" in the title: CIM-Based Parallel "
                        + "Fully FFNN Surface Code High-Level **Decoder** for Quantum Error Correction",
                "score: score 0.93 from interests 0.73, seed likeness 0.43, a followed author");
        assertThat(reasons(Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "author: 作者中有您关注的 Wang, Zhongrui（署名为“Zhongrui Wang”）",
                "interest: 符合兴趣“codes”，标题中有“surface code”：CIM-Based Parallel Fully FFNN **Surface Code** "
                        + "High-Level Decoder for Quantum Error Correction",
                "seed: 与种子论文《Fault-Tolerant Constant-Depth Clifford Gates on Toric Codes》（arxiv:2411.18287）相似，"
                        + "共同的词：propose、code、measure、performance、simulation",
                "interest: 符合兴趣“decoders”（权重 0.8），标题中有“decoder”：CIM-Based Parallel Fully FFNN Surface "
                        + "Code High-Level **Decoder** for Quantum Error Correction",
                "score: 得分 0.93：兴趣 0.73，种子相似度 0.43，有关注的作者");
        assertThat(reasons(Locale.JAPANESE)).containsExactly(
                "author: フォロー中の著者 Wang, Zhongrui の論文（著者欄の表記は「Zhongrui Wang」）",
                "interest: 関心テーマ「codes」に一致、タイトルに「surface code」：CIM-Based Parallel Fully FFNN "
                        + "**Surface Code** High-Level Decoder for Quantum Error Correction",
                "seed: シード論文「Fault-Tolerant Constant-Depth Clifford Gates on Toric Codes」（arxiv:2411.18287）に類似"
                        + "（共通する語：propose、code、measure、performance、simulation）",
                "interest: 関心テーマ「decoders」（重み 0.8）に一致、タイトルに「decoder」：CIM-Based Parallel Fully "
                        + "FFNN Surface Code High-Level **Decoder** for Quantum Error Correction",
                "score: スコア 0.93：関心テーマ 0.73、シード類似度 0.43、フォロー中の著者あり");
    }

    @Test
    void eachFieldIsNamedOnceWithItsTermsAndThenItsPassage() {
        // arXiv:2404.00806 as the interest "language models" marks it, with an author match added to show a field
        // without a passage; a passage ends at " | ", since it may hold the field separator itself
        Interest interest = new Interest("language models", "\"large language model\" OR LLM", 0.5);
        Map<String, List<String>> terms = new LinkedHashMap<>();
        terms.put(Analysis.TITLE, List.of("large language models"));
        terms.put(Analysis.ABSTRACT, List.of("large language models", "llms"));
        terms.put(Analysis.AUTHOR, List.of("fish"));
        Map<String, String> quotes = Map.of(Analysis.TITLE, "Algorithmic Collusion by **Large Language Models**",
                Analysis.ABSTRACT, "We conduct experiments with algorithmic pricing agents based on **Large Language "
                        + "Models** (**LLMs**). We find that…");
        Map<Locale, String> expected = Map.of(
                Locale.ENGLISH, "interest 'language models' (weight 0.5) matched \"large language models\" in the "
                        + "title: Algorithmic Collusion by **Large Language Models** | \"large language models\", "
                        + "\"llms\" in the abstract: We conduct experiments with algorithmic pricing agents based on "
                        + "**Large Language Models** (**LLMs**). We find that… | \"fish\" in the authors",
                Locale.CHINESE, "符合兴趣“language models”（权重 0.5），标题中有“large language models”：Algorithmic "
                        + "Collusion by **Large Language Models** | 摘要中有“large language models”“llms”：We conduct "
                        + "experiments with algorithmic pricing agents based on **Large Language Models** (**LLMs**). We "
                        + "find that… | 作者中有“fish”",
                Locale.JAPANESE, "関心テーマ「language models」（重み 0.5）に一致、タイトルに「large language models」："
                        + "Algorithmic Collusion by **Large Language Models** | 要旨に「large language models」「llms」："
                        + "We conduct experiments with algorithmic pricing agents based on **Large Language Models** "
                        + "(**LLMs**). We find that… | 著者に「fish」");
        expected.forEach((language, text) ->
                assertThat(ReasonWords.of(language).interest(interest, terms, quotes)).as(language.toString())
                        .isEqualTo(text));
        // fields without passages are joined by the field separator
        Map<String, List<String>> authors = new LinkedHashMap<>();
        authors.put(Analysis.TITLE, List.of("collusion"));
        authors.put(Analysis.AUTHOR, List.of("fish", "gonczarowski"));
        assertThat(ReasonWords.ENGLISH.interest(interest, authors, Map.of())).isEqualTo("interest 'language models' "
                + "(weight 0.5) matched \"collusion\" in the title; \"fish\", \"gonczarowski\" in the authors");
        assertThat(ReasonWords.of(Locale.CHINESE).interest(interest, authors, Map.of())).isEqualTo(
                "符合兴趣“language models”（权重 0.5），标题中有“collusion”；作者中有“fish”“gonczarowski”");
        assertThat(ReasonWords.of(Locale.JAPANESE).interest(interest, authors, Map.of())).isEqualTo(
                "関心テーマ「language models」（重み 0.5）に一致、タイトルに「collusion」、著者に「fish」「gonczarowski」");
    }

    @Test
    void feedbackIsExplainedInEachLanguage() {
        Map<Locale, List<String>> expected = Map.of(
                Locale.ENGLISH, List.of(
                        "seed: similar to liked paper 'Managing Classical Processing Requirements for Quantum Error "
                                + "Correction' (arxiv:2406.17995) through qubits, quantum, error, correction",
                        "feedback: lowered 23%: resembles 'Demonstrating a universal logical gate set in error-detecting"
                                + " surface codes on a superconducting quantum processor' (arxiv:2405.09035), which you"
                                + " dismissed through surface, codes, fault, quantum",
                        "score: score 0.75 from interests 0.73, seed likeness 0.82, a followed author, resemblance to "
                                + "dismissed papers 0.38"),
                Locale.CHINESE, List.of(
                        "seed: 与您喜欢的论文《Managing Classical Processing Requirements for Quantum Error Correction》"
                                + "（arxiv:2406.17995）相似，共同的词：qubits、quantum、error、correction",
                        "feedback: 得分降低 23%：与您标记为不感兴趣的《Demonstrating a universal logical gate set in "
                                + "error-detecting surface codes on a superconducting quantum processor》"
                                + "（arxiv:2405.09035）相似，共同的词：surface、codes、fault、quantum",
                        "score: 得分 0.75：兴趣 0.73，种子相似度 0.82，有关注的作者，与不感兴趣论文的相似度 0.38"),
                Locale.JAPANESE, List.of(
                        "seed: 高評価した論文「Managing Classical Processing Requirements for Quantum Error Correction」"
                                + "（arxiv:2406.17995）に類似（共通する語：qubits、quantum、error、correction）",
                        "feedback: スコアを 23% 下げました：「興味なし」にした「Demonstrating a universal logical gate set in "
                                + "error-detecting surface codes on a superconducting quantum processor」"
                                + "（arxiv:2405.09035）に類似（共通する語：surface、codes、fault、quantum）",
                        "score: スコア 0.75：関心テーマ 0.73、シード類似度 0.82、フォロー中の著者あり、「興味なし」論文との類似度 0.38"));
        expected.forEach((language, lines) -> {
            Radar radar = Radar.builder().language(language).dismissalModel(DismissalModel.NEAREST_DISMISSED).build();
            radar.like(profile(), PaperId.arxiv("2406.17995"));
            radar.dismiss(profile(), PaperId.arxiv("2405.09035"));

            List<String> reasons = reasonsOf(radar.rank(profile(), DAY), CIM);

            assertThat(reasons).as(language.toString()).filteredOn(r -> !r.startsWith("interest")
                    && !r.startsWith("author")).containsExactlyElementsOf(lines);
        });
    }

    @Test
    void theClassifiersDismissalReasonsInEachLanguage() {
        Map<Locale, String> itself = Map.of(
                Locale.ENGLISH, "lowered 60% by your feedback: you dismissed this paper",
                Locale.CHINESE, "根据您的反馈，得分降低 60%：您已将这篇论文标记为不感兴趣",
                Locale.JAPANESE, "フィードバックによりスコアを 60% 下げました：この論文を「興味なし」にしました");
        itself.forEach((language, text) -> {
            Radar radar = Radar.builder().language(language).build();
            radar.dismiss(profile(), CIM);
            assertThat(reasonsOf(radar.rank(profile(), DAY), CIM)).contains("feedback: " + text);
        });
        // which dismissed papers and terms the classifier names depends on the day; the wording does not
        List<Seed> two = List.of(Seed.of(paper("2411.18148")), Seed.of(paper("2411.18090")));
        List<String> terms = List.of("fpgas", "accelerator");
        ReasonWords zh = ReasonWords.of(Locale.CHINESE);
        assertThat(zh.classifier(14, two.subList(0, 1), terms)).isEqualTo("根据您的反馈，得分降低 14%："
                + "与您标记为不感兴趣的《A Runtime-Adaptive Transformer Neural Network Accelerator on FPGAs》"
                + "（arxiv:2411.18148）相似（关键词：fpgas、accelerator）");
        assertThat(zh.classifier(14, two, List.of())).isEqualTo("根据您的反馈，得分降低 14%：与您标记为不感兴趣的"
                + "《A Runtime-Adaptive Transformer Neural Network Accelerator on FPGAs》（arxiv:2411.18148）和《"
                + CIM_TITLE + "》（arxiv:2411.18090）相似");
        assertThat(ReasonWords.of(Locale.JAPANESE).classifier(14, List.of(), terms))
                .isEqualTo("フィードバックによりスコアを 14% 下げました：「興味なし」にした論文に類似（特徴語：fpgas、accelerator）");
        assertThat(ReasonWords.ENGLISH.classifier(14, two, terms)).isEqualTo("lowered 14% by your feedback: like the "
                + "papers you dismissed, 'A Runtime-Adaptive Transformer Neural Network Accelerator on FPGAs' "
                + "(arxiv:2411.18148) and '" + CIM_TITLE + "' (arxiv:2411.18090) (terms: fpgas, accelerator)");
    }

    @Test
    void exclusionNotesFollowTheLanguage() {
        Profile profile = Profile.builder("surveys").interest("any", "title:survey", 1)
                .categories("quant-ph", "cs.CV").exclusion("no deepfakes", "title:deepfake").build();
        Map<Locale, List<String>> expected = Map.of(
                Locale.ENGLISH, List.of("categories [cs.CY] are not among [cs.CV, quant-ph]", "exclusion 'no deepfakes'"),
                Locale.CHINESE, List.of("分类 cs.CY 均不在 cs.CV、quant-ph 之列", "排除规则“no deepfakes”"),
                Locale.JAPANESE, List.of("カテゴリ cs.CY はいずれも cs.CV、quant-ph に含まれません", "除外ルール「no deepfakes」"));
        expected.forEach((language, notes) -> {
            List<Excluded> excluded = Radar.builder().language(language).build().excluded(profile, DAY);
            assertThat(excluded.stream().filter(x -> x.paper().id().equals(PaperId.arxiv("2411.17700")))
                    .map(Excluded::reason)).as(language.toString()).containsExactly(notes.get(0));
            assertThat(excluded.stream().filter(x -> x.paper().id().equals(PaperId.arxiv("2411.17911")))
                    .map(Excluded::reason)).as(language.toString()).containsExactly(notes.get(1));
        });
        ReasonWords ja = ReasonWords.of(Locale.JAPANESE);
        assertThat(ja.sourceNotAmong("arxiv", List.of("biorxiv", "medrxiv"))).isEqualTo("ソース arxiv は biorxiv、medrxiv に含まれません");
        assertThat(ja.exclusions(List.of("no deepfakes", "no agents"))).isEqualTo("除外ルール「no deepfakes」「no agents」");
        assertThat(ReasonWords.ENGLISH.exclusions(List.of("no deepfakes", "no agents")))
                .isEqualTo("exclusion 'no deepfakes', 'no agents'");
    }

    @Test
    void anotherLanguageGetsEnglishAndAnyChineseGetsSimplifiedChinese() {
        assertThat(reasons(Locale.FRENCH)).isEqualTo(reasons(Locale.ENGLISH));
        assertThat(ReasonWords.of(Locale.forLanguageTag("pt-BR")).language()).isEqualTo("en");
        assertThat(ReasonWords.of(Locale.TRADITIONAL_CHINESE).language()).isEqualTo("zh");
        assertThat(ReasonWords.of(Locale.forLanguageTag("zh-Hans-CN")).language()).isEqualTo("zh");
        assertThat(ReasonWords.of(Locale.forLanguageTag("ja-JP")).language()).isEqualTo("ja");
    }

    @Test
    void theManyProfileMatchersSpeakTheLanguageTheyAreGiven() {
        List<String> radar = reasons(Locale.JAPANESE);
        for (ProfileMatcher matcher : List.of(ProfileMatcher.monitor(Locale.JAPANESE),
                ProfileMatcher.oneByOne(Locale.JAPANESE))) {
            try (matcher) {
                matcher.register(List.of(profile()));
                assertThat(reasonsOf(matcher.match(DAY).get("qec"), CIM)).isEqualTo(radar);
            }
        }
        try (ProfileMatcher english = ProfileMatcher.monitor()) {
            english.register(List.of(profile()));
            assertThat(reasonsOf(english.match(DAY).get("qec"), CIM)).isEqualTo(reasons(Locale.ENGLISH));
        }
    }

    @Test
    void whatASentenceQuotesIsNeverReadAsAPlaceholder() {
        Seed braces = new Seed(null, "On {percent} and {terms}: a {title}", "");
        assertThat(ReasonWords.of(Locale.CHINESE).seed(false, braces, List.of("{paper}")))
                .isEqualTo("与种子论文《On {percent} and {terms}: a {title}》相似，共同的词：{paper}");
        assertThat(ReasonWords.ENGLISH.seed(true, braces, List.of()))
                .isEqualTo("similar to liked paper 'On {percent} and {terms}: a {title}'");
    }
}
