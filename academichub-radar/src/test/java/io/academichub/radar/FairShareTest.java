package io.academichub.radar;

import io.academichub.model.Paper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each interest's fair share of the list, on the real arXiv announcement of 2024-11-28 (1,504 papers). */
class FairShareTest {

    private static final List<Paper> DAY = RealDay.papers();
    private static final String QEC = "interest 'quantum error correction' (weight 0.8)";

    /** The README's example profile: a busy interest and a thin one. */
    private static Profile example(int limit, boolean fairShare) {
        return Profile.builder("example")
                .interest("language models", "\"large language model\" OR LLM OR \"language models\"", 1.0)
                .interest("quantum error correction",
                        "\"surface code\" OR qLDPC OR \"logical qubit\" OR \"error correction\"", 0.8)
                .exclusion("no surveys", "title:survey")
                .limit(limit).fairShare(fairShare).build();
    }

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(m -> m.paper().id().value()).toList();
    }

    @Test
    void aBusyInterestNoLongerCrowdsOutTheOther() {
        Radar radar = Radar.builder().build();

        List<Match> byScore = radar.rank(example(30, false), DAY);
        List<Match> shared = radar.rank(example(30, true), DAY);

        // by score alone, 30 language-model papers and not one on error correction
        assertThat(byScore).hasSize(30).allSatisfy(m ->
                assertThat(m.reasons().get(0).text()).startsWith("interest 'language models' matched"));
        // the interest's share: min(its 4 papers, floor(30 · 0.8/1.8 · 0.5) = 6); they take the last four places
        assertThat(shared).hasSize(30);
        assertThat(ids(shared)).containsExactlyElementsOf(
                concat(ids(byScore).subList(0, 26), List.of("2411.18090", "2406.17995", "2405.09035", "2411.18450")));
        assertThat(ids(byScore).subList(26, 30))
                .containsExactly("2411.17760", "2411.18019", "2411.18530", "2411.17912");
        // scores are not changed, and the list is still best first
        Map<String, Double> before = byScore.stream().collect(Collectors.toMap(m -> m.paper().id().value(), Match::score));
        assertThat(shared.subList(0, 26)).allSatisfy(m ->
                assertThat(m.score()).isEqualTo(before.get(m.paper().id().value())));
        assertThat(shared).extracting(Match::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(shared.get(26).score()).isLessThan(byScore.get(29).score());
        // a paper the share kept says so; the others' reasons are as before
        Match cim = shared.get(26);
        assertThat(cim.reasons().get(0).text()).startsWith(QEC + " matched \"surface code\", \"error correction\" in the "
                + "title: CIM-Based Parallel Fully FFNN **Surface Code** High-Level Decoder for Quantum **Error Correction**");
        assertThat(cim.reasons().get(cim.reasons().size() - 1)).isEqualTo(new Reason(Reason.Kind.SCORE,
                "score 0.69 from interests 0.69, seed likeness 0.00, no followed author; listed as one of the best for "
                        + "interest 'quantum error correction' (its fair share of the list)", cim.score()));
        assertThat(shared.subList(0, 26)).isEqualTo(byScore.subList(0, 26));
    }

    @Test
    void theReasonSaysSoInTheReadersLanguage() {
        List<Match> zh = Radar.builder().language(Locale.CHINESE).build().rank(example(30, true), DAY);
        List<Match> ja = Radar.builder().language(Locale.JAPANESE).build().rank(example(30, true), DAY);

        Function<Match, String> score = m -> m.reasons().get(m.reasons().size() - 1).text();
        assertThat(score.apply(zh.get(26))).isEqualTo("得分 0.69：兴趣 0.69，种子相似度 0.00，无关注的作者；"
                + "作为兴趣“quantum error correction”的最佳论文之一列入（该兴趣应得的名额）");
        assertThat(score.apply(ja.get(26))).isEqualTo("スコア 0.69：関心テーマ 0.69、シード類似度 0.00、フォロー中の著者なし、"
                + "関心テーマ「quantum error correction」の上位論文として掲載（関心テーマごとの割り当て枠）");
        assertThat(score.apply(zh.get(25))).doesNotContain("名额");
    }

    @Test
    void aWeakMatchDoesNotEarnItsInterestAPlace() {
        // Two classical-decoding papers mention "error correction" once (relevance 0.27 and 0.20 before the weight,
        // under FairShare.MIN_RELEVANCE): they are on a long list by score, never on a short one by the share.
        Radar radar = Radar.builder().build();
        Function<Match, String> firstReason = m -> m.reasons().get(0).text();

        List<Match> all = radar.rank(example(1000, false), DAY);
        List<Match> shared = radar.rank(example(30, true), DAY);

        assertThat(all).filteredOn(m -> firstReason.apply(m).startsWith(QEC)).extracting(m -> m.paper().id().value())
                .containsExactly("2411.18090", "2406.17995", "2405.09035", "2411.18450", "2411.18316", "2406.14233");
        assertThat(ids(shared)).doesNotContain("2411.18316", "2406.14233");
    }

    @Test
    void withOneInterestTheListIsTheBestByScore() {
        // one interest, a followed author and a seed: the interest has nothing to share the list with
        Function<Boolean, Profile> profile = fair -> Profile.builder("one")
                .interest("codes", "\"surface code\" OR qLDPC OR \"logical qubit\" OR \"error correction\"", 1)
                .authors("Ramirez, Jose").seeds("2411.18090").limit(5).fairShare(fair).build();
        Radar radar = Radar.builder().build();

        List<Match> shared = radar.rank(profile.apply(true), DAY);

        assertThat(radar.rank(Profile.builder("one").interest("codes", "\"surface code\" OR qLDPC OR \"logical "
                + "qubit\" OR \"error correction\"", 1).authors("Ramirez, Jose").seeds("2411.18090").limit(100)
                .build(), DAY)).hasSizeGreaterThan(5);
        assertThat(shared).hasSize(5).isEqualTo(radar.rank(profile.apply(false), DAY));
    }

    @Test
    void withMoreRoomThanCandidatesNothingChanges() {
        Radar radar = Radar.builder().build();

        List<Match> shared = radar.rank(example(1000, true), DAY);

        assertThat(shared).hasSize(156).isEqualTo(radar.rank(example(1000, false), DAY));
    }

    @Test
    void whenTheSharesExceedTheListTheBestScoredOfTheReservedPapersAreKept() {
        // lead interest of each candidate, best score first; -1 for a paper no interest leads
        Profile three = Profile.builder("three").interest("a", "a", 1).interest("b", "b", 1).interest("c", "c", 1)
                .limit(2).build();
        Profile two = Profile.builder("two").interest("a", "a", 1).interest("b", "b", 1).limit(4).build();

        // three interests, two places: one each is reserved, the first two reserved are kept
        assertThat(FairShare.cut(new int[] {0, 0, 1, 1, 2}, three)).containsExactly(0, 2);
        // two interests, four places: one each (floor(4 · 1/2 · 0.5) = 1), then the best two of the rest by score
        assertThat(FairShare.cut(new int[] {0, 0, 0, 0, -1, 1, 1}, two)).containsExactly(0, 1, 2, 5);
        // the share switched off: by score
        assertThat(FairShare.cut(new int[] {0, 0, 0, 0, -1, 1, 1},
                Profile.builder("off").interest("a", "a", 1).interest("b", "b", 1).limit(4).fairShare(false).build()))
                .containsExactly(0, 1, 2, 3);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
