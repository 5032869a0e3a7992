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

            assertThat(monitor.size()).isEqualTo(6);
            assertThat(byMonitor.keySet()).containsExactlyInAnyOrder(
                    "quantum-error-correction", "llm-agents", "followed", "pulsars", "from-library");
            for (Profile profile : profiles()) {
                List<Match> alone = radar.rank(profile, DAY);
                assertThat(byLoop.getOrDefault(profile.name(), List.of())).as(profile.name()).isEqualTo(alone);
                assertThat(byMonitor.getOrDefault(profile.name(), List.of())).as(profile.name())
                        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("score", "reasons")
                        .isEqualTo(alone);
                List<Match> monitored = byMonitor.getOrDefault(profile.name(), List.of());
                for (int i = 0; i < alone.size(); i++) {
                    assertThat(monitored.get(i).score()).isCloseTo(alone.get(i).score(),
                            org.assertj.core.data.Offset.offset(1e-6));
                    assertThat(monitored.get(i).reasons()).extracting(Reason::text)
                            .isEqualTo(alone.get(i).reasons().stream().map(Reason::text).toList());
                }
            }
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
