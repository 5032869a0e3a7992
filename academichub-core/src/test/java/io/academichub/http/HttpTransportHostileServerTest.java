package io.academichub.http;

import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.testing.OfflineHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Servers that misbehave on purpose: redirect chains and loops, unknown hosts, bytes trickled or never sent,
 * Retry-After without end. Each must end soon, politely, in a typed error that shows no credential.
 */
class HttpTransportHostileServerTest extends ArrivalsServerTest {

    private HttpTransport.Builder transport() {
        return HttpTransport.builder().timeSource(time).random(new Random(7));
    }

    private static URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    @Test
    void aLongRedirectChainStopsAtTheCapAndEveryHopWaitsForTheGroupsInterval() throws IOException {
        // /hop/1 → /hop/2 → … → /hop/60
        for (int i = 1; i < 60; i++) {
            server.stubFor(get("/hop/" + i).willReturn(status(302).withHeader("Location", "/hop/" + (i + 1))));
        }

        SourceRejectedException e;
        try (HttpTransport http = transport().build()) {
            e = catchThrowableOfType(SourceRejectedException.class, () ->
                    http.get(TransportRequest.get("arxiv:cs.AI", url("/hop/1")).inGroup("arxiv")));
        }

        // the request and five redirects, each three seconds after the one before (arXiv's limit); no retry
        assertThat(arrivals.all()).extracting(Arrivals.Arrival::path)
                .containsExactly("/hop/1", "/hop/2", "/hop/3", "/hop/4", "/hop/5", "/hop/6");
        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(6),
                Duration.ofSeconds(9), Duration.ofSeconds(12), Duration.ofSeconds(15));
        assertThat(e.status()).isEqualTo(302);
        assertThat(e.detail()).isEqualTo("HTTP 302 redirect beyond the limit of 5 redirects: " + server.baseUrl() + "/hop/7");
    }

    @Test
    void theRedirectCapIsConfigurableAndARedirectIsFollowed() throws IOException {
        server.stubFor(get("/old").willReturn(status(301).withHeader("Location", server.baseUrl() + "/new")));
        server.stubFor(get("/new").willReturn(ok("moved here")));

        try (HttpTransport http = transport().build()) {
            assertThat(http.get(TransportRequest.get("rss", url("/old"))).bodyText()).isEqualTo("moved here");
        }
        try (HttpTransport none = transport().maxRedirects(0).build()) {
            assertThatThrownBy(() -> none.get(TransportRequest.get("rss", url("/old"))))
                    .isInstanceOf(SourceRejectedException.class).hasMessageContaining("beyond the limit of 0 redirects");
        }
    }

    @Test
    void aRedirectLoopFailsAtOnceAndItsTargetShowsNoCredential() throws IOException {
        String base = "http://localhost:" + server.port();
        server.stubFor(get(urlPathEqualTo("/a")).willReturn(status(302).withHeader("Location", "/b?token=SECRET2")));
        server.stubFor(get(urlPathEqualTo("/b")).willReturn(status(302)
                .withHeader("Location", base + "/a?api_key=SECRET1&page=2")));

        SourceRejectedException e;
        try (HttpTransport http = transport().build()) {
            e = catchThrowableOfType(SourceRejectedException.class, () -> http.get(TransportRequest.get("x",
                    URI.create(base + "/a?api_key=SECRET1&page=2"))));
        }

        assertThat(e.getMessage()).isEqualTo("x: HTTP 302 redirect back to a URL already requested (a redirect loop): "
                + base + "/a?api_key=***&page=2 (" + base + "/a?api_key=***&page=2)");
        assertThat(e.toString()).doesNotContain("SECRET1", "SECRET2");
        // the request and one hop; not retried
        server.verify(1, getRequestedFor(urlPathEqualTo("/a")));
        server.verify(1, getRequestedFor(urlPathEqualTo("/b")));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200)); // the hop's politeness interval only
    }

    @Test
    void aRedirectToAUrlWithAPasswordIsNotFollowedNorShown() throws IOException {
        server.stubFor(get("/c").willReturn(status(302)
                .withHeader("Location", "http://reader:hunter2@localhost:" + server.port() + "/d")));

        try (HttpTransport http = transport().build()) {
            assertThatThrownBy(() -> http.get(TransportRequest.get("x", url("/c"))))
                    .isInstanceOf(SourceRejectedException.class)
                    .hasMessage("x: HTTP 302 redirect to a URL holding a user name, not followed: http://***@localhost:"
                            + server.port() + "/d (" + url("/c") + ")");
        }
        server.verify(1, getRequestedFor(urlPathEqualTo("/c")));
    }

    @Test
    void aRedirectToAnotherSchemeOrAnUnreadableUrlIsNotFollowed() throws IOException {
        server.stubFor(get("/ftp").willReturn(status(302).withHeader("Location", "ftp://files.example.org/x")));
        server.stubFor(get("/bad").willReturn(status(307).withHeader("Location", "http://exa mple.org/?token=T0K")));

        try (HttpTransport http = transport().build()) {
            assertThatThrownBy(() -> http.get(TransportRequest.get("x", url("/ftp"))))
                    .isInstanceOf(SourceRejectedException.class)
                    .hasMessageStartingWith("x: HTTP 302 redirect to a URL that is not http(s): ftp://files.example.org/x");
            assertThatThrownBy(() -> http.get(TransportRequest.get("x", url("/bad"))))
                    .isInstanceOf(SourceRejectedException.class)
                    .hasMessageStartingWith("x: HTTP 307 redirect to an invalid URL: 'http://exa mple.org/?token=***'");
        }
        server.verify(1, getRequestedFor(urlPathEqualTo("/ftp")));
        server.verify(1, getRequestedFor(urlPathEqualTo("/bad")));
    }

    @Test
    void anUnknownHostFailsAtOnceWithTheOfflineHint() throws IOException {
        AtomicInteger lookups = new AtomicInteger();
        CloseableHttpClient offline = OfflineHttpClient.create(lookups);

        try (offline; HttpTransport http = transport().httpClient(offline).build()) {
            assertThatThrownBy(() -> http.get(TransportRequest.get("arxiv:cs.AI",
                    URI.create("https://rss.arxiv.invalid/rss/cs.AI")).inGroup("arxiv")))
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessage("arxiv:cs.AI: unknown host rss.arxiv.invalid (DNS lookup failed; offline?) "
                            + "(https://rss.arxiv.invalid/rss/cs.AI)");
        }

        assertThat(lookups).hasValue(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aServerTricklingBytesEndsAtTheRequestDeadline() throws IOException {
        // a chunk every 400 ms: never silent for the response timeout, yet done only after 4 s
        server.stubFor(get("/slow").willReturn(ok("0123456789").withChunkedDribbleDelay(10, 4_000)));

        long started = System.nanoTime();
        try (HttpTransport http = transport().requestDeadline(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> http.get(TransportRequest.get("x", url("/slow"))))
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessage("x: no complete response within the request's deadline of 300 ms (" + url("/slow") + ")");
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        server.verify(1, getRequestedFor(urlPathEqualTo("/slow"))); // the deadline is not retried
    }

    @Test
    void aSilentServerEndsAtTheRequestDeadline() throws IOException {
        server.stubFor(get("/silent").willReturn(ok("late").withFixedDelay(4_000)));

        long started = System.nanoTime();
        try (HttpTransport http = transport().requestDeadline(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> http.get(TransportRequest.get("x", url("/silent"))))
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("within the request's deadline of 300 ms");
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void repeatedLongRetryAfterNeverWaitsPastTheDeadline() throws IOException {
        server.stubFor(get("/busy").willReturn(status(429).withHeader("Retry-After", "86400")));

        RateLimitedException e;
        try (HttpTransport http = transport().build()) { // deadline 3 min, Retry-After clamped to 2 min
            e = catchThrowableOfType(RateLimitedException.class, () -> http.get(TransportRequest.get("x", url("/busy"))));
        }

        // one wait of 2 min fits the 3 min deadline; a second would not, so the request ends there
        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofMinutes(2));
        assertThat(time.elapsed()).isLessThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(e.detail()).isEqualTo("HTTP 429 Too Many Requests, Retry-After 86400 s; not retried, since "
                + "waiting 120000 ms would pass the request's deadline of 180000 ms");
        assertThat(e.retryAfter()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void backoffStopsBeforeTheDeadline() throws IOException {
        server.stubFor(get("/down").willReturn(status(500)));

        try (HttpTransport http = transport().maxAttempts(10).requestDeadline(Duration.ofSeconds(20)).build()) {
            assertThatThrownBy(() -> http.get(TransportRequest.get("x", url("/down"))))
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("would pass the request's deadline of 20000 ms");
        }

        assertThat(time.elapsed()).isLessThan(Duration.ofSeconds(20));
        assertThat(arrivals.all().size()).isBetween(2, 9);
    }

    @Test
    void anotherClientErrorIsNotRetried() throws IOException {
        server.stubFor(get("/gone").willReturn(status(410)));

        try (HttpTransport http = transport().build()) {
            assertThatThrownBy(() -> http.get(TransportRequest.get("x", url("/gone"))))
                    .isInstanceOf(SourceRejectedException.class);
        }
        server.verify(1, getRequestedFor(urlPathEqualTo("/gone")));
    }

    @Test
    void aProxyGivenInTheBuilderCarriesEveryRequest() throws IOException {
        // The proxy is WireMock: it sees the request for a host that does not exist and answers it.
        server.stubFor(get("/feed").withHeader("Host", equalTo("papers.example")).willReturn(ok("via proxy")));

        try (HttpTransport http = transport().proxy(URI.create(server.baseUrl())).build()) {
            assertThat(http.get(TransportRequest.get("x", URI.create("http://papers.example/feed"))).bodyText())
                    .isEqualTo("via proxy");
        }
    }

    @Test
    void theJvmsProxySettingsApplyByDefault() throws IOException {
        server.stubFor(get("/feed").withHeader("Host", equalTo("papers.example")).willReturn(ok("via JVM proxy")));
        System.setProperty("http.proxyHost", "localhost");
        System.setProperty("http.proxyPort", String.valueOf(server.port()));
        try (HttpTransport http = transport().build()) {
            assertThat(http.get(TransportRequest.get("x", URI.create("http://papers.example/feed"))).bodyText())
                    .isEqualTo("via JVM proxy");
        } finally {
            System.clearProperty("http.proxyHost");
            System.clearProperty("http.proxyPort");
        }
    }

    @Test
    void aSettingMayBeSetOnce() {
        HttpTransport.Builder builder = HttpTransport.builder().connectTimeout(Duration.ofSeconds(5))
                .limits("arxiv", HostLimits.ARXIV);

        assertThatThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(6)))
                .isInstanceOf(IllegalStateException.class).hasMessage("connectTimeout was already set");
        assertThatThrownBy(() -> builder.limits("arxiv", HostLimits.DEFAULT))
                .isInstanceOf(IllegalStateException.class).hasMessage("limits for group 'arxiv' was already set");
        assertThatThrownBy(() -> HttpTransport.builder().proxy(URI.create("http://u:p@proxy.example:3128")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("proxy must be an http(s)://host[:port] URL: 'http://***@proxy.example:3128'");
    }

    @Test
    void anInjectedGeneratorIsNeverUsedByTwoThreadsAtOnce() throws Exception {
        server.stubFor(get("/flaky").willReturn(status(500)));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger draws = new AtomicInteger();
        // Not thread-safe, like SplittableRandom: notices when a second thread enters while one is drawing.
        RandomGenerator detecting = () -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            draws.incrementAndGet();
            inside.decrementAndGet();
            return 42;
        };
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (HttpTransport http = HttpTransport.builder().timeSource(time).random(detecting).maxAttempts(3)
                .limits("test", new HostLimits(Duration.ZERO, 8)).build()) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(threads.submit(() -> catchThrowableOfType(SourceUnavailableException.class,
                        () -> http.get(TransportRequest.get("x", url("/flaky")).inGroup("test")))));
            }
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(draws).hasValue(16); // two backoffs for each of the eight requests
        assertThat(overlaps).hasValue(0);
    }
}
