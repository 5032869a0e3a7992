package io.academichub.llm.briefing;

import io.academichub.model.Paper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The extractive briefing of a whole real day: the 1504 papers of arXiv's announcement of 2024-11-28 (README shows an
 * excerpt of it).
 */
class ExtractiveDayTest {

    private static Briefing day;

    @BeforeAll
    static void brief() {
        List<Paper> papers = RealPapers.read(RealPapers.DAY);
        day = BriefingGenerator.extractive().generate(BriefingRequest.builder(papers).build());
    }

    @Test
    void themesAreNamedByTheirTellingWordsAndPhrases() {
        assertThat(day.papers()).hasSize(1504);
        assertThat(day.themes()).extracting(Theme::name).containsExactly(
                "learning · neural networks · classification",
                "image · diffusion models · depth",
                "black hole · stars · galaxies",
                "large language models · llms · tokens",
                "group · finite · categories",
                "equation · nonlinear · solutions",
                "quantum · qubits · state",
                "magnetic · spin · electron",
                "quark · dark matter · mass",
                "bayesian · estimation · regression",
                "ai · agents · llms",
                "attacks · vulnerabilities · user",
                "random · path · fluctuations",
                "lattice · proof · theorem",
                "matrix · elements · channel");
        assertThat(day.themes().get(2).fields()).startsWith("astrophysics", "general relativity",
                "particle physics (theory)");
    }

    @Test
    void bridgesAreTellingTermsThatPapersOfTwoFieldsAreAbout() {
        assertThat(day.bridges()).extracting(Bridge::idea, Bridge::fromField, Bridge::toField,
                b -> b.statement().citations()).containsExactly(
                tuple("view synthesis", "computer science", "electrical engineering", List.of(1240, 1432)),
                tuple("black holes", "general relativity", "astrophysics", List.of(1166, 1282)),
                tuple("speech recognition", "computer science", "electrical engineering", List.of(621, 439)),
                tuple("categories", "mathematics", "statistics", List.of(1185, 1173)),
                // "Schr\\"odinger" in the abstracts: TeX accents are read as the letters they write
                tuple("schrödinger equation", "mathematics", "physics", List.of(759, 642)),
                tuple("spin qubits", "quantum physics", "condensed matter", List.of(1328, 994)));
        // the titles quoted as a reader reads them: TeX's accent and dash made letters
        assertThat(day.bridges().get(4).statement().text()).isEqualTo("In mathematics, “On the Schrödinger equations "
                + "with $B_\\infty$ potentials in the region above a Lipschitz graph”; in physics, “PHOENIX \u2013 "
                + "Paderborn highly optimized and energy efficient solver for two-dimensional nonlinear Schrödinger "
                + "equations with integrated extensions”.");
        assertThat(day.bridges().get(5).statement().text()).isEqualTo("In quantum physics, “Individual solid-state "
                + "nuclear spin qubits with coherence exceeding seconds”; in condensed matter, “Theory of the "
                + "Simultaneous Transient Dispersive Readout of Multiple Spin Qubits”.");
    }

    @Test
    void readFirstPicksAPaperAboutEachLargestTheme() {
        assertThat(day.readFirst()).extracting(ReadingPick::paper).containsExactly(711, 1474, 1282, 74, 691);
        assertThat(day.papers().get(1281).paper().title()).isEqualTo("Growth of Light-Seed Black Holes in Gas-Rich "
                + "Galaxies at High Redshift");
        // eleven fields, of which the sentence names the three with most papers
        assertThat(day.themes().get(0).fields()).hasSize(11);
        assertThat(day.readFirst().get(0).why().text()).isEqualTo("Central to the theme “learning · neural networks · "
                + "classification” (208 papers; computer science, electrical engineering, physics and 8 more).");
    }

    @Test
    void keepsTheRules() {
        ExtractiveRules.check(day);
    }
}
