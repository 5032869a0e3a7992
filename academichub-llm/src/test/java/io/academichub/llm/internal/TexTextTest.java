package io.academichub.llm.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TexTextTest {

    @Test
    void textModeMarkupBecomesTheTextItMarksUp() {
        // arXiv 2405.09035v3 (in the 2024-11-28 announcement), as its abstract names the processor
        assertThat(TexText.readable("on distance-2 surface codes using the superconducting quantum processor "
                + "\\textit{Wukong}, thereby demonstrating a universal logical gate set."))
                .isEqualTo("on distance-2 surface codes using the superconducting quantum processor Wukong, thereby "
                        + "demonstrating a universal logical gate set.");
        assertThat(TexText.readable("\\textbf{First}, an \\emph{exact} and {\\em fast} method; {\\bf bold} too"))
                .isEqualTo("First, an exact and fast method; bold too");
        assertThat(TexText.readable("\\textbf{\\emph{nested}} groups")).isEqualTo("nested groups");
        assertThat(TexText.readable("Code: \\url{https://github.com/x/y} and \\href{https://x.org}{the site}."))
                .isEqualTo("Code: https://github.com/x/y and the site.");
        assertThat(TexText.readable("up 50\\% for R\\&D at \\#1, snake\\_case"))
                .isEqualTo("up 50% for R&D at #1, snake_case");
    }

    @Test
    void dashesBetweenWordsBecomeDashes() {
        // arXiv 2411.18620 (in the 2024-11-28 announcement) sets its aside off with TeX's en dashes
        assertThat(TexText.readable("between different modalities -- language and vision -- in MLLMs"))
                .isEqualTo("between different modalities \u2013 language and vision \u2013 in MLLMs");
        assertThat(TexText.readable("a result --- surprising --- holds")).isEqualTo("a result \u2014 surprising \u2014 holds");
        assertThat(TexText.readable("run it with --verbose; C-- and a--b stay")).isEqualTo("run it with --verbose; C-- and a--b stay");
        assertThat(TexText.readable("math $a -- b$ stays")).isEqualTo("math $a -- b$ stays");
    }

    @Test
    void mathAndOtherCommandsStayAsWritten() {
        assertThat(TexText.readable("a bound $\\textbf{x} \\in \\mathbb{R}^{n}$ holds \\textit{always}"))
                .isEqualTo("a bound $\\textbf{x} \\in \\mathbb{R}^{n}$ holds always");
        assertThat(TexText.readable("see \\cite{smith} and \\footnote{x}")).isEqualTo("see \\cite{smith} and \\footnote{x}");
        assertThat(TexText.readable("{\\item list}")).isEqualTo("{\\item list}"); // \item is no font switch
        assertThat(TexText.readable("no markup at all")).isEqualTo("no markup at all");
        // arXiv 2411.17730 writes its equation as an environment, without dollars: kept whole, braces and all
        String equation = "with potential \\begin{equation*} \\left\\{\\begin{array}{l} i \\partial_t u=0, \\\\ "
                + "\\left.u\\right|_{t=0}=f \\end{array}\\right. \\end{equation*} where \\emph{s} holds";
        assertThat(TexText.readable(equation)).isEqualTo(equation.replace("\\emph{s}", "s"));
        assertThat(TexText.readable("a \\begin{broken environment")).isEqualTo("a \\begin{broken environment");
    }

    @Test
    void accentsBecomeLetters() {
        assertThat(TexText.readable("the Schr\\\"odinger equation, after \\textit{Poincar\\'e}"))
                .isEqualTo("the Schrödinger equation, after Poincaré");
    }
}
