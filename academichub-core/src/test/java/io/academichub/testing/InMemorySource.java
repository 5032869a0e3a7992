package io.academichub.testing;

import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceReport;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Source} serving a fixed list of papers, for tests of code that consumes sources (the facade, stores,
 * renderers). It honours {@link FetchRequest#limit()} and reports how many papers it had and how many it gave.
 *
 * <pre>{@code
 * Source source = InMemorySource.of("memory", SamplePapers.fullArxiv());
 * }</pre>
 */
public final class InMemorySource implements Source {

    private final String id;
    private final List<Paper> papers;
    private final AtomicInteger fetches = new AtomicInteger();

    /** A source with this id serving these papers, in order. */
    public InMemorySource(String id, List<Paper> papers) {
        this.id = Objects.requireNonNull(id, "id");
        this.papers = List.copyOf(papers);
    }

    /** A source with this id serving these papers, in order. */
    public static InMemorySource of(String id, Paper... papers) {
        return new InMemorySource(id, List.of(papers));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        fetches.incrementAndGet();
        List<Paper> given = papers.subList(0, Math.min(papers.size(), request.limit()));
        return new FetchResult(given, SourceReport.ok(id, papers.size(), given.size(), List.of()));
    }

    /** How often {@link #fetch} was called. */
    public int fetches() {
        return fetches.get();
    }
}
