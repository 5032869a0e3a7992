package io.academichub.http;

import org.apache.hc.core5.concurrent.Cancellable;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds each request to its total deadline: computes the deadline, and cancels an exchange still running when it
 * passes — a server trickling a byte every few seconds never trips the response timeout.
 */
final class DeadlineWatchdog implements AutoCloseable {

    private final TimeSource time;
    private final Duration requestDeadline;
    private final ScheduledThreadPoolExecutor timer;

    DeadlineWatchdog(TimeSource time, Duration requestDeadline) {
        this.time = time;
        this.requestDeadline = requestDeadline;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "academichub-http-deadlines");
            t.setDaemon(true);
            return t;
        });
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /** The {@link TimeSource#nanoTime()} by which a request starting now must end. */
    long deadlineFromNow() {
        return time.nanoTime() + requestDeadline.toNanos();
    }

    /** The deadline in milliseconds, for messages. */
    long millis() {
        return requestDeadline.toMillis();
    }

    /** Cancels {@code exchange} at {@code deadline} unless the returned watch is {@linkplain Watch#stop stopped} first. */
    Watch watch(Cancellable exchange, long deadline) {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> task = timer.schedule(() -> {
            expired.set(true);
            exchange.cancel();
        }, Math.max(0, deadline - time.nanoTime()), TimeUnit.NANOSECONDS);
        return new Watch(task, expired);
    }

    /** Stops the timer thread; pending watches never fire. */
    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One exchange under watch. */
    record Watch(ScheduledFuture<?> task, AtomicBoolean expiredFlag) {
        /** Whether the deadline passed and the exchange was cancelled. */
        boolean expired() {
            return expiredFlag.get();
        }

        void stop() {
            task.cancel(false);
        }
    }
}
