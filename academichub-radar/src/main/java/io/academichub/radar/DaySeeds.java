package io.academichub.radar;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A profile's seeds as the many-profile matchers find them: the carried ones, and those named by id in the day. */
final class DaySeeds {

    private DaySeeds() {
    }

    static List<Ranker.SeedText> of(Profile profile, List<Paper> day) {
        List<Ranker.SeedText> seeds = new ArrayList<>();
        profile.seedPapers().forEach(s -> seeds.add(new Ranker.SeedText(s, false)));
        if (!profile.seeds().isEmpty()) {
            Map<PaperId, Paper> byId = new HashMap<>();
            for (Paper p : day) {
                byId.put(p.id(), p);
                p.sameAs().forEach(other -> byId.putIfAbsent(other, p));
            }
            for (PaperId id : profile.seeds()) {
                Paper p = byId.get(id);
                if (p != null) {
                    seeds.add(new Ranker.SeedText(Seed.of(p), false));
                }
            }
        }
        return seeds;
    }
}
