package io.academichub.http;

import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Status handling, Retry-After, backoff and I/O failures, on a fake clock: no test here waits for real. */
class HttpTransportRetryTest extends ArrivalsServerTest {

    /** A transport on the fake clock whose group "test" has no interval, so every recorded sleep is a retry wait. */
    private HttpTransport.Builder transport() {
        return HttpTransport.builder().timeSource(time).limits("test", new HostLimits(Duration.ZERO, 1))
                .random(new Random(42));
    }

    private static URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static TransportRequest request(String path) {
        return TransportRequest.get("arxiv:cs.AI", url(path)).inGroup("test");
    }

    /** The first {@code failures} requests to {@code path} get {@code failure}, the next one 200 "ok". */
    private static void failThenSucceed(String path, int failures,
                                        com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
        String state = STARTED;
        for (int i = 1; i <= failures; i++) {
            server.stubFor(get(path).inScenario(path).whenScenarioStateIs(state).willReturn(failure)
                    .willSetStateTo("after " + i));
            state = "after " + i;
        }
        server.stubFor(get(path).inScenario(path).whenScenarioStateIs(state).willReturn(ok("ok")));
    }

    @Test
    void tooManyRequestsIsRetriedAfterRetryAfterSeconds() throws IOException {
        failThenSucceed("/rss", 1, status(429).withHeader("Retry-After", "7"));

        try (HttpTransport http = transport().build()) {
            assertThat(http.get(request("/rss")).bodyText()).isEqualTo("ok");
        }

        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(7));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterAndTheGroupIntervalTogether() throws IOException {
        // arXiv's 3 s interval still holds when Retry-After asks for less, and Retry-After wins when it asks for more
        failThenSucceed("/short", 1, status(429).withHeader("Retry-After", "1"));
        failThenSucceed("/long", 1, status(503).withHeader("Retry-After", "10"));

        try (HttpTransport http = transport().build()) {
            http.get(TransportRequest.get("arxiv:cs.AI", url("/short")).inGroup("arxiv"));
            http.get(TransportRequest.get("arxiv:cs.AI", url("/long")).inGroup("arxiv"));
        }

        assertThat(arrivals.all()).extracting(Arrivals.Arrival::path).containsExactly("/short", "/short", "/long", "/long");
        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(6),
                Duration.ofSeconds(16));
    }

    @Test
    void longRetryAfterIsClampedToMaxRetryAfter() throws IOException {
        failThenSucceed("/rss", 1, status(429).withHeader("Retry-After", "3600"));

        try (HttpTransport http = transport().maxRetryAfter(Duration.ofSeconds(90)).build()) {
            assertThat(http.get(request("/rss")).bodyText()).isEqualTo("ok");
        }

        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(90));
    }

    @Test
    void retryAfterAsAnHttpDate() throws IOException {
        // the fake clock stands at Fri, 19 Jun 2026 12:00:00 GMT
        failThenSucceed("/rss", 1, status(503).withHeader("Retry-After", "Fri, 19 Jun 2026 12:00:30 GMT"));

        try (HttpTransport http = transport().build()) {
            assertThat(http.get(request("/rss")).bodyText()).isEqualTo("ok");
        }

        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(30));
    }

    @Test
    void retryAfterDateInThePastMeansNow() throws IOException {
        failThenSucceed("/rss", 1, status(429).withHeader("Retry-After", "Fri, 19 Jun 2026 11:00:00 GMT"));

        try (HttpTransport http = transport().build()) {
            assertThat(http.get(request("/rss")).bodyText()).isEqualTo("ok");
        }

        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ZERO);
    }

    @Test
    void tooManyRequestsForeverIsRateLimited() throws IOException {
        server.stubFor(get("/rss").willReturn(status(429).withHeader("Retry-After", "7")));

        RateLimitedException e;
        try (HttpTransport http = transport().maxAttempts(3).build()) {
            e = catchThrowableOfType(RateLimitedException.class, () -> http.get(request("/rss")));
        }

        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(e.sourceId()).isEqualTo("arxiv:cs.AI");
        assertThat(e.uri()).isEqualTo(url("/rss"));
        assertThat(e).hasMessage("arxiv:cs.AI: HTTP 429 Too Many Requests, Retry-After 7 s (" + url("/rss") + ")");
        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(7), Duration.ofSeconds(14));
    }

    @Test
    void giveUpOnTooManyRequestsStillHoldsOffTheGroup() throws IOException {
        // The service asked every client to wait, not only the request that gave up.
        server.stubFor(get("/rss").willReturn(status(429).withHeader("Retry-After", "20")));
        server.stubFor(get("/other").willReturn(ok("other")));

        try (HttpTransport http = transport().maxAttempts(1).build()) {
            assertThatThrownBy(() -> http.get(request("/rss"))).isInstanceOf(RateLimitedException.class);
            assertThat(http.get(request("/other")).bodyText()).isEqualTo("other");
        }

        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(20));
    }

    @Test
    void tooManyRequestsWithoutRetryAfterBacksOff() throws IOException {
        server.stubFor(get("/rss").willReturn(status(429)));

        RateLimitedException e;
        try (HttpTransport http = transport().maxAttempts(2).initialBackoff(Duration.ofSeconds(2)).build()) {
            e = catchThrowableOfType(RateLimitedException.class, () -> http.get(request("/rss")));
        }

        assertThat(e.retryAfter()).isNull();
        assertThat(e).hasMessage("arxiv:cs.AI: HTTP 429 Too Many Requests (" + url("/rss") + ")");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(expectedBackoffs(2000, 60_000, 1).get(0)));
    }

    @Test
    void unavailableIsRetriedAfterRetryAfter() throws IOException {
        failThenSucceed("/api", 2, status(503).withHeader("Retry-After", "5"));

        try (HttpTransport http = transport().build()) {
            assertThat(http.get(request("/api")).bodyText()).isEqualTo("ok");
        }

        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void unavailableWithoutRetryAfterBacksOffExponentially() throws IOException {
        failThenSucceed("/api", 2, status(503));

        try (HttpTransport http = transport().initialBackoff(Duration.ofSeconds(2)).build()) {
            assertThat(http.get(request("/api")).bodyText()).isEqualTo("ok");
        }

        List<Long> expected = expectedBackoffs(2000, 60_000, 2);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(expected.get(0)), Duration.ofMillis(expected.get(1)));
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/api")))).hasSize(3);
    }

    @Test
    void unreadableRetryAfterBacksOff() throws IOException {
        failThenSucceed("/api", 1, status(503).withHeader("Retry-After", "soon"));

        try (HttpTransport http = transport().initialBackoff(Duration.ofSeconds(2)).build()) {
            assertThat(http.get(request("/api")).bodyText()).isEqualTo("ok");
        }

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(expectedBackoffs(2000, 60_000, 1).get(0)));
    }

    @Test
    void serverErrorBacksOffExponentiallyWithJitterThenFails() throws IOException {
        server.stubFor(get("/api").willReturn(serverError().withBody("boom")));

        SourceUnavailableException e;
        try (HttpTransport http = transport().maxAttempts(5).initialBackoff(Duration.ofSeconds(1)).build()) {
            e = catchThrowableOfType(SourceUnavailableException.class, () -> http.get(request("/api")));
        }

        assertThat(e.status()).isEqualTo(500);
        assertThat(e).hasMessage("arxiv:cs.AI: HTTP 500 Server Error (" + url("/api") + ")");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/api")))).hasSize(5);
        List<Long> waits = time.sleeps().stream().map(Duration::toMillis).toList();
        // the seeded random gives exactly these waits ...
        assertThat(waits).isEqualTo(expectedBackoffs(1000, 60_000, 4));
        // ... each within [base/2, base], the base doubling: 1 s, 2 s, 4 s, 8 s
        long base = 1000;
        for (long wait : waits) {
            assertThat(wait).isBetween(base / 2, base);
            base *= 2;
        }
        assertThat(waits).doesNotHaveDuplicates();
    }

    @Test
    void backoffIsCappedAtMaxBackoff() throws IOException {
        server.stubFor(get("/api").willReturn(status(502)));

        try (HttpTransport http = transport().maxAttempts(5).initialBackoff(Duration.ofSeconds(1))
                .maxBackoff(Duration.ofSeconds(3)).build()) {
            assertThatThrownBy(() -> http.get(request("/api"))).isInstanceOf(SourceUnavailableException.class)
                    .hasMessage("arxiv:cs.AI: HTTP 502 Bad Gateway (" + url("/api") + ")");
        }

        List<Long> waits = time.sleeps().stream().map(Duration::toMillis).toList();
        assertThat(waits).isEqualTo(expectedBackoffs(1000, 3000, 4));
        assertThat(waits.get(2)).isBetween(1500L, 3000L);
        assertThat(waits.get(3)).isBetween(1500L, 3000L);
    }

    @Test
    void notFoundIsRejectedAtOnceAndKeepsTheBody() throws IOException {
        server.stubFor(get("/rss/astroph").willReturn(notFound().withBody("Bad archive 'astroph'.")));

        SourceRejectedException e;
        try (HttpTransport http = transport().build()) {
            e = catchThrowableOfType(SourceRejectedException.class, () -> http.get(request("/rss/astroph")));
        }

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.responseBody()).isEqualTo("Bad archive 'astroph'.");
        assertThat(e.detail()).isEqualTo("HTTP 404 Not Found");
        assertThat(e).hasMessage("arxiv:cs.AI: HTTP 404 Not Found (" + url("/rss/astroph") + ")");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/rss/astroph")))).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void badRequestIsRejectedWithTheErrorDocument() throws IOException {
        String atom = "<feed><entry><title>Error</title><summary>incorrect id format for abc</summary></entry></feed>";
        server.stubFor(get("/api/query").willReturn(status(400).withBody(atom)));

        SourceRejectedException e;
        try (HttpTransport http = transport().build()) {
            e = catchThrowableOfType(SourceRejectedException.class, () -> http.get(request("/api/query")));
        }

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.responseBody()).isEqualTo(atom);
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/api/query")))).hasSize(1);
    }

    @Test
    void connectionRefusedIsUnavailableAfterRetries() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI uri = URI.create("http://localhost:" + closedPort + "/rss");

        SourceUnavailableException e;
        try (HttpTransport http = transport().maxAttempts(3).initialBackoff(Duration.ofSeconds(1)).build()) {
            e = catchThrowableOfType(SourceUnavailableException.class,
                    () -> http.get(TransportRequest.get("arxiv:cs.AI", uri).inGroup("test")));
        }

        assertThat(e.status()).isZero();
        assertThat(e.uri()).isEqualTo(uri);
        assertThat(e.detail()).startsWith("could not connect: ").contains("Connection refused");
        assertThat(e.getMessage()).startsWith("arxiv:cs.AI: could not connect: ").endsWith(" (" + uri + ")");
        assertThat(time.sleeps()).extracting(Duration::toMillis).isEqualTo(expectedBackoffs(1000, 60_000, 2));
    }

    private static List<Long> expectedBackoffs(long initialMillis, long maxMillis, int count) {
        // What HttpTransport draws from new Random(42): uniform in [base/2, base], base doubling from initial.
        Random random = new Random(42);
        List<Long> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= count; attempt++) {
            long base = Math.min(initialMillis << (attempt - 1), maxMillis);
            long half = base / 2;
            waits.add(half + random.nextLong(half + 1));
        }
        return waits;
    }

    @Test
    void everyFailureIsASourceException() {
        assertThat(SourceException.class).isAssignableFrom(RateLimitedException.class);
        assertThat(SourceException.class).isAssignableFrom(SourceUnavailableException.class);
        assertThat(SourceException.class).isAssignableFrom(SourceRejectedException.class);
        assertThat(RuntimeException.class).isAssignableFrom(SourceException.class);
    }
}
