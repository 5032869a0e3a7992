package io.academichub;

import io.academichub.error.SourceUnavailableException;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceReport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One source's fetch, bounded by the source deadline. When the deadline passes, the fetching thread is interrupted
 * — a paging adapter then ends PARTIAL with the pages it has, since the transport turns the interrupt into a failure
 * of the next request — and given a moment ({@link #MAX_GRACE} at most) to return; after that the fetch counts as
 * FAILED and nobody waits for it any longer.
 */
final class TimedFetch implements Runnable {

    static final Duration MAX_GRACE = Duration.ofSeconds(1);

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final Source source;
    private final FetchRequest request;
    private final Duration timeout;
    private final ProgressListener progress;
    private final CompletableFuture<FetchResult> result = new CompletableFuture<>();
    private Thread runner;            // guarded by this
    private volatile boolean expired;

    private TimedFetch(Source source, FetchRequest request, Duration timeout, ProgressListener progress) {
        this.source = source;
        this.request = request;
        this.timeout = timeout;
        this.progress = progress;
    }

    /**
     * Starts the fetch on {@code executor}; its deadline counts from when it starts running, which is when
     * {@code progress} hears that it {@linkplain ProgressListener#started started}.
     *
     * @throws java.util.concurrent.RejectedExecutionException when the executor refuses it
     */
    static CompletableFuture<FetchResult> start(Source source, FetchRequest request, Executor executor,
                                                Duration timeout, ProgressListener progress) {
        TimedFetch fetch = new TimedFetch(source, request, timeout, progress);
        executor.execute(fetch);
        return fetch.result;
    }

    @Override
    public void run() {
        synchronized (this) {
            runner = Thread.currentThread();
        }
        AcademicHub.tell(progress, l -> l.started(source.id()));
        ScheduledFuture<?> deadline = TIMER.schedule(this::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            FetchResult fetched = AcademicHub.fetchOne(source, request);
            result.complete(expired ? stoppedAtDeadline(fetched) : fetched);
        } finally {
            deadline.cancel(false);
            synchronized (this) {
                runner = null;
            }
            Thread.interrupted(); // an interrupt meant for this fetch must not reach the executor's next task
        }
    }

    private void expire() {
        expired = true;
        synchronized (this) {
            if (runner != null) {
                runner.interrupt();
            }
        }
        long grace = Math.min(MAX_GRACE.toNanos(), timeout.toNanos() / 2);
        TIMER.schedule(() -> result.complete(new FetchResult(List.of(), SourceReport.failed(source.id(),
                SourceReport.UNKNOWN, 0, List.of(), new SourceUnavailableException(source.id(), null, 0,
                        "no result within the source deadline of " + shown(timeout) + "; not waited for", null)))),
                grace, TimeUnit.NANOSECONDS);
    }

    private FetchResult stoppedAtDeadline(FetchResult fetched) {
        SourceReport r = fetched.report();
        List<String> warnings = new ArrayList<>(r.warnings());
        warnings.add("stopped at the source deadline of " + shown(timeout));
        return new FetchResult(fetched.papers(),
                new SourceReport(r.sourceId(), r.status(), r.expected(), r.received(), warnings, r.error()));
    }

    static String shown(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "academichub-source-deadlines");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
