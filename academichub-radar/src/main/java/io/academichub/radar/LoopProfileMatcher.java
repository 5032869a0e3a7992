package io.academichub.radar;

import io.academichub.PaperMerger;
import io.academichub.model.Paper;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ProfileMatcher#oneByOne(java.util.Locale)}: every profile's queries run on their own over one index of the day. */
final class LoopProfileMatcher implements ProfileMatcher {

    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private final ReasonWords words;

    LoopProfileMatcher(ReasonWords words) {
        this.words = words;
    }

    @Override
    public synchronized void register(Collection<Profile> added) {
        added.forEach(p -> profiles.put(p.name(), p));
    }

    @Override
    public synchronized void remove(String profileName) {
        profiles.remove(profileName);
    }

    @Override
    public synchronized int size() {
        return profiles.size();
    }

    @Override
    public synchronized Map<String, List<Match>> match(Collection<Paper> papers) {
        List<Paper> day = PaperMerger.merge(papers);
        Map<String, List<Match>> out = new LinkedHashMap<>();
        try (PaperIndex index = PaperIndex.withOffsets(day, profiles.values())) {
            for (Profile profile : profiles.values()) {
                List<Match> matches = new Ranker(profile, index, words).rank(null, null, DaySeeds.of(profile, day),
                        List.of());
                if (!matches.isEmpty()) {
                    out.put(profile.name(), matches);
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
    }
}
