package io.academichub.llm.render;

import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.llm.briefing.RealPapers;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final List<Paper> papers = RealPapers.sample100();

    @Test
    void rendersEverySectionAndEveryPaper() {
        Briefing b = BriefingGenerator.extractive().generate(BriefingRequest.builder(papers).build());
        String md = new MarkdownRenderer().render(b);
        assertThat(md).startsWith("# Research briefing · 2024-11-28 · 100 papers\n\n> Extractive briefing:");
        assertThat(md).contains("\n## Overview\n", "\n## Themes\n", "\n## Bridges between fields\n",
                "\n## Read first\n", "\n## Papers\n");
        assertThat(md).contains("**[1]** Exploring the Impact of Generative AI on Cross-Border E-Commerce Brand "
                + "Building in Chinese Tianjin's Manufacturing Sector  \narXiv (cs.CY) 2024-11-28 · Jun Cui · "
                + "<https://arxiv.org/abs/2411.17700>  \nTL;DR: This study investigates the influence of generative "
                + "artificial intelligence (AI) on the brand construction of cross-border e-commerce companies in the "
                + "manufacturing industry in Tianjin, China.\n");
        assertThat(md).contains("**[100]** ");
        assertThat(md).endsWith("\n---\n\nCitations backed by the cited paper's text: 100% of 34 · Extractive briefing (no "
                + "language model)\n");
    }

    @Test
    void labelsFollowTheLanguage() {
        Briefing b = BriefingGenerator.extractive().generate(BriefingRequest.builder(papers).language("ja").build());
        String md = new MarkdownRenderer().render(b);
        assertThat(md).contains("\n## 概要\n", "\n## テーマ\n", "\n## 論文\n", "要点：");
    }

    @Test
    void feedTextCannotOpenLinksOrTagsAndMissingAuthorsLeaveNoLabel() {
        Paper hostile = papers.get(0).toBuilder()
                .title("<img src=x onerror=alert(1)> [click](https://evil.example) & more")
                .authors(List.of())
                .build();
        List<Paper> input = new ArrayList<>(papers.subList(1, 10));
        input.add(0, hostile);
        String md = new MarkdownRenderer().render(
                BriefingGenerator.extractive().generate(BriefingRequest.builder(input).build()));
        assertThat(md).contains("**[1]** \\<img src=x onerror=alert(1)> \\[click\\](https://evil.example) \\& more  \n"
                + "arXiv (cs.CY) 2024-11-28 · <https://arxiv.org/abs/2411.17700>  \n");
        assertThat(md).doesNotContainPattern("(?<!\\\\)<img").doesNotContainPattern("(?<!\\\\)\\[click");
    }

    @Test
    void aPaperWithoutDateOrCategoryGetsAShorterSourceLine() {
        Paper undated = papers.get(0).toBuilder().published(null).categories(List.of()).build();
        assertThat(PaperHeadings.sourceLine(undated)).isEqualTo("arXiv");
        assertThat(PaperHeadings.sourceLine(papers.get(0))).isEqualTo("arXiv (cs.CY) 2024-11-28");
        Briefing b = BriefingGenerator.extractive().generate(BriefingRequest.builder(List.of(undated)).build());
        assertThat(b.title()).isEqualTo("Research briefing · — · 1 paper");
    }

    /**
     * Real titles and abstracts with TeX math and stars (arXiv 2411.17730, 2411.17985, 2411.18045, 2411.18150,
     * 2411.18285): the Markdown leaves the math as written and escapes the stars outside it, and commonmark-java's
     * HTML shows every title exactly as the feed wrote it.
     */
    @Test
    void mathStaysAsWrittenAndStarsShowInTitlesAndTldrs() {
        List<Paper> input = List.of(papers.get(2), papers.get(19), papers.get(23), papers.get(30), papers.get(39));
        String md = new MarkdownRenderer().render(
                BriefingGenerator.extractive().generate(BriefingRequest.builder(input).build()));
        assertThat(md).contains("**[3]** Structural and magnetic characterization of CeTa$_7$O$_{19}$ and "
                + "YbTa$_7$O$_{19}$ with two-dimensional pseudospin-1/2 triangular lattice  \n");
        assertThat(md).contains("**[4]** A Cost-Effective Approach to Smooth A\\* Path Planning for Autonomous "
                + "Vehicles  \narXiv (cs.RO) 2024-11-28 · Lukas Schichler, Karin Festl, Selim Solmaz, Daniel Watzenig · "
                + "<https://arxiv.org/abs/2411.18150>  \nTL;DR: By adapting the A\\* algorithm for a curvature "
                + "constraint");
        assertThat(md).contains("**[5]** Study of the exotic three-body $N D^* \\bar{K}^*$ system  \n");
        assertThat(md).contains("TL;DR: Let $V$ be an $n$-dimensional vector space over the finite field "
                + "$\\mathbb{F}_{q}$ and let $\\left[V\\atop k\\right]_q$ denote the family of all $k$-dimensional "
                + "subspaces of $V$.\n");
        // the extractive path's theme quotes an abstract and its pick names a title: the math in them as written
        assertThat(md).contains("\n- From this perspective, we find five states with total spin $1/2,3/2,5/2$, with "
                + "bindings from $10$ to $30$ MeV");
        assertThat(md).contains("1. **[5] Study of the exotic three-body $N D^* \\bar{K}^*$ system** — Central to the "
                + "theme “spaces · states · equation” (5 papers; ");

        String html = org.commonmark.renderer.html.HtmlRenderer.builder().build().render(Parser.builder().build()
                .parse(md));
        assertThat(html).contains("<strong>[4]</strong> A Cost-Effective Approach to Smooth A* Path Planning for "
                        + "Autonomous Vehicles<br />",
                "<strong>[5]</strong> Study of the exotic three-body $N D^* \\bar{K}^*$ system<br />",
                // titles as a reader reads them: TeX's accents made letters, math as written
                "<strong>[2]</strong> $d$-Degree Erdős-Ko-Rado theorem for finite vector spaces<br />",
                "<strong>[1]</strong> Almost sure well-posedness and orbital stability for Schrödinger "
                        + "equation with potential<br />",
                "TL;DR: By adapting the A* algorithm for a curvature constraint");
    }

    /** A title and an author name that look like Markdown (CONSTRUCTED on arXiv 2411.17700) show as written. */
    @Test
    void aTitleThatLooksLikeMarkdownIsShownAsWritten() {
        Paper marked = papers.get(0).toBuilder()
                .title("*Attention* for snake_case_name when $a_i < b_j$ & x_1")
                .authors(List.of(Author.of("Jun_Cui"), Author.of("*Ada*")))
                .build();
        String md = new MarkdownRenderer().render(
                BriefingGenerator.extractive().generate(BriefingRequest.builder(List.of(marked)).build()));
        assertThat(md).startsWith("# Research briefing · 2024-11-28 · 1 paper\n");
        assertThat(md).contains("**[1]** \\*Attention\\* for snake\\_case\\_name when $a_i < b_j$ \\& x\\_1  \n"
                + "arXiv (cs.CY) 2024-11-28 · Jun\\_Cui, \\*Ada\\* · <https://arxiv.org/abs/2411.17700>  \n");
        String html = org.commonmark.renderer.html.HtmlRenderer.builder().build().render(Parser.builder().build()
                .parse(md));
        assertThat(html).contains("<strong>[1]</strong> *Attention* for snake_case_name when $a_i &lt; b_j$ &amp; "
                + "x_1<br />\narXiv (cs.CY) 2024-11-28 · Jun_Cui, *Ada* · ");
    }

    /** The footer says what its figure means, in the briefing's language. */
    @Test
    void theFooterExplainsItselfInEachLanguage() {
        List<Paper> twenty = papers.subList(0, 20);
        assertThat(new MarkdownRenderer().render(BriefingGenerator.extractive().generate(
                BriefingRequest.builder(twenty).language("zh").build())))
                .endsWith("\n---\n\n与所引论文原文相符的引用：100%（共 17 处） · 抽取式简报（未使用语言模型）\n");
        assertThat(new MarkdownRenderer().render(BriefingGenerator.extractive().generate(
                BriefingRequest.builder(twenty).language("ja").build())))
                .endsWith("\n---\n\n引用先の論文の記述と一致する引用：100%（17 件中） · 抽出型ブリーフィング（言語モデル不使用）\n");
    }
}
