package io.academichub.radar;

import io.academichub.model.Paper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Many profiles in one pass give what each profile gets alone, on the real arXiv day. */
class ProfileMatcherTest {

    private static final List<Paper> DAY = RealDay.papers();

    private static List<Profile> profiles() {
        return List.of(
                ProfileReader.read(ProfileReaderTest.resource("qec.yaml")),
                Profile.builder("llm-agents").interest("agents", "\"language model\" AND agent*", 1)
                        .interest("gui", "title:GUI", 0.5).exclusion("no surveys", "title:survey").build(),
                Profile.builder("followed").authors("Ramirez, Jose", "W. van der Schee").build(),
                Profile.builder("pulsars").interest("pulsars", "pulsar AND (timing OR scintillation)", 1)
                        .categories("astro-ph.HE", "astro-ph.GA").build(),
                Profile.builder("nothing-today").interest("none", "title:\"zzyzx quokka\"", 1).build(),
                Profile.builder("broad-but-short").interest("quantum", "quantum", 1).interest("learning", "learning", 0.5)
                        .minScore(0.5).limit(3).build(),
                ProfileReader.read(ProfileReaderTest.resource("library.yaml")));
    }

    @Test
    void monitorAndTheLoopGiveWhatEachProfileGetsAlone() {
        Radar radar = Radar.builder().build();
        try (ProfileMatcher monitor = ProfileMatcher.monitor(); ProfileMatcher loop = ProfileMatcher.oneByOne()) {
            monitor.register(profiles());
            loop.register(profiles());

            Map<String, List<Match>> byMonitor = monitor.match(DAY);
            Map<String, List<Match>> byLoop = loop.match(DAY);

            assertThat(monitor.size()).isEqualTo(7);
            assertThat(byMonitor.keySet()).containsExactlyInAnyOrder(
                    "quantum-error-correction", "llm-agents", "followed", "pulsars", "from-library", "broad-but-short");
            // what a profile lists: its limit, above its minimum score, each with reasons
            assertThat(byMonitor.get("broad-but-short")).hasSize(3).allSatisfy(m -> {
                assertThat(m.score()).isGreaterThanOrEqualTo(0.5);
                assertThat(m.reasons()).isNotEmpty();
            });
            for (Profile profile : profiles()) {
                List<Match> alone = radar.rank(profile, DAY);
                assertThat(byLoop.getOrDefault(profile.name(), List.of())).as(profile.name()).isEqualTo(alone);
                // the same papers, scores (exactly: both score over the day's index) and reasons
                assertThat(byMonitor.getOrDefault(profile.name(), List.of())).as(profile.name()).isEqualTo(alone);
            }
        }
    }

    @Test
    void followedAuthorsAreFoundHoweverTheirSurnamesAreSpaced() {
        // Real bylines of the day: "Stefan Le Coz (IMT)", "Peter H. van der Kamp", "Rafael Gomez-Bombarelli",
        // "Luc Rouppe van der Voort"; the profile writes them as readers do.
        Profile profile = Profile.builder("particles")
                .authors("Stefan LeCoz", "Peter Vanderkamp", "Rafael Gómez-Bombarelli", "van der Voort, Luc")
                .build();
        try (ProfileMatcher monitor = ProfileMatcher.monitor(); ProfileMatcher loop = ProfileMatcher.oneByOne()) {
            monitor.register(List.of(profile));
            loop.register(List.of(profile));

            List<Match> byMonitor = monitor.match(DAY).get("particles");
            List<Match> byLoop = loop.match(DAY).get("particles");

            assertThat(byMonitor).isEqualTo(byLoop).isEqualTo(Radar.builder().build().rank(profile, DAY));
            assertThat(byMonitor).extracting(m -> m.reasons().get(0).text()).containsExactlyInAnyOrder(
                    "by followed author Stefan LeCoz (listed as \"Stefan Le Coz\")",
                    "by followed author Peter Vanderkamp (listed as \"Peter H. van der Kamp\")",
                    "by followed author Rafael Gómez-Bombarelli (listed as \"Rafael Gomez-Bombarelli\")",
                    "by followed author van der Voort, Luc (listed as \"Luc Rouppe van der Voort\")");
        }
    }

    @Test
    void reRegisteringReplacesAndRemoveForgets() {
        try (ProfileMatcher monitor = ProfileMatcher.monitor()) {
            monitor.register(List.of(Profile.builder("p").interest("a", "title:pulsar", 1).build()));
            monitor.register(List.of(Profile.builder("p").interest("a", "title:\"surface code\"", 1).build()));

            Map<String, List<Match>> matches = monitor.match(DAY);

            assertThat(matches.get("p")).isNotEmpty().allSatisfy(m ->
                    assertThat(m.paper().title().toLowerCase()).contains("surface code"));
            monitor.remove("p");
            assertThat(monitor.size()).isZero();
            assertThat(monitor.match(DAY)).isEmpty();
        }
    }
}
