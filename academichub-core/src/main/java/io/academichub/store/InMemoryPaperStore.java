package io.academichub.store;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PaperStore} that lives as long as the object: for tests, and for one-off runs that need no memory of
 * earlier ones. Thread-safe (every method is synchronized).
 */
public final class InMemoryPaperStore implements PaperStore {

    private final Map<String, Map<PaperId, Integer>> shownVersions = new HashMap<>();
    private final Map<String, LinkedHashMap<PaperId, Feedback>> feedback = new HashMap<>();
    private final Map<PaperId, Paper> papers = new HashMap<>();
    private boolean closed;

    @Override
    public synchronized Map<PaperId, Novelty> novelty(String profile, Collection<Paper> candidates) {
        checkOpen();
        Map<PaperId, Integer> shown = shownVersions.getOrDefault(profile, Map.of());
        Map<PaperId, Novelty> result = new LinkedHashMap<>();
        for (Paper p : candidates) {
            Integer version = shown.get(p.id());
            result.put(p.id(), version == null ? Novelty.NEW : version < p.version() ? Novelty.UPDATED : Novelty.SEEN);
        }
        return result;
    }

    @Override
    public synchronized void recordShown(String profile, Collection<Paper> shownPapers) {
        checkOpen();
        Map<PaperId, Integer> shown = shownVersions.computeIfAbsent(profile, k -> new HashMap<>());
        for (Paper p : shownPapers) {
            shown.merge(p.id(), p.version(), Math::max);
            papers.merge(p.id(), p, (old, neu) -> neu.version() >= old.version() ? neu : old);
        }
    }

    @Override
    public synchronized void recordFeedback(String profile, Feedback verdict) {
        checkOpen();
        LinkedHashMap<PaperId, Feedback> given = feedback.computeIfAbsent(profile, k -> new LinkedHashMap<>());
        given.remove(verdict.paperId());
        given.put(verdict.paperId(), verdict);
    }

    @Override
    public synchronized List<Feedback> feedback(String profile) {
        checkOpen();
        return List.copyOf(new ArrayList<>(feedback.getOrDefault(profile, new LinkedHashMap<>()).values()));
    }

    @Override
    public synchronized Optional<Paper> paper(PaperId id) {
        checkOpen();
        Paper direct = papers.get(id);
        if (direct != null) {
            return Optional.of(direct);
        }
        return papers.values().stream().filter(p -> p.sameAs().contains(id)).findFirst();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("store is closed");
        }
    }
}
