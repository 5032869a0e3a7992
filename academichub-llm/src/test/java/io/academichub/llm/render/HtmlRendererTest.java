package io.academichub.llm.render;

import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.llm.briefing.RealPapers;
import io.academichub.model.Paper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlRendererTest {

    private final List<Paper> papers = RealPapers.sample100();

    @Test
    void aSelfContainedPageWithTheListThenTheBriefing() {
        Briefing b = BriefingGenerator.extractive().generate(BriefingRequest.builder(papers).build());
        String html = new HtmlRenderer().render(b);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        assertThat(html).doesNotContain("<script", "<link", "src=", "@import");
        assertThat(html).contains("<li id=\"p1\">\n<div class=\"num\">001.</div>\n"
                + "<div class=\"src\">arXiv (cs.CY) 2024-11-28</div>\n"
                + "<div class=\"title\"><a href=\"https://arxiv.org/abs/2411.17700\">Exploring the Impact of "
                + "Generative AI on Cross-Border E-Commerce Brand Building in Chinese Tianjin&#39;s Manufacturing "
                + "Sector</a></div>\n<p class=\"authors\"><span class=\"label\">Authors: </span>Jun Cui</p>\n"
                + "<p class=\"note\">TL;DR: This study investigates");
        assertThat(html.indexOf("<section id=\"papers\">")).isLessThan(html.indexOf("<section id=\"briefing\">"));
        int cited = b.themes().get(0).statements().get(0).citations().get(0);
        assertThat(html).contains("<a class=\"cite\" href=\"#p" + cited + "\">[" + cited + "]</a>");
    }

    @Test
    void aNotesMarkedWordsAreShownMarkedAndEscaped() {
        Paper paper = papers.get(0);
        List<HtmlRenderer.ListedPaper> items = List.of(new HtmlRenderer.ListedPaper(1, paper, List.of(
                HtmlRenderer.Note.plain("example · score 0.91 · new"),
                new HtmlRenderer.Note(List.of("interest 'ai' matched \"generative ai\" in the title: Exploring the "
                        + "Impact of ", "Generative AI", " on <Cross-Border> E-Commerce")),
                // a mark left open by a quotation cut short: the last part is a marked one
                new HtmlRenderer.Note(List.of("in the abstract: … the ", "L&D")),
                new HtmlRenderer.Note(List.of("nothing marked, ", "", "")))));

        String html = new HtmlRenderer().page("cs.CY · 2024-11-28", "en", items, null);

        assertThat(html).contains("<p class=\"note\">example · score 0.91 · new</p>\n"
                + "<p class=\"note\">interest &#39;ai&#39; matched &quot;generative ai&quot; in the title: Exploring the "
                + "Impact of <mark>Generative AI</mark> on &lt;Cross-Border&gt; E-Commerce</p>\n"
                + "<p class=\"note\">in the abstract: … the <mark>L&amp;D</mark></p>\n"
                + "<p class=\"note\">nothing marked, </p>\n");
        assertThat(html).contains("mark{background:none;color:inherit;font-weight:600}");
        assertThat(new HtmlRenderer.Note(List.of("a ", "b", " c")).text()).isEqualTo("a b c");
    }

    @Test
    void chineseLabels() {
        Briefing b = BriefingGenerator.extractive().generate(
                BriefingRequest.builder(papers.subList(0, 20)).language("zh").build());
        String html = new HtmlRenderer().render(b);
        assertThat(html).contains("<html lang=\"zh\">", "<span class=\"label\">作者：</span>", "<summary>摘要</summary>",
                "<h2>主题</h2>", "<p class=\"note\">一句话总结：", "<p class=\"meta\">领域：");
    }

    @Test
    void noEmptyAuthorsLabelAndFeedTextEscaped() {
        Paper hostile = papers.get(0).toBuilder().authors(List.of())
                .title("<script>alert(1)</script> \"quoted\"").build();
        List<Paper> input = new ArrayList<>(papers.subList(1, 9));
        input.add(0, hostile);
        String html = new HtmlRenderer().render(
                BriefingGenerator.extractive().generate(BriefingRequest.builder(input).build()));
        String first = html.substring(html.indexOf("<li id=\"p1\">"), html.indexOf("<li id=\"p2\">"));
        assertThat(first).doesNotContain("Authors").contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;");
        assertThat(html).doesNotContain("<script>");
        assertThat(first).contains("<div class=\"num\">01.</div>");
    }

    @Test
    void modelMarkdownKeepsEmphasisButNoHtmlNoLinksNoBlocks() {
        assertThat(HtmlRenderer.inlineMarkdown("Uses *diffusion* and `LoRA`"))
                .isEqualTo("Uses <em>diffusion</em> and <code>LoRA</code>");
        assertThat(HtmlRenderer.inlineMarkdown("<img src=x onerror=alert(1)> [x](javascript:alert(1))"))
                .doesNotContain("<img", "<a ").contains("&lt;img");
        assertThat(HtmlRenderer.inlineMarkdown("# Not a heading")).isEqualTo("# Not a heading");
    }

    /** A model's statement: its emphasis renders, its TeX math shows as written (no emphasis from its stars). */
    @Test
    void mathInAModelsStatementIsShownAsWritten() {
        assertThat(HtmlRenderer.inlineMarkdown("Holds when $a*b*c < d_i$ and *only* then"))
                .isEqualTo("Holds when $a*b*c &lt; d_i$ and <em>only</em> then");
        assertThat(HtmlRenderer.inlineMarkdown("\\(x_{[1]}\\) & $$\\alpha_*$$ but $5 *and* $10"))
                .isEqualTo("\\(x_{[1]}\\) &amp; $$\\alpha_*$$ but $5 <em>and</em> $10");
    }
}
