package io.academichub.http;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the sleep the transport waits with. Injected in tests, so that politeness and backoff can be
 * checked without waiting: a fake advances its clock when asked to sleep.
 */
public interface TimeSource {

    /**
     * Monotonic time in nanoseconds, as {@link System#nanoTime()}.
     *
     * @return a monotonic time in nanoseconds, as {@link System#nanoTime()}
     */
    long nanoTime();

    /**
     * Wall-clock time, used for {@code Retry-After} given as an HTTP date.
     *
     * @return the wall-clock time now
     */
    Instant now();

    /**
     * Waits for {@code duration}.
     *
     * @param duration how long to sleep
     * @throws InterruptedException when the thread is interrupted while sleeping
     */
    void sleep(Duration duration) throws InterruptedException;

    /** {@return the system clock and {@link Thread#sleep}} */
    static TimeSource system() {
        return SystemTimeSource.INSTANCE;
    }
}

enum SystemTimeSource implements TimeSource {
    INSTANCE;

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    }
}
