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
                "agents · ai · user",
                "quantum · spin · state",
                "image · diffusion models · depth",
                "llms · large language models · reasoning",
                "stars · galaxies · stellar",
                "decay · flow · nonlinear",
                "graph · finite · vertex",
                "decoding · scheduling · memory",
                "black hole · gravity · theory",
                "heat · bayesian · plasma",
                "group · algebras · categories",
                "derivatives · functional · estimation",
                "entropy · entanglement · cft",
                "elastic · weak · inertia");
        assertThat(day.themes().get(2).fields()).startsWith("condensed matter", "quantum physics", "physics");
    }

    @Test
    void bridgesAreTellingTermsThatPapersOfTwoFieldsAreAbout() {
        assertThat(day.bridges()).extracting(Bridge::idea, Bridge::fromField, Bridge::toField,
                b -> b.statement().citations()).containsExactly(
                tuple("segmentation model", "computer science", "electrical engineering", List.of(132, 903)),
                tuple("spin qubits", "quantum physics", "condensed matter", List.of(1328, 994)),
                tuple("monocular", "computer science", "electrical engineering", List.of(1142, 1313)),
                tuple("neutrino", "particle physics (phenomenology)", "astrophysics", List.of(941, 1501)),
                tuple("momentum", "physics", "nuclear physics (theory)", List.of(318, 1260)),
                tuple("tree", "computer science", "mathematics", List.of(915, 1347)));
        assertThat(day.bridges().get(1).statement().text()).isEqualTo("In quantum physics, “Individual solid-state "
                + "nuclear spin qubits with coherence exceeding seconds”; in condensed matter, “Theory of the "
                + "Simultaneous Transient Dispersive Readout of Multiple Spin Qubits”.");
    }

    @Test
    void readFirstPicksAPaperAboutEachLargestTheme() {
        assertThat(day.readFirst()).extracting(ReadingPick::paper).containsExactly(923, 580, 346, 1474, 865);
        assertThat(day.papers().get(579).paper().title()).isEqualTo("Large Language Model-Brained GUI Agents: A Survey");
        // eleven fields, of which the sentence names the three with most papers
        assertThat(day.themes().get(1).fields()).hasSize(11);
        assertThat(day.readFirst().get(1).why().text()).isEqualTo("Central to the theme “agents · ai · user” (157 "
                + "papers; computer science, electrical engineering, physics and 8 more).");
    }

    @Test
    void keepsTheRules() {
        ExtractiveRules.check(day);
    }
}
