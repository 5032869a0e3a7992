package io.academichub.testing;

import io.academichub.http.TimeSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link TimeSource} for tests: the clock stands still until someone sleeps on it or calls {@link #advance};
 * a sleep returns at once, moves the clock by its duration and is recorded. Politeness intervals, backoff and
 * {@code Retry-After} can so be checked to the nanosecond without waiting.
 *
 * <pre>{@code
 * FakeTimeSource time = new FakeTimeSource();
 * HttpTransport http = HttpTransport.builder().timeSource(time).build();
 * // … make requests …
 * assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
 * }</pre>
 *
 * Thread-safe; concurrent sleeps each move the clock by their own duration.
 */
public final class FakeTimeSource implements TimeSource {

    /** The wall-clock time a {@link #FakeTimeSource()} starts at: noon UTC on a Friday. */
    public static final Instant DEFAULT_START = Instant.parse("2026-06-19T12:00:00Z");

    // An arbitrary, large origin: code must not assume that nanoTime() starts at zero.
    private static final long NANO_ORIGIN = 7_000_000_000_000L;

    private final Instant start;
    private long elapsedNanos;                              // guarded by this
    private final List<Duration> sleeps = new ArrayList<>(); // guarded by this

    /** A clock at {@link #DEFAULT_START}. */
    public FakeTimeSource() {
        this(DEFAULT_START);
    }

    /** A clock whose wall-clock time starts at {@code start}. */
    public FakeTimeSource(Instant start) {
        this.start = Objects.requireNonNull(start, "start");
    }

    @Override
    public synchronized long nanoTime() {
        return NANO_ORIGIN + elapsedNanos;
    }

    @Override
    public synchronized Instant now() {
        return start.plusNanos(elapsedNanos);
    }

    /**
     * Records the sleep and moves the clock by {@code duration}, without waiting.
     *
     * @throws InterruptedException when the calling thread is interrupted, as a real sleep would
     */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("negative sleep: " + duration);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before a fake sleep of " + duration);
        }
        synchronized (this) {
            sleeps.add(duration);
            elapsedNanos += duration.toNanos();
        }
    }

    /** Moves the clock without recording a sleep (time passing while the code under test does nothing). */
    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock does not go back: " + duration);
        }
        elapsedNanos += duration.toNanos();
    }

    /** How far the clock has moved since it was created. */
    public synchronized Duration elapsed() {
        return Duration.ofNanos(elapsedNanos);
    }

    /** Every sleep asked for, in order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The sum of every sleep asked for. */
    public synchronized Duration totalSleep() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
