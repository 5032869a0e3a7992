package io.academichub.radar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cutting a highlighted passage for a reason. The English passages are the highlighter's fragments of real abstracts
 * in the arXiv announcement of 2024-11-28 ({@link RealDay}), as the radar marks them for the interest
 * {@code "large language model" OR LLM OR "language models"}; the day holds no Chinese, Japanese or emoji, so those
 * passages are constructed (a rendering of arXiv:2404.00806's finding).
 */
class SnippetTest {

    /** arXiv:2407.05784: two passages, the first with the sentence's trailing space, joined by " … ". */
    private static final String HECATON = "**Large Language Models** (**LLMs**) have achieved remarkable success in "
            + "various fields, but their training and finetuning require massive computation and memory, necessitating "
            + "parallelism which introduces heavy communication overheads.  … This work proposes Hecaton, a scalable "
            + "and cost-effective chiplet system for **LLM** training.";
    /** arXiv:2406.11248. */
    private static final String LASS = "To enhance the performance of LASS, the proposed approach utilizes **large "
            + "language models** (**LLMs**) to generate multiple captions corresponding to each sentence of the training "
            + "dataset.  … This study highlights the effectiveness of **LLM**-based caption augmentation in advancing "
            + "language-queried audio source separation.";
    /** arXiv:2404.00806: two adjacent sentences, one passage. */
    private static final String COLLUSION = "We conduct experiments with algorithmic pricing agents based on **Large "
            + "Language Models** (**LLMs**). We find that (1) **LLM**-based agents are adept at pricing tasks, (2) "
            + "**LLM**-based pricing agents autonomously collude in oligopoly settings to the detriment of consumers, and "
            + "(3) variation in seemingly innocuous phrases in **LLM** instructions (\"prompts\") may increase collusion.";
    private static final String HECATON_FIRST = "**Large Language Models** (**LLMs**) have achieved remarkable success "
            + "in various fields, but their training and finetuning require massive computation and memory, "
            + "necessitating parallelism which introduces heavy communication overheads.";
    private static final String LASS_FIRST = "To enhance the performance of LASS, the proposed approach utilizes "
            + "**large language models** (**LLMs**) to generate multiple captions corresponding to each sentence of the "
            + "training dataset.";

    @Test
    void aPassageThatFitsOnlyHasItsWhiteSpaceFolded() {
        assertThat(Snippet.of(" \n" + HECATON_FIRST.replace("fields, but", "fields,\n\tbut")
                .replace("training and", "training\u00a0 and") + "  ", Snippet.MAX)).isEqualTo(HECATON_FIRST);
        assertThat(Snippet.of(LASS, 400)).isEqualTo(LASS.replace(".  …", ". …"));
    }

    @Test
    void aCutFallsBetweenWordsNeverInsideOne() {
        // the reviewer saw "collude in oligopoly sett…"
        assertThat(Snippet.of(COLLUSION, Snippet.MAX)).isEqualTo("We conduct experiments with algorithmic pricing "
                + "agents based on **Large Language Models** (**LLMs**). We find that (1) **LLM**-based agents are adept "
                + "at pricing tasks, (2) **LLM**-based pricing agents autonomously collude in oligopoly settings to "
                + "the…");
        assertThat(Snippet.of(HECATON, Snippet.MAX)).isEqualTo(HECATON_FIRST + " … This…");
    }

    @Test
    void aMarkedTermStraddlingTheCutIsLeftOutWhole() {
        // the reviewer saw "… effectiveness of **L…", its mark never closed; a cut inside "LLM" or inside
        // "-based" (no word boundary between the term and its suffix) falls before the term
        String beforeTheTerm = LASS_FIRST + " … This study highlights the effectiveness of…";
        assertThat(Snippet.of(LASS, 230)).isEqualTo(beforeTheTerm);
        assertThat(Snippet.of(LASS, 233)).isEqualTo(beforeTheTerm);
        assertThat(Snippet.of(LASS, Snippet.MAX)).isEqualTo(LASS_FIRST
                + " … This study highlights the effectiveness of **LLM**-based…");
    }

    @Test
    void aMatchAtTheStartOrTheEndOfTheCutKeepsItsMarks() {
        assertThat(Snippet.of(HECATON, 30)).isEqualTo("**Large Language Models** (**LLMs**)…");
        assertThat(Snippet.of("This work proposes Hecaton, a scalable and cost-effective chiplet system for **LLM** "
                + "training.", 81)).isEqualTo("This work proposes Hecaton, a scalable and cost-effective chiplet "
                + "system for **LLM**…");
        // a marked term longer than the whole limit, at the start: shown unmarked, cut between its words
        assertThat(Snippet.of(HECATON, 12)).isEqualTo("Large…");
    }

    @Test
    void theTextsOwnEllipsisOrSpaceAndOursAreOneEllipsis() {
        // the reviewer saw "overheads.  ……": the passage's trailing space, the separator's ellipsis, and ours
        assertThat(Snippet.of(HECATON, 231)).isEqualTo(HECATON_FIRST + "…");
        assertThat(Snippet.of(HECATON, 232)).isEqualTo(HECATON_FIRST + "…");
        String asked = "Can **Large Language Models** (**LLMs**) accurately predict election outcomes%s While **LLMs** "
                + "have demonstrated impressive performance in various domains";
        String cut = "Can **Large Language Models** (**LLMs**) accurately predict election outcomes…";
        assertThat(Snippet.of(asked.formatted("..."), 74)).isEqualTo(cut);
        assertThat(Snippet.of(asked.formatted("…"), 72)).isEqualTo(cut);
        assertThat(Snippet.of(asked.formatted(","), 72)).isEqualTo(cut);
        // a text that fits keeps its own ending
        assertThat(Snippet.of("Can **LLMs** predict elections...", 40)).isEqualTo("Can **LLMs** predict elections...");
    }

    @Test
    void chineseAndJapaneseAreCutBetweenAnyTwoCharacters() {
        String zh = "我们用基于**大语言模型**的定价代理进行实验，发现这些代理会在寡头市场中自主合谋。";
        assertThat(Snippet.of(zh, 21)).isEqualTo("我们用基于**大语言模型**的定价代理进行实验…");
        assertThat(Snippet.of(zh, 8)).isEqualTo("我们用基于…");
        assertThat(Snippet.of(zh, 100)).isEqualTo(zh);
        assertThat(Snippet.of("我们用基于**LLM**的定价代理进行实验", 10)).isEqualTo("我们用基于**LLM**的…");
        assertThat(Snippet.of("**大規模言語モデル**を用いた価格設定エージェントの実験を行った。", 12))
                .isEqualTo("**大規模言語モデル**を用い…");
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String rockets = "🚀".repeat(10);
        assertThat(Snippet.of("**大语言模型**" + rockets, 8)).isEqualTo("**大语言模型**…");
        // one long token: a hard cut, between whole characters
        assertThat(Snippet.of(rockets + rockets + rockets, 10)).isEqualTo("🚀".repeat(9) + "…");
        assertThat(Snippet.of("Training with " + rockets, 17)).isEqualTo("Training with…");
    }

    @Test
    void onlyOneVeryLongTokenIsCutHard() {
        String link = "Code: https://github.com/academichub/academichub-radar/blob/main/src/main/java/io/academichub/"
                + "radar/Snippet.java";
        assertThat(Snippet.of(link, 40)).isEqualTo("Code: https://github.com/academichub/ac…");
    }
}
