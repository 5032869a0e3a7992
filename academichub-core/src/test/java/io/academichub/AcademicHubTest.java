package io.academichub;

import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.model.AnnounceType;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceReport;
import io.academichub.model.PaperId;
import io.academichub.source.Status;
import io.academichub.testing.InMemorySource;
import io.academichub.testing.SamplePapers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcademicHubTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    /** A source that, before returning its papers, waits until {@code barrier} has all its parties. */
    private static Source meeting(String id, CyclicBarrier barrier, Set<String> threads, Paper... papers) {
        InMemorySource delegate = InMemorySource.of(id, papers);
        return new Source() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public FetchResult fetch(FetchRequest request) {
                threads.add(Thread.currentThread().getName());
                try {
                    // Only returns if the other source is fetching at the same time; sequential fetching breaks it.
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other source did not fetch concurrently", e);
                }
                return delegate.fetch(request);
            }
        };
    }

    private static Source throwing(String id, RuntimeException e) {
        return new Source() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public FetchResult fetch(FetchRequest request) {
                throw e;
            }
        };
    }

    @Test
    void sourcesAreFetchedConcurrentlyOnTheInjectedExecutor() {
        CyclicBarrier barrier = new CyclicBarrier(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AcademicHub hub = AcademicHub.builder()
                .source(meeting("a", barrier, threads, SamplePapers.minimalArxiv("2606.00001").build()))
                .source(meeting("b", barrier, threads, SamplePapers.minimalArxiv("2606.00002").build()))
                .executor(pool)
                .build();

        FetchSummary summary = hub.fetch(FetchRequest.latest());

        assertThat(summary.reports()).extracting(SourceReport::status).containsExactly(Status.OK, Status.OK);
        assertThat(summary.papers()).extracting(p -> p.id().toString()).containsExactly("arxiv:2606.00001", "arxiv:2606.00002");
        assertThat(threads).hasSize(2).allMatch(t -> t.startsWith("pool-"));
        assertThat(pool.isShutdown()).as("the hub does not shut down an executor it was given").isFalse();
    }

    @Test
    void theDefaultExecutorIsConcurrentToo() {
        CyclicBarrier barrier = new CyclicBarrier(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AcademicHub hub = AcademicHub.builder()
                .source(meeting("a", barrier, threads))
                .source(meeting("b", barrier, threads))
                .maxConcurrency(2)
                .build();

        FetchSummary summary = hub.fetch(FetchRequest.latest());

        assertThat(summary.allSucceeded()).isTrue();
        assertThat(threads).containsExactlyInAnyOrder("academichub-fetch-1", "academichub-fetch-2");
    }

    @Test
    void maxConcurrencyBoundsTheDefaultExecutor() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        AcademicHub.Builder builder = AcademicHub.builder().maxConcurrency(2);
        for (int i = 0; i < 6; i++) {
            String id = "s" + i;
            builder.source(new Source() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public FetchResult fetch(FetchRequest request) {
                    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return new FetchResult(List.of(), SourceReport.ok(id, 0, 0, List.of()));
                }
            });
        }

        FetchSummary summary = builder.build().fetch(FetchRequest.latest());

        assertThat(summary.reports()).extracting(SourceReport::sourceId).containsExactly("s0", "s1", "s2", "s3", "s4", "s5");
        assertThat(maxRunning.get()).isBetween(1, 2);
    }

    @Test
    void aFailingSourceNeverSinksTheOthers() {
        SourceUnavailableException down = new SourceUnavailableException("journals:nature",
                URI.create("https://www.nature.com/nature.rss"), 503, "HTTP 503 Service Unavailable", null);
        AcademicHub hub = AcademicHub.builder()
                .source(throwing("journals:nature", down))
                .source(throwing("buggy", new IllegalStateException("bug in the adapter")))
                .source(InMemorySource.of("arxiv:cs.AI", SamplePapers.fullArxiv(),
                        SamplePapers.minimalArxiv("2606.00001").build()))
                .executor(pool)
                .build();

        FetchSummary summary = hub.fetch(FetchRequest.latest());

        assertThat(summary.papers()).extracting(p -> p.id().toString()).containsExactly("arxiv:2606.20005", "arxiv:2606.00001");
        assertThat(summary.reports()).extracting(SourceReport::sourceId).containsExactly("journals:nature", "buggy", "arxiv:cs.AI");
        assertThat(summary.reports()).extracting(SourceReport::status).containsExactly(Status.FAILED, Status.FAILED, Status.OK);
        assertThat(summary.reports().get(0).error()).isSameAs(down);
        SourceException wrapped = summary.reports().get(1).error();
        assertThat(wrapped.sourceId()).isEqualTo("buggy");
        assertThat(wrapped).hasMessage("buggy: source adapter failed: java.lang.IllegalStateException: bug in the adapter")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(summary.reports().get(2).received()).isEqualTo(2);
        assertThat(summary.reports().get(0).summary())
                .isEqualTo("journals:nature FAILED: HTTP 503 Service Unavailable (https://www.nature.com/nature.rss)");
        assertThat(summary.allSucceeded()).isFalse();
        assertThat(summary.allFailed()).isFalse();
    }

    @Test
    void aSourceReturningNullIsReportedAsFailed() {
        Source nullSource = new Source() {
            @Override
            public String id() {
                return "null";
            }

            @Override
            public FetchResult fetch(FetchRequest request) {
                return null;
            }
        };

        FetchSummary summary = AcademicHub.builder().source(nullSource).build().fetch(FetchRequest.latest());

        assertThat(summary.reports()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.FAILED);
            assertThat(r.error().getMessage()).endsWith(".fetch returned null");
        });
        assertThat(summary.allFailed()).isTrue();
    }

    @Test
    void rateLimitedAndFailedSourcesMakeAllFailed() {
        RateLimitedException limited = new RateLimitedException("arxiv:cs.AI", URI.create("https://rss.arxiv.org/rss/cs.AI"),
                Duration.ofSeconds(7), "HTTP 429 Too Many Requests, Retry-After 7 s");
        FetchSummary summary = AcademicHub.builder()
                .source(throwing("arxiv:cs.AI", limited))
                .source(throwing("crossref", new IllegalArgumentException("bad query")))
                .build().fetch(FetchRequest.latest());

        assertThat(summary.reports()).extracting(SourceReport::status).containsExactly(Status.RATE_LIMITED, Status.FAILED);
        assertThat(summary.papers()).isEmpty();
        assertThat(summary.allFailed()).isTrue();
        assertThat(summary.allSucceeded()).isFalse();
    }

    @Test
    void theSamePaperFromTwoSourcesIsMerged() {
        Paper fromAi = SamplePapers.minimalArxiv("2606.20005").categories(List.of("cs.AI", "cs.LG")).version(2)
                .announceType(AnnounceType.NEW).build();
        Paper fromLg = SamplePapers.minimalArxiv("2606.20005").categories(List.of("cs.AI", "cs.LG", "stat.ML"))
                .version(1).announceType(AnnounceType.CROSS).journalRef("Proc. KDD 2026").build();
        AcademicHub hub = AcademicHub.builder()
                .source(InMemorySource.of("arxiv:cs.AI", fromAi, SamplePapers.minimalArxiv("2606.00001").build()))
                .source(InMemorySource.of("arxiv:cs.LG", fromLg, SamplePapers.minimalArxiv("2606.00002").build()))
                .executor(pool)
                .build();

        FetchSummary summary = hub.fetch(FetchRequest.latest());

        assertThat(summary.papers()).extracting(p -> p.id().toString())
                .containsExactly("arxiv:2606.20005", "arxiv:2606.00001", "arxiv:2606.00002");
        Paper merged = summary.papers().get(0);
        assertThat(merged.categories()).containsExactly("cs.AI", "cs.LG", "stat.ML");
        assertThat(merged.version()).isEqualTo(2);
        assertThat(merged.announceType()).isEqualTo(AnnounceType.NEW);
        assertThat(merged.journalRef()).isEqualTo("Proc. KDD 2026");
        assertThat(summary.reports()).extracting(SourceReport::received).containsExactly(2, 2);
        assertThat(summary.allSucceeded()).isTrue();
    }

    @Test
    void theRequestIsPassedOn() {
        InMemorySource source = InMemorySource.of("m", SamplePapers.minimalArxiv("2606.00001").build(),
                SamplePapers.minimalArxiv("2606.00002").build());

        FetchSummary summary = AcademicHub.builder().source(source).build().fetch(FetchRequest.latest().withLimit(1));

        assertThat(summary.papers()).hasSize(1);
        assertThat(summary.reports().get(0).summary()).isEqualTo("m OK 1/2");
        assertThat(source.fetches()).isEqualTo(1);
    }

    @Test
    void builderRules() {
        InMemorySource a = InMemorySource.of("a");
        assertThatThrownBy(() -> AcademicHub.builder().source(a).source(InMemorySource.of("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("source 'a' was added twice");
        assertThatThrownBy(() -> AcademicHub.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("no source was added");
        assertThatThrownBy(() -> AcademicHub.builder().executor(pool).executor(pool))
                .isInstanceOf(IllegalStateException.class).hasMessage("executor was already set");
        assertThatThrownBy(() -> AcademicHub.builder().maxConcurrency(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxConcurrency must be >= 1: 0");
        assertThatThrownBy(() -> AcademicHub.builder().source(a).build().fetch(null))
                .isInstanceOf(NullPointerException.class).hasMessage("request");
        assertThat(AcademicHub.builder().sources(List.of(a, InMemorySource.of("b"))).build().sources())
                .extracting(Source::id).containsExactly("a", "b");
    }

    @Test
    void anExecutorThatRefusesFailsThoseSourcesOnly() {
        ExecutorService closed = Executors.newSingleThreadExecutor();
        closed.shutdown();
        AcademicHub hub = AcademicHub.builder()
                .source(InMemorySource.of("a", SamplePapers.fullArxiv()))
                .executor(closed)
                .build();

        FetchSummary summary = hub.fetch(FetchRequest.latest());

        assertThat(summary.papers()).isEmpty();
        assertThat(summary.reports()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.FAILED);
            assertThat(r.error().getMessage()).startsWith("a: the executor refused the fetch");
        });
    }

    @Test
    void aPreprintAndItsPublishedVersionFromTwoSourcesAreOnePaperAndTheSummarySaysSo() {
        Paper preprint = SamplePapers.minimalArxiv("2606.20005").addSameAs(PaperId.doi("10.1145/3700000.3700001")).build();
        Paper published = Paper.builder(PaperId.doi("10.1145/3700000.3700001")).source("crossref").title("StreamKL")
                .published(java.time.LocalDate.of(2026, 9, 1))
                .url(java.net.URI.create("https://doi.org/10.1145/3700000.3700001")).build();
        AcademicHub hub = AcademicHub.builder()
                .source(InMemorySource.of("arxiv:cs.AI", preprint))
                .source(InMemorySource.of("crossref:1234-5678", published))
                .executor(pool)
                .build();

        FetchSummary summary = hub.fetch(FetchRequest.latest());

        assertThat(summary.papers()).extracting(Paper::id).containsExactly(PaperId.arxiv("2606.20005"));
        assertThat(summary.merges()).extracting(PaperMerger.Merge::summary).containsExactly(
                "arxiv:2606.20005 ← arxiv:2606.20005 (arxiv), doi:10.1145/3700000.3700001 (crossref)");
    }
}
