package io.academichub.llm.render;

import io.academichub.llm.briefing.RealPapers;
import io.academichub.model.Paper;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feed and model text in Markdown: literal outside math, TeX math as written. Each case is also read back with
 * commonmark-java's default HTML renderer (raw HTML allowed), which shows what a Markdown viewer makes of it.
 */
class MarkdownTextTest {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer TO_HTML = HtmlRenderer.builder().build();

    private final List<Paper> papers = RealPapers.sample100();

    /** A single line of Markdown as commonmark-java renders it, without the paragraph around it. */
    private static String html(String markdown) {
        String html = TO_HTML.render(PARSER.parse(markdown)).strip();
        assertThat(html).startsWith("<p>").endsWith("</p>");
        return html.substring(3, html.length() - 4);
    }

    @Test
    void realTitlesKeepTheirMathAndShowTheirStars() {
        // arXiv 2411.18150, 2411.18285, 2411.18045, 2411.17985, 2411.17730 of the recorded 2024-11-28 announcement
        assertThat(papers.get(30).title()).isEqualTo("A Cost-Effective Approach to Smooth A* Path Planning for "
                + "Autonomous Vehicles");
        assertThat(MarkdownText.literal(papers.get(30).title()))
                .isEqualTo("A Cost-Effective Approach to Smooth A\\* Path Planning for Autonomous Vehicles");
        assertThat(MarkdownText.literal(papers.get(39).title()))
                .isEqualTo("Study of the exotic three-body $N D^* \\bar{K}^*$ system");
        assertThat(MarkdownText.literal(papers.get(23).title()))
                .isEqualTo("Structural and magnetic characterization of CeTa$_7$O$_{19}$ and YbTa$_7$O$_{19}$ with "
                        + "two-dimensional pseudospin-1/2 triangular lattice");
        assertThat(MarkdownText.literal(papers.get(19).title()))
                .isEqualTo("$d$-Degree Erd\\\\H{o}s-Ko-Rado theorem for finite vector spaces");
        assertThat(MarkdownText.literal(papers.get(2).title()))
                .isEqualTo("Almost sure well-posedness and orbital stability for Schr\\\\\"odinger equation with "
                        + "potential");
        // (a viewer without math support reads CeTa$_7$O$_{19}$'s underscores as emphasis: escaping them would break
        // the subscripts for every viewer with it)
        for (int i : new int[] {2, 19, 30, 39}) {
            assertThat(html(MarkdownText.literal(papers.get(i).title()))).as("arXiv title %d", i)
                    .isEqualTo(htmlText(papers.get(i).title()));
        }
    }

    @Test
    void lessThanInMathIsNotEscapedAndOpensNoTag() {
        // the real abstract of arXiv 2411.17730: "… where $\frac{1}{3}<s<1$ and $V(x):…$ satisfies …"
        String sentence = "where $\\frac{1}{3}<s<1$ and $V(x):\\mathbb{R}^4\\rightarrow \\mathbb{R}$ satisfies "
                + "appropriate conditions.";
        assertThat(papers.get(2).abstractText()).contains(sentence);
        // "<s" could start a tag in a viewer without math; the space after "<" changes nothing in TeX
        assertThat(MarkdownText.literal(sentence)).isEqualTo("where $\\frac{1}{3}< s<1$ and "
                + "$V(x):\\mathbb{R}^4\\rightarrow \\mathbb{R}$ satisfies appropriate conditions.");
        assertThat(MarkdownText.prose("Sparse bounds hold when $a_i < b_j$ & c")).isEqualTo(
                "Sparse bounds hold when $a_i < b_j$ \\& c");
        assertThat(html(MarkdownText.prose("Sparse bounds hold when $a_i < b_j$ & c")))
                .isEqualTo("Sparse bounds hold when $a_i &lt; b_j$ &amp; c");
    }

    @Test
    void everyMathDelimiterIsKept() {
        assertThat(MarkdownText.literal("$$\\sum_i x_i < 1$$ and \\(a_i*b_j\\) and \\[x_{[1]}\\] but *b*"))
                .isEqualTo("$$\\sum_i x_i < 1$$ and \\(a_i*b_j\\) and \\[x_{[1]}\\] but \\*b\\*");
        // pandoc's rule: "$5 and $10" is no math, and a TeX-escaped dollar opens none
        assertThat(MarkdownText.literal("from $5 and $10 to \\$20_a")).isEqualTo("from \\$5 and \\$10 to \\\\\\$20\\_a");
        assertThat(html(MarkdownText.literal("from $5 and $10 to \\$20_a"))).isEqualTo("from $5 and $10 to \\$20_a");
        // an unclosed delimiter is text
        assertThat(MarkdownText.literal("$x_i and \\(y_i")).isEqualTo("\\$x\\_i and \\\\(y\\_i");
    }

    @Test
    void titlesAndNamesShowEmphasisMarksButAModelsSentenceKeepsItsEmphasis() {
        String title = "*Attention* in snake_case_name for `x` ~~y~~";
        assertThat(MarkdownText.literal(title)).isEqualTo("\\*Attention\\* in snake\\_case\\_name for \\`x\\` \\~\\~y\\~\\~");
        assertThat(html(MarkdownText.literal(title))).isEqualTo("*Attention* in snake_case_name for `x` ~~y~~");
        assertThat(html(MarkdownText.prose("Uses *diffusion* for $x_i$"))).isEqualTo("Uses <em>diffusion</em> for $x_i$");
    }

    @Test
    void nothingFromAFeedOpensALinkATagOrAnEntityEvenInMath() {
        String hostile = "<img src=x onerror=alert(1)> [click](https://evil.example) &amp; "
                + "$<img src=x onerror=alert(2)>$ $[m](https://evil.example)$ $a &lt; b$";
        assertThat(MarkdownText.literal(hostile)).isEqualTo("\\<img src=x onerror=alert(1)> \\[click\\]"
                + "(https://evil.example) \\&amp; $< img src=x onerror=alert(2)>$ $[m] (https://evil.example)$ "
                + "$a & lt; b$");
        assertThat(html(MarkdownText.literal(hostile))).isEqualTo("&lt;img src=x onerror=alert(1)&gt; [click]"
                + "(https://evil.example) &amp;amp; $&lt; img src=x onerror=alert(2)&gt;$ $[m] (https://evil.example)$ "
                + "$a &amp; lt; b$");
    }

    @Test
    void lineBreaksBecomeSpaces() {
        assertThat(MarkdownText.literal("a\nb\r\n$x\ny$")).isEqualTo("a b  $x y$");
    }

    /** Plain text as commonmark-java writes it in HTML: {@code & < > "} as entities. */
    private static String htmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
