package io.academichub.radar;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.store.InMemoryPaperStore;
import io.academichub.source.SourceRegistry;
import io.academichub.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The radar on the real arXiv announcement of 2024-11-28 (1,504 papers). */
class RadarTest {

    private static final List<Paper> DAY = RealDay.papers();

    private static Paper paper(String arxivId) {
        return DAY.stream().filter(p -> p.id().equals(PaperId.arxiv(arxivId))).findFirst().orElseThrow();
    }

    private static Optional<Match> matchOf(List<Match> matches, String arxivId) {
        return matches.stream().filter(m -> m.paper().id().equals(PaperId.arxiv(arxivId))).findFirst();
    }

    @Test
    void theQecProfileFindsTheErrorCorrectionPapersFirstWithReasons() {
        Profile profile = ProfileReader.read(ProfileReaderTest.resource("qec.yaml"));

        List<Match> matches = Radar.builder().build().rank(profile, DAY);

        assertThat(DAY).hasSize(1504);
        assertThat(matches).isNotEmpty();
        assertThat(matches.subList(0, 2)).extracting(m -> m.paper().id().value())
                .containsExactlyInAnyOrder("2406.17995", "2411.18090");
        assertThat(matches).extracting(Match::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(matches).allSatisfy(m -> {
            assertThat(m.score()).isBetween(0.0, 1.0);
            assertThat(m.profile()).isEqualTo("quantum-error-correction");
            assertThat(m.status()).isEqualTo(Match.Status.NEW);
            assertThat(m.reasons()).isNotEmpty();
            assertThat(m.reasons().get(m.reasons().size() - 1).kind()).isEqualTo(Reason.Kind.SCORE);
            // the profile's filters held: a listed category, no survey in the title
            assertThat(m.paper().categories()).containsAnyOf("quant-ph", "cs.AR", "cs.ET");
            assertThat(m.paper().title().toLowerCase(Locale.ROOT)).doesNotContain("survey");
        });
        Match cim = matchOf(matches, "2411.18090").orElseThrow();
        Reason codes = cim.reasons().stream().filter(r -> r.text().startsWith("interest 'codes'")).findFirst().orElseThrow();
        assertThat(codes.kind()).isEqualTo(Reason.Kind.INTEREST);
        assertThat(codes.text()).startsWith("interest 'codes' matched \"surface code\", \"error correction\" in the "
                + "title: CIM-Based Parallel Fully FFNN **Surface Code** High-Level Decoder for Quantum **Error Correction** "
                + "| \"error correction\", \"surface codes\" in the abstract: Due to the high sensitivity of qubits");
        Reason decoders = cim.reasons().stream().filter(r -> r.text().startsWith("interest 'decoders' (weight 0.8)"))
                .findFirst().orElseThrow();
        assertThat(decoders.text()).contains("\"decoder\"");
    }

    @Test
    void quotedPassagesAreCutBetweenWordsKeepMarkedTermsWholeAndEndInOneEllipsis() {
        // the three papers a reviewer found cut badly in the demo (the example profile's interest on this day):
        // "oligopoly sett…", "effectiveness of **L…" and "overheads.  ……"
        Profile profile = Profile.builder("example")
                .interest("language models", "\"large language model\" OR LLM OR \"language models\"", 1).build();

        List<Match> matches = Radar.builder().build().rank(profile, DAY);

        String head = "interest 'language models' matched \"large language models\" in the title: ";
        assertThat(matchOf(matches, "2404.00806").orElseThrow().reasons().get(0).text()).isEqualTo(head
                + "Algorithmic Collusion by **Large Language Models** | \"large language models\", \"llms\", \"llm\" in "
                + "the abstract: We conduct experiments with algorithmic pricing agents based on **Large Language "
                + "Models** (**LLMs**). We find that (1) **LLM**-based agents are adept at pricing tasks, (2) **LLM**-based "
                + "pricing agents autonomously collude in oligopoly settings to the…");
        assertThat(matchOf(matches, "2406.11248").orElseThrow().reasons().get(0).text()).isEqualTo(head
                + "Performance Improvement of Language-Queried Audio Source Separation Based on Caption Augmentation "
                + "From **Large Language Models** for DCASE Challenge 2024 Task 9 | \"large language models\", \"llms\", "
                + "\"llm\" in the abstract: To enhance the performance of LASS, the proposed approach utilizes **large "
                + "language models** (**LLMs**) to generate multiple captions corresponding to each sentence of the "
                + "training dataset. … This study highlights the effectiveness of **LLM**-based…");
        assertThat(matchOf(matches, "2407.05784").orElseThrow().reasons().get(0).text()).isEqualTo(head
                + "Hecaton: Training **Large Language Models** with Scalable Chiplet Systems | \"large language "
                + "models\", \"llms\", \"llm\" in the abstract: **Large Language Models** (**LLMs**) have achieved "
                + "remarkable success in various fields, but their training and finetuning require massive computation "
                + "and memory, necessitating parallelism which introduces heavy communication overheads. … This…");
    }

    @Test
    void aStemmedPhraseMatchesItsPlural() {
        // "surface code" in the query finds "surface codes" in 2405.09035's title through the English stemmer.
        Profile profile = Profile.builder("p").interest("codes", "title:\"surface code\"", 1).build();

        List<Match> matches = Radar.builder().build().rank(profile, DAY);

        assertThat(matches).extracting(m -> m.paper().id().value()).contains("2405.09035", "2411.18090");
        assertThat(matchOf(matches, "2405.09035").orElseThrow().reasons().get(0).text())
                .contains("**surface codes**");
    }

    @Test
    void exclusionsRemovePapersAndSayWhyWhenAsked() {
        Profile profile = Profile.builder("surveys").interest("any", "title:survey", 1)
                .exclusion("no deepfakes", "title:deepfake").build();
        Radar radar = Radar.builder().build();

        List<Match> matches = radar.rank(profile, DAY);
        List<Excluded> excluded = radar.excluded(profile, DAY);

        assertThat(matches).extracting(m -> m.paper().title()).contains("Large Language Model-Brained GUI Agents: A Survey")
                .doesNotContain("Passive Deepfake Detection Across Multi-modalities: A Comprehensive Survey");
        assertThat(excluded).anySatisfy(x -> {
            assertThat(x.paper().title()).isEqualTo("Passive Deepfake Detection Across Multi-modalities: A Comprehensive Survey");
            assertThat(x.reason()).isEqualTo("exclusion 'no deepfakes'");
        });
    }

    @Test
    void followedAuthorsAreFoundDespiteInitialsAccentsAndOrder() {
        // The feed writes "Jos\'e L. Ram\'irez" (TeX), which the parser turns into "José L. Ramírez".
        Profile profile = Profile.builder("authors").authors("Ramirez, Jose", "W. van der Schee").build();

        List<Match> matches = Radar.builder().build().rank(profile, DAY);

        assertThat(matches).hasSize(2);
        assertThat(matches).allSatisfy(m -> assertThat(m.reasons().get(0).kind()).isEqualTo(Reason.Kind.AUTHOR));
        assertThat(matches).flatExtracting(Match::reasons).extracting(Reason::text).contains(
                "by followed author Ramirez, Jose (listed as \"José L. Ramírez\")",
                "by followed author W. van der Schee (listed as \"Wilke van der Schee\")");
        assertThat(matches).extracting(Match::score).containsOnly(ScoreFormula.AUTHOR_WEIGHT);
    }

    @Test
    void aFollowedAuthorWrittenWithSsIsFoundUnderAnEszett() throws IOException {
        // A real arXiv API reply of 100 papers; its bylines write "Florian Kroiß" and "Oliver Weißl".
        List<Paper> papers;
        try (InputStream in = Fixtures.open("fixtures/arxiv-api-atom/search_all-testing_start0_max100_2026-04.xml")) {
            papers = SourceRegistry.discover().format("arxiv-atom").orElseThrow()
                    .parse(in, "arxiv-api", URI.create("https://feeds.example.org/api/query")).papers();
        }
        Profile profile = Profile.builder("testing").authors("Florian Kroiss", "O. Weissl").build();

        List<Match> matches = Radar.builder().build().rank(profile, papers);

        assertThat(papers).hasSize(100);
        assertThat(matches).extracting(m -> m.paper().id().value()).containsExactlyInAnyOrder("2101.09077", "2602.15552");
        assertThat(matches).flatExtracting(Match::reasons).extracting(Reason::text).contains(
                "by followed author Florian Kroiss (listed as \"Florian Kroiß\")",
                "by followed author O. Weissl (listed as \"Oliver Weißl\")");
        try (ProfileMatcher monitor = ProfileMatcher.monitor()) {
            monitor.register(List.of(profile));
            assertThat(monitor.match(papers).get("testing")).isEqualTo(matches);
        }
    }

    @Test
    void seedsFindSimilarPapersAndSayThroughWhichTerms() {
        Profile profile = ProfileReader.read(ProfileReaderTest.resource("library.yaml"));

        List<Match> matches = Radar.builder().build().rank(profile, DAY);

        assertThat(matches).extracting(m -> m.paper().id().value()).contains("2406.17995", "2411.18090");
        // the CIM seed is in the day too: it is like the other seed, never like itself
        assertThat(matchOf(matches, "2411.18090").orElseThrow().reasons().get(0).text())
                .startsWith("similar to seed 'Towards quantum error correction with two-body gates");
        Reason seed = matchOf(matches, "2406.17995").orElseThrow().reasons().get(0);
        assertThat(seed.kind()).isEqualTo(Reason.Kind.SEED);
        assertThat(seed.text()).startsWith("similar to seed 'CIM-Based Parallel Fully FFNN Surface Code High-Level "
                + "Decoder for Quantum Error Correction' (arxiv:2411.18090) through ").contains("decoders");
    }

    @Test
    void aScoreMeansTheSameOnAnotherDay() {
        // Two "days" of 752 real papers each (the even and the odd items), both holding the two papers: scores are
        // divided by each query's own yardstick, not by the day's best paper, so a paper's score barely moves
        // although every idf and the average lengths change. (No seeds: a seed found in one half only would count.)
        Profile qec = ProfileReader.read(ProfileReaderTest.resource("qec.yaml"));
        Profile.Builder builder = Profile.builder("interests only");
        qec.interests().forEach(builder::interest);
        Profile profile = builder.build();
        List<Paper> even = new ArrayList<>();
        List<Paper> odd = new ArrayList<>();
        for (int i = 0; i < DAY.size(); i++) {
            (i % 2 == 0 ? even : odd).add(DAY.get(i));
        }
        List<String> ids = List.of("2411.18090", "2405.09035", "2406.17995");
        for (String id : ids) {
            even.remove(paper(id));
            odd.remove(paper(id));
            even.add(paper(id));
            odd.add(paper(id));
        }
        Radar radar = Radar.builder().build();

        List<Match> first = radar.rank(profile, even);
        List<Match> second = radar.rank(profile, odd);

        for (String id : ids) {
            double a = matchOf(first, id).orElseThrow().score();
            double b = matchOf(second, id).orElseThrow().score();
            assertThat(Math.abs(a - b)).as(id + ": %s vs %s", a, b).isLessThan(0.05);
        }
    }

    @Test
    void minScoreAndLimitApplyLast() {
        Profile loose = Profile.builder("l").interest("q", "quantum", 1).build();
        Profile strict = Profile.builder("s").interest("q", "quantum", 1).minScore(0.8).limit(5).build();
        Radar radar = Radar.builder().build();

        List<Match> all = radar.rank(loose, DAY);
        List<Match> few = radar.rank(strict, DAY);

        assertThat(all.size()).isEqualTo(Profile.DEFAULT_LIMIT);
        assertThat(few).hasSizeLessThanOrEqualTo(5).allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.8));
        assertThat(few).extracting(m -> m.paper().id())
                .isEqualTo(all.stream().filter(m -> m.score() >= 0.8).limit(5).map(m -> m.paper().id()).toList());
    }

    @Test
    void aSecondScanShowsNothingNewAndANewVersionOnceAsUpdated() {
        Profile profile = ProfileReader.read(ProfileReaderTest.resource("qec.yaml"));
        Radar radar = Radar.builder().store(new InMemoryPaperStore()).build();

        List<Match> first = radar.scan(profile, DAY);
        List<Match> second = radar.scan(profile, DAY);

        assertThat(first).isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(Match.Status.NEW));
        assertThat(second).isEmpty();

        Paper v2 = paper("2411.18090").toBuilder().version(2).build();
        List<Paper> nextDay = new ArrayList<>(DAY);
        nextDay.replaceAll(p -> p.id().equals(v2.id()) ? v2 : p);
        List<Match> third = radar.scan(profile, nextDay);
        List<Match> fourth = radar.scan(profile, nextDay);

        assertThat(third).singleElement().satisfies(m -> {
            assertThat(m.paper().version()).isEqualTo(2);
            assertThat(m.status()).isEqualTo(Match.Status.UPDATED);
        });
        assertThat(fourth).isEmpty();
    }
}
