package io.academichub;

import io.academichub.error.SourceException;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceReport;
import io.academichub.source.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The entry point: fetches every configured source concurrently, merges the records of one work arriving from
 * several feeds or services into one paper ({@link PaperMerger}), and reports on each source and on what it merged. A failing source never loses the other sources' papers.
 *
 * <pre>{@code
 * try (HttpTransport http = HttpTransport.builder().contact("me@example.org").build()) {
 *     SourceRegistry registry = SourceRegistry.discover();
 *     AcademicHub hub = AcademicHub.builder()
 *             .source(registry.create("arxiv:cs.AI+cs.LG", Map.of(), http))
 *             .source(registry.create("arxiv:quant-ph", Map.of(), http))
 *             .build();
 *     FetchSummary today = hub.fetch(FetchRequest.latest());
 *     today.papers().forEach(p -> System.out.println(p.title()));
 *     today.reports().forEach(r -> System.err.println(r.summary()));
 * }
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 */
public final class AcademicHub {

    /** How long one source's fetch may take unless {@link Builder#sourceTimeout} says otherwise: 5 minutes. */
    public static final Duration DEFAULT_SOURCE_TIMEOUT = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(AcademicHub.class);

    private final List<Source> sources;
    private final Executor executor;
    private final int maxConcurrency;
    private final Duration sourceTimeout;

    private AcademicHub(Builder b) {
        this.sourceTimeout = b.sourceTimeout;
        this.sources = List.copyOf(b.sources.values());
        this.executor = b.executor;
        this.maxConcurrency = b.maxConcurrency;
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the configured sources, in the order they were added} */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Fetches every source concurrently and merges the results. Never throws for a source's failure: each source's
     * outcome is in its report, and every paper any source delivered is in the result. A source still fetching at
     * its {@linkplain Builder#sourceTimeout deadline} ends PARTIAL or FAILED with what it had.
     *
     * @param request what to fetch: the date window and the limit
     * @return every source's papers, merged, with one report per source
     */
    public FetchSummary fetch(FetchRequest request) {
        return fetch(request, ProgressListener.NONE);
    }

    /**
     * Like {@link #fetch(FetchRequest)}, telling {@code progress} as each source starts and ends (the step is the
     * source id, the summary its {@link SourceReport#summary()}), so that a long fetch is not silent.
     *
     * @param request what to fetch: the date window and the limit
     * @param progress told as each source starts and ends
     * @return every source's papers, merged, with one report per source
     */
    public FetchSummary fetch(FetchRequest request, ProgressListener progress) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");
        tell(progress, l -> l.planned("fetch", sources.size()));
        ExecutorService owned = null;
        Executor runOn = executor;
        if (runOn == null) {
            owned = Executors.newFixedThreadPool(Math.max(1, Math.min(sources.size(), maxConcurrency)), new FetchThreads());
            runOn = owned;
        }
        try {
            List<CompletableFuture<FetchResult>> futures = new ArrayList<>(sources.size());
            for (Source source : sources) {
                try {
                    futures.add(TimedFetch.start(source, request, runOn, sourceTimeout, progress)
                            .thenApply(result -> finished(progress, source.id(), result)));
                } catch (RejectedExecutionException e) {
                    // A saturated or shut-down executor fails this source, not the whole fetch.
                    SourceException error = new SourceException(source.id(), null,
                            "the executor refused the fetch: " + e.getMessage(), e);
                    SourceReport report = SourceReport.failed(source.id(), SourceReport.UNKNOWN, 0, List.of(), error);
                    tell(progress, l -> l.finished(source.id(), false, report.summary()));
                    futures.add(CompletableFuture.completedFuture(new FetchResult(List.of(), report)));
                }
            }
            List<Paper> papers = new ArrayList<>();
            List<SourceReport> reports = new ArrayList<>(sources.size());
            for (CompletableFuture<FetchResult> future : futures) {
                FetchResult result = future.join(); // fetchOne never throws
                papers.addAll(result.papers());
                reports.add(result.report());
            }
            PaperMerger.Result merged = mergeKeepingEverything(papers);
            return new FetchSummary(merged.papers(), reports, merged.merges(), merged.warnings());
        } finally {
            if (owned != null) {
                owned.shutdownNow();
            }
        }
    }

    private static FetchResult finished(ProgressListener progress, String sourceId, FetchResult result) {
        SourceReport report = result.report();
        tell(progress, l -> l.finished(sourceId, report.status().isSuccess(), report.summary()));
        return result;
    }

    /** The merged papers; should the merger itself fail, every paper unmerged and a warning saying so. */
    private static PaperMerger.Result mergeKeepingEverything(List<Paper> papers) {
        PaperMerger.Result merged;
        try {
            merged = PaperMerger.mergeAndReport(papers);
        } catch (RuntimeException e) {
            log.debug("merging the sources' papers failed; returning them unmerged", e); // the summary says so
            merged = new PaperMerger.Result(papers, List.of(),
                    List.of("could not merge the papers, kept them unmerged: " + e));
        }
        return merged;
    }

    static FetchResult fetchOne(Source source, FetchRequest request) {
        String id = source.id();
        try {
            FetchResult result = source.fetch(request);
            if (result == null) {
                throw new IllegalStateException(source.getClass().getName() + ".fetch returned null");
            }
            return result;
        } catch (SourceException e) {
            log.debug("{}", e.getMessage()); // the report carries the exception to the caller
            return new FetchResult(List.of(), SourceReport.failed(id, SourceReport.UNKNOWN, 0, List.of(), e));
        } catch (RuntimeException e) {
            // A bug in an adapter must not sink the other sources either; report it as this source's failure.
            log.error("{}: source adapter failed unexpectedly", id, e);
            SourceException wrapped = new SourceException(id, null, "source adapter failed: " + e, e);
            return new FetchResult(List.of(), SourceReport.failed(id, SourceReport.UNKNOWN, 0, List.of(), wrapped));
        }
    }

    /** Progress reporting never changes the outcome: a listener's failure is logged and the fetch goes on. */
    static void tell(ProgressListener progress, Consumer<ProgressListener> event) {
        try {
            event.accept(progress);
        } catch (RuntimeException e) {
            log.warn("progress listener {} failed", progress.getClass().getName(), e);
        }
    }

    /** Builds an {@link AcademicHub}. */
    public static final class Builder {
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private Executor executor;
        private int maxConcurrency = 4;
        private Duration sourceTimeout = DEFAULT_SOURCE_TIMEOUT;
        private boolean sourceTimeoutSet;

        private Builder() {
        }

        /**
         * Adds a source.
         *
         * @param source a source to fetch from
         * @return this builder
         * @throws IllegalArgumentException when a source with the same id was already added
         */
        public Builder source(Source source) {
            Objects.requireNonNull(source, "source");
            String id = Objects.requireNonNull(source.id(), "source id");
            if (sources.containsKey(id)) {
                throw new IllegalArgumentException("source '" + id + "' was added twice");
            }
            sources.put(id, source);
            return this;
        }

        /**
         * Adds sources.
         *
         * @param sources sources to fetch from
         * @return this builder
         */
        public Builder sources(Iterable<? extends Source> sources) {
            sources.forEach(this::source);
            return this;
        }

        /**
         * The executor sources are fetched on. It is not shut down by the hub. By default each fetch uses a
         * private pool of at most {@link #maxConcurrency} threads.
         *
         * @param executor the executor sources are fetched on
         * @return this builder
         */
        public Builder executor(Executor executor) {
            if (this.executor != null) {
                throw new IllegalStateException("executor was already set");
            }
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Most sources fetched at once by the default executor; default 4. Politeness per host still applies.
         *
         * @param maxConcurrency most sources fetched at once by the default executor; default 4
         * @return this builder
         */
        public Builder maxConcurrency(int maxConcurrency) {
            if (maxConcurrency < 1) {
                throw new IllegalArgumentException("maxConcurrency must be >= 1: " + maxConcurrency);
            }
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /**
         * The longest one source's fetch may take, from when it starts; default {@link #DEFAULT_SOURCE_TIMEOUT}.
         * At the deadline the fetching thread is interrupted: a paging adapter ends {@link Status#PARTIAL} with the
         * pages it has (and a warning saying why); a source that does not return within a moment more (at most 1 s)
         * ends {@link Status#FAILED} and is not waited for, so the other sources' papers are returned on time.
         *
         * @param timeout the longest one source's fetch may take, from when it starts; default {@link
         *        #DEFAULT_SOURCE_TIMEOUT}
         * @return this builder
         * @throws IllegalStateException when already set
         */
        public Builder sourceTimeout(Duration timeout) {
            if (sourceTimeoutSet) {
                throw new IllegalStateException("sourceTimeout was already set");
            }
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("sourceTimeout must be positive: " + timeout);
            }
            this.sourceTimeout = timeout;
            this.sourceTimeoutSet = true;
            return this;
        }

        /**
         * {@return the hub}
         *
         * @throws IllegalStateException when no source was added
         */
        public AcademicHub build() {
            if (sources.isEmpty()) {
                throw new IllegalStateException("no source was added");
            }
            return new AcademicHub(this);
        }
    }

    private static final class FetchThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "academichub-fetch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
