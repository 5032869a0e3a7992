package io.academichub.radar;

import io.academichub.model.Paper;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Matches one batch of papers (a day's announcement) against many registered profiles at once — what a service
 * that holds thousands of readers' profiles runs each day. Every profile's matches are ranked and explained exactly
 * as {@link Radar#rank} ranks them for that profile alone.
 *
 * <p>{@link #monitor()} does it with Lucene Monitor (each of the day's papers is run against an index of the
 * profiles' queries, so a profile none of whose queries match today costs nothing more); {@link #oneByOne()} runs
 * each profile's queries on its own over one index of the day, shared by all profiles. Both give the same matches,
 * scores and reasons. Which to use: Monitor for papers that arrive a few at a time (a journal's feed through the day:
 * with 10,000 profiles, 12–16× quicker per paper than the shared-index loop in BENCHMARKS.md); either for a whole
 * day's batch, where they take about the same time, both about 90× less than ranking each profile with its own
 * {@link Radar}, which indexes the day for every profile.
 *
 * <p>The reasons are in English, or in the language given to {@link #monitor(Locale)} or {@link #oneByOne(Locale)}
 * (as {@link Radar.Builder#language(Locale)} chooses it). The interface is the seam where a cluster-wide
 * implementation (OpenSearch's percolator) can take Monitor's place.
 *
 * <pre>{@code
 * try (ProfileMatcher matcher = ProfileMatcher.monitor()) {
 *     matcher.register(profiles);
 *     Map<String, List<Match>> byProfile = matcher.match(todaysPapers);
 * }
 * }</pre>
 *
 * Feedback and the "only what is new" memory are per reader and stay with {@link Radar} and the store; a seed
 * named by id is found only among the batch's papers.
 */
public interface ProfileMatcher extends AutoCloseable {

    /**
     * A matcher backed by Lucene Monitor, with reasons in English.
     *
     * @return a new, empty matcher
     */
    static ProfileMatcher monitor() {
        return monitor(Locale.ENGLISH);
    }

    /**
     * A matcher backed by Lucene Monitor, with reasons in the reader's language.
     *
     * @param language the reasons' language, as {@link Radar.Builder#language(Locale)} takes it (English, Chinese,
     *                 Japanese; English for any other)
     * @return a new, empty matcher
     */
    static ProfileMatcher monitor(Locale language) {
        return new MonitorProfileMatcher(ReasonWords.of(Objects.requireNonNull(language, "language")));
    }

    /**
     * A matcher that runs each profile's queries on its own over one index of the day shared by all profiles (as
     * quick as Monitor for a whole day's batch, slower for papers arriving a few at a time), with
     * reasons in English.
     *
     * @return a new, empty matcher
     */
    static ProfileMatcher oneByOne() {
        return oneByOne(Locale.ENGLISH);
    }

    /**
     * A matcher that runs each profile's queries on its own over one index of the day shared by all profiles (as
     * quick as Monitor for a whole day's batch, slower for papers arriving a few at a time), with
     * reasons in the reader's language.
     *
     * @param language the reasons' language, as {@link Radar.Builder#language(Locale)} takes it (English, Chinese,
     *                 Japanese; English for any other)
     * @return a new, empty matcher
     */
    static ProfileMatcher oneByOne(Locale language) {
        return new LoopProfileMatcher(ReasonWords.of(Objects.requireNonNull(language, "language")));
    }

    /**
     * Adds the profiles, replacing any registered under the same name.
     *
     * @param profiles the profiles to add
     */
    void register(Collection<Profile> profiles);

    /**
     * Forgets a profile; unknown names are ignored.
     *
     * @param profileName the name of the profile to forget
     */
    void remove(String profileName);

    /**
     * The number of registered profiles.
     *
     * @return how many profiles are registered
     */
    int size();

    /**
     * Ranks the papers for every registered profile. As with {@link Radar#rank}, a profile gets what it lists: its
     * best matches, at most {@link Profile#limit()} of them and none below {@link Profile#minScore()}, each with its
     * reasons; the papers past the limit are neither returned nor explained (explaining a match is most of its cost).
     *
     * @return for each profile with at least one match, its matches best first (as {@link Radar#rank} gives them)
     * @param papers the batch, e.g. a day's announcement; merged by id first
     */
    Map<String, List<Match>> match(Collection<Paper> papers);

    /** Releases the matcher's resources. */
    @Override
    void close();
}
