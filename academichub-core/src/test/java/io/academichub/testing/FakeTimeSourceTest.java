package io.academichub.testing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FakeTimeSourceTest {

    @Test
    void sleepingMovesBothClocksAndIsRecorded() throws InterruptedException {
        FakeTimeSource time = new FakeTimeSource();
        long start = time.nanoTime();

        time.sleep(Duration.ofSeconds(3));
        time.sleep(Duration.ofMillis(250));
        time.advance(Duration.ofSeconds(1));

        assertThat(time.nanoTime() - start).isEqualTo(4_250_000_000L);
        assertThat(time.now()).isEqualTo(Instant.parse("2026-06-19T12:00:04.250Z"));
        assertThat(time.elapsed()).isEqualTo(Duration.ofMillis(4250));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(250));
        assertThat(time.totalSleep()).isEqualTo(Duration.ofMillis(3250));
    }

    @Test
    void startsWhereAsked() {
        assertThat(new FakeTimeSource(Instant.parse("2024-11-28T14:47:20Z")).now()).isEqualTo(Instant.parse("2024-11-28T14:47:20Z"));
        assertThat(new FakeTimeSource().now()).isEqualTo(FakeTimeSource.DEFAULT_START);
    }

    @Test
    void anInterruptedThreadDoesNotSleep() {
        FakeTimeSource time = new FakeTimeSource();
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> time.sleep(Duration.ofSeconds(1))).isInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(time.sleeps()).isEmpty();
        assertThat(time.elapsed()).isZero();
    }

    @Test
    void timeDoesNotGoBack() {
        FakeTimeSource time = new FakeTimeSource();

        assertThatThrownBy(() -> time.sleep(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("negative sleep: PT-1S");
        assertThatThrownBy(() -> time.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the clock does not go back: PT-1S");
    }
}
