package io.academichub.testing;

import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;

import java.time.Duration;

/**
 * Transports for adapter tests, so that no test copies the set-up: no politeness pause, one attempt (a 503 or a 429
 * is reported at once instead of retried), and a {@link FakeTimeSource}, so that nothing a test does ever sleeps.
 *
 * <pre>{@code
 * try (HttpTransport http = TestTransports.noWait()) {
 *     Source s = new CrossrefProvider().create(new SourceConfig("1932-6203", Map.of("baseUrl", wm.baseUrl()), http));
 * }
 * }</pre>
 */
public final class TestTransports {

    private static final HostLimits NO_PAUSE = new HostLimits(Duration.ZERO, 4);

    private TestTransports() {
    }

    /** A transport without pauses or retries, on a fake clock; close it after the test. */
    public static HttpTransport noWait() {
        return builder().build();
    }

    /**
     * The builder of {@link #noWait()}, for a test that changes one more setting (its own {@link FakeTimeSource} to
     * look at, more attempts …).
     */
    public static HttpTransport.Builder builder() {
        HttpTransport.Builder b = HttpTransport.builder()
                .defaultLimits(NO_PAUSE)
                .maxAttempts(1)
                .timeSource(new FakeTimeSource());
        for (String group : HostLimits.KNOWN_SERVICES.keySet()) {
            b.limits(group, NO_PAUSE);
        }
        return b;
    }
}
