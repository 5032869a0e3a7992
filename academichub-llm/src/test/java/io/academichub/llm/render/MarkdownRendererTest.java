package io.academichub.llm.render;

import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.llm.briefing.RealPapers;
import io.academichub.model.Author;
import io.academichub.model.Paper;
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
        assertThat(md).endsWith("· extractive\n");
    }

    @Test
    void labelsFollowTheLanguage() {
        Briefing b = BriefingGenerator.extractive().generate(BriefingRequest.builder(papers).language("ja").build());
        String md = new MarkdownRenderer().render(b);
        assertThat(md).contains("\n## 概要\n", "\n## テーマ\n", "\n## 論文\n", "要点: ");
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
        assertThat(b.title()).isEqualTo("Research briefing · — · 1 papers");
    }

    @Test
    void escapeUsesCommonMarkBackslashes() {
        assertThat(MarkdownRenderer.escape("a [b] <c> & d\\e\nf")).isEqualTo("a \\[b\\] \\<c> \\& d\\\\e f");
    }
}
