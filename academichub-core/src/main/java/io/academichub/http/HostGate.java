package io.academichub.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Enforces one {@link HostLimits} for one politeness group, across all threads. */
final class HostGate {

    private final HostLimits limits;
    private final Semaphore connections;
    private final TimeSource time;
    private long nextStartNanos;   // guarded by this
    private boolean started;       // guarded by this

    HostGate(HostLimits limits, TimeSource time) {
        this.limits = limits;
        this.connections = new Semaphore(limits.maxConnections(), true);
        this.time = time;
    }

    /**
     * Waits for a connection slot and for the minimum interval; call {@link #release()} when the request ends.
     *
     * @param deadlineNanos the {@link TimeSource#nanoTime()} by which the request must start
     * @return {@code false}, holding no slot and having reserved no start, when the request could not start by
     *         {@code deadlineNanos}
     */
    boolean acquire(long deadlineNanos) throws InterruptedException {
        if (!connections.tryAcquire(Math.max(0, deadlineNanos - time.nanoTime()), TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            long waitNanos;
            synchronized (this) {
                long now = time.nanoTime();
                long start = started ? Math.max(now, nextStartNanos) : now;
                if (start - deadlineNanos > 0) {
                    connections.release();
                    return false; // the slot in the schedule stays free for a request that can use it
                }
                started = true;
                nextStartNanos = start + limits.minInterval().toNanos();
                waitNanos = start - now;
            }
            if (waitNanos > 0) {
                time.sleep(Duration.ofNanos(waitNanos));
            }
            return true;
        } catch (InterruptedException | RuntimeException e) {
            connections.release();
            throw e;
        }
    }

    void release() {
        connections.release();
    }

    /** The service asked everyone to wait: no request of this group starts before {@code delay} has passed. */
    void holdOff(Duration delay) {
        synchronized (this) {
            long until = time.nanoTime() + delay.toNanos();
            if (!started || until > nextStartNanos) {
                nextStartNanos = until;
                started = true;
            }
        }
    }
}
