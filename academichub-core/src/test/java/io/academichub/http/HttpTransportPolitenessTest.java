package io.academichub.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Headers, per-group intervals and connection limits, proven on two WireMock servers standing for two endpoints. */
class HttpTransportPolitenessTest {

    private static final Arrivals arrivals = new Arrivals();
    private static final InFlight inFlight = new InFlight();
    // Two hosts of one service, as rss.arxiv.org and export.arxiv.org are.
    private static WireMockServer rss;
    private static WireMockServer export;

    private FakeTimeSource time;

    @BeforeAll
    static void startServers() {
        rss = new WireMockServer(options().dynamicPort().extensions(arrivals, inFlight));
        export = new WireMockServer(options().dynamicPort().extensions(arrivals, inFlight));
        rss.start();
        export.start();
    }

    @AfterAll
    static void stopServers() {
        rss.stop();
        export.stop();
    }

    @BeforeEach
    void reset() {
        rss.resetAll();
        export.resetAll();
        rss.stubFor(get(urlPathMatching("/.*")).willReturn(ok("rss")));
        export.stubFor(get(urlPathMatching("/.*")).willReturn(ok("export")));
        time = new FakeTimeSource();
        arrivals.reset(time);
        inFlight.holdEach(0);
    }

    private static URI url(WireMockServer server, String path) {
        return URI.create(server.baseUrl() + path);
    }

    @Test
    void sendsUserAgentWithVersionAndContactAndTheAcceptHeader() throws IOException {
        try (HttpTransport http = HttpTransport.builder().contact("me@example.org").timeSource(time).build()) {
            HttpResult result = http.get(TransportRequest.get("arxiv:cs.AI", url(rss, "/rss/cs.AI"))
                    .accepting("application/rss+xml, application/xml;q=0.9"));

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.bodyText()).isEqualTo("rss");
            assertThat(result.uri()).isEqualTo(url(rss, "/rss/cs.AI"));
        }
        String expected = "AcademicHub/" + LibraryVersion.get()
                + " (+https://github.com/academichub/academichub; mailto:me@example.org)";
        assertThat(LibraryVersion.get()).isEqualTo("0.1.0-SNAPSHOT");
        rss.verify(1, getRequestedFor(urlPathEqualTo("/rss/cs.AI"))
                .withHeader("User-Agent", equalTo(expected))
                .withHeader("Accept", equalTo("application/rss+xml, application/xml;q=0.9")));
    }

    @Test
    void userAgentWithoutContactAndDefaultAccept() throws IOException {
        try (HttpTransport http = HttpTransport.builder().timeSource(time).build()) {
            assertThat(http.userAgent()).isEqualTo("AcademicHub/0.1.0-SNAPSHOT (+https://github.com/academichub/academichub)");
            http.get(TransportRequest.get("journals", url(rss, "/feed")));
        }
        rss.verify(1, getRequestedFor(urlPathEqualTo("/feed"))
                .withHeader("User-Agent", equalTo("AcademicHub/0.1.0-SNAPSHOT (+https://github.com/academichub/academichub)"))
                .withHeader("Accept", equalTo("*/*")));
    }

    @Test
    void contactMustBePrintableAsciiWithoutParentheses() {
        assertThatThrownBy(() -> HttpTransport.builder().contact("me (at) example.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contact must be a printable ASCII e-mail address or URL without parentheses: 'me (at) example.org'");
        assertThatThrownBy(() -> HttpTransport.builder().contact("me@example.org\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpTransport.builder().contact(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arxivRequestsToTwoEndpointsStartThreeSecondsApart() throws IOException {
        try (HttpTransport http = HttpTransport.builder().timeSource(time).build()) {
            for (int i = 0; i < 4; i++) {
                WireMockServer endpoint = i % 2 == 0 ? rss : export;
                HttpResult r = http.get(TransportRequest.get("arxiv:cs.AI", url(endpoint, "/r" + i)).inGroup("arxiv"));
                assertThat(r.bodyText()).isEqualTo(i % 2 == 0 ? "rss" : "export");
            }
        }

        assertThat(arrivals.all()).extracting(Arrivals.Arrival::path).containsExactly("/r0", "/r1", "/r2", "/r3");
        assertThat(arrivals.all()).extracting(Arrivals.Arrival::port)
                .containsExactly(rss.port(), export.port(), rss.port(), export.port());
        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(6),
                Duration.ofSeconds(9));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void anotherGroupIsNotDelayedByArxiv() throws IOException {
        try (HttpTransport http = HttpTransport.builder().timeSource(time)
                .limits("crossref", new HostLimits(Duration.ofSeconds(1), 2)).build()) {
            http.get(TransportRequest.get("arxiv:cs.AI", url(rss, "/a1")).inGroup("arxiv"));
            http.get(TransportRequest.get("crossref", url(export, "/c1")).inGroup("crossref"));
            http.get(TransportRequest.get("arxiv:cs.AI", url(export, "/a2")).inGroup("arxiv"));
            http.get(TransportRequest.get("crossref", url(export, "/c2")).inGroup("crossref"));
        }

        assertThat(arrivals.all()).extracting(Arrivals.Arrival::path).containsExactly("/a1", "/c1", "/a2", "/c2");
        // crossref's first request starts at once although arXiv's interval runs; its second waits for nobody,
        // as arXiv's 3 s wait already covered crossref's own 1 s interval
        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(3),
                Duration.ofSeconds(3));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void withoutAGroupEachHostAndPortIsItsOwnGroup() throws IOException {
        try (HttpTransport http = HttpTransport.builder().timeSource(time)
                .defaultLimits(new HostLimits(Duration.ofSeconds(2), 1)).build()) {
            http.get(TransportRequest.get("j", url(rss, "/1")));
            http.get(TransportRequest.get("j", url(export, "/2")));
            http.get(TransportRequest.get("j", url(rss, "/3")));
        }

        assertThat(TransportRequest.get("j", url(rss, "/1")).group()).isEqualTo("localhost:" + rss.port());
        assertThat(TransportRequest.get("j", URI.create("https://rss.arxiv.org/rss/cs.AI")).group()).isEqualTo("rss.arxiv.org");
        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2));
    }

    @Test
    void oneConnectionAtATimeUnderConcurrentThreads() throws Exception {
        inFlight.holdEach(20);
        List<Future<HttpResult>> results = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (HttpTransport http = HttpTransport.builder()
                .limits("arxiv", new HostLimits(Duration.ofMillis(2), 1)).build()) {
            for (int i = 0; i < 12; i++) {
                URI uri = url(i % 2 == 0 ? rss : export, "/c" + i);
                results.add(threads.submit(() -> http.get(TransportRequest.get("arxiv:x", uri).inGroup("arxiv"))));
            }
            for (Future<HttpResult> r : results) {
                assertThat(r.get().status()).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(inFlight.total()).isEqualTo(12);
        assertThat(inFlight.max()).isEqualTo(1);
    }

    @Test
    void twoConnectionsAllowedMeansTwoAtOnce() throws Exception {
        // The control for the test above: the counter does see requests that overlap.
        inFlight.meetIn(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (HttpTransport http = HttpTransport.builder().limits("pair", new HostLimits(Duration.ZERO, 2)).build()) {
            Future<HttpResult> a = threads.submit(() -> http.get(TransportRequest.get("x", url(rss, "/p1")).inGroup("pair")));
            Future<HttpResult> b = threads.submit(() -> http.get(TransportRequest.get("x", url(export, "/p2")).inGroup("pair")));
            assertThat(a.get().status()).isEqualTo(200);
            assertThat(b.get().status()).isEqualTo(200);
        } finally {
            threads.shutdownNow();
        }

        assertThat(inFlight.max()).isEqualTo(2);
    }

    @Test
    void retryAfterHoldsOffTheRequestWaitingForTheConnection() throws Exception {
        // A gets 429 Retry-After 20 while B waits for arXiv's one connection: B must not start before 20 s, even
        // though A gives up at once and B takes the connection the moment A lets it go.
        CountDownLatch answerA = new CountDownLatch(1);
        inFlight.holdUntil(answerA);
        rss.stubFor(get("/limited").willReturn(status(429).withHeader("Retry-After", "20")));
        AtomicReference<Thread> threadB = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (HttpTransport http = HttpTransport.builder().timeSource(time).maxAttempts(1).build()) {
            Future<HttpResult> a = threads.submit(() -> http.get(TransportRequest.get("arxiv:cs.AI", url(rss, "/limited"))
                    .inGroup("arxiv")));
            while (inFlight.current() == 0) {
                Thread.onSpinWait(); // until A is at the server
            }
            Future<HttpResult> b = threads.submit(() -> {
                threadB.set(Thread.currentThread());
                return http.get(TransportRequest.get("arxiv:cs.LG", url(export, "/next")).inGroup("arxiv"));
            });
            while (threadB.get() == null || threadB.get().getState() != Thread.State.WAITING) {
                Thread.onSpinWait(); // until B waits for the connection
            }
            answerA.countDown();

            assertThatThrownBy(a::get).hasCauseInstanceOf(RateLimitedException.class);
            assertThat(b.get().bodyText()).isEqualTo("export");
        } finally {
            threads.shutdownNow();
        }

        assertThat(arrivals.all()).extracting(Arrivals.Arrival::path).containsExactly("/limited", "/next");
        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(20));
    }

    @Test
    void anInterruptedWaitFailsTypedAndKeepsTheInterrupt() throws IOException {
        try (HttpTransport http = HttpTransport.builder().timeSource(time).build()) {
            http.get(TransportRequest.get("arxiv:cs.AI", url(rss, "/1")).inGroup("arxiv"));
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> http.get(TransportRequest.get("arxiv:cs.AI", url(rss, "/2")).inGroup("arxiv")))
                        .isInstanceOf(SourceUnavailableException.class)
                        .hasMessage("arxiv:cs.AI: interrupted (" + url(rss, "/2") + ")");
            } finally {
                assertThat(Thread.interrupted()).isTrue();
            }
            // the connection slot was not lost
            assertThat(http.get(TransportRequest.get("arxiv:cs.AI", url(rss, "/3")).inGroup("arxiv")).status()).isEqualTo(200);
        }
        assertThat(arrivals.all()).extracting(Arrivals.Arrival::path).containsExactly("/1", "/3");
    }

    @Test
    void transportRequestValidation() {
        assertThatThrownBy(() -> TransportRequest.get("x", URI.create("file:///etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("URL has no host: file:///etc/passwd");
        TransportRequest r = TransportRequest.get("x", URI.create("https://export.arxiv.org/api/query"));
        assertThat(r.group()).isEqualTo("export.arxiv.org");
        assertThat(r.accept()).isEqualTo("*/*");
        assertThat(r.inGroup("arxiv").accepting("application/atom+xml"))
                .isEqualTo(new TransportRequest("x", URI.create("https://export.arxiv.org/api/query"), "arxiv",
                        "application/atom+xml"));
    }

    @Test
    void hostLimitsValidation() {
        assertThat(HostLimits.ARXIV).isEqualTo(new HostLimits(Duration.ofSeconds(3), 1));
        assertThatThrownBy(() -> new HostLimits(Duration.ofSeconds(-1), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minInterval is negative: PT-1S");
        assertThatThrownBy(() -> new HostLimits(Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxConnections must be >= 1: 0");
    }

    @Test
    void builderChecksItsArguments() {
        assertThatThrownBy(() -> HttpTransport.builder().maxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be >= 1: 0");
        assertThatThrownBy(() -> HttpTransport.builder().responseTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("responseTimeout must be positive: PT0S");
        assertThatThrownBy(() -> HttpTransport.builder().maxBodyBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxBodyBytes must be >= 1: 0");
        assertThatThrownBy(() -> HttpTransport.builder().initialBackoff(Duration.ofSeconds(10))
                .maxBackoff(Duration.ofSeconds(5)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("maxBackoff (PT5S) is below initialBackoff (PT10S)");
    }
}
