package io.academichub.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.academichub.error.SourceUnavailableException;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.permanentRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Timeouts, the body cap, compression and redirects. */
class HttpTransportResponseTest {

    // 3 000 characters of a real-looking feed line, so compression has something to do.
    private static final String FEED = "<item><title>StreamKL: Streaming KL Distillation</title></item>\n".repeat(47);

    private static WireMockServer server;
    private FakeTimeSource time;

    @BeforeAll
    static void startServer() {
        // WireMock's own gzip is off so that the compressed bodies below are sent exactly as given.
        server = new WireMockServer(options().dynamicPort().gzipDisabled(true));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
        time = new FakeTimeSource();
    }

    private HttpTransport.Builder transport() {
        return HttpTransport.builder().timeSource(time).limits("test", new HostLimits(Duration.ZERO, 1))
                .random(new Random(7));
    }

    private static TransportRequest request(String path) {
        return TransportRequest.get("nature", URI.create(server.baseUrl() + path)).inGroup("test");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void aSlowResponseTimesOut() throws IOException {
        server.stubFor(get("/slow").willReturn(ok("late").withFixedDelay(1_000)));

        SourceUnavailableException e;
        try (HttpTransport http = transport().maxAttempts(1).responseTimeout(Duration.ofMillis(150)).build()) {
            e = catchThrowableOfType(SourceUnavailableException.class, () -> http.get(request("/slow")));
        }

        assertThat(e.status()).isZero();
        assertThat(e.detail()).startsWith("timed out");
        assertThat(e.getMessage()).startsWith("nature: timed out").endsWith("(" + server.baseUrl() + "/slow)");
    }

    @Test
    void aTimeoutIsRetried() throws IOException {
        server.stubFor(get("/flaky").inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(ok("late").withFixedDelay(1_000)).willSetStateTo("fast"));
        server.stubFor(get("/flaky").inScenario("t").whenScenarioStateIs("fast").willReturn(ok("fast")));

        try (HttpTransport http = transport().maxAttempts(2).responseTimeout(Duration.ofMillis(150))
                .initialBackoff(Duration.ofSeconds(1)).build()) {
            assertThat(http.get(request("/flaky")).bodyText()).isEqualTo("fast");
        }

        assertThat(time.sleeps()).hasSize(1);
        assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void aBodyOverTheCapIsATypedErrorAndNotRetried() throws IOException {
        server.stubFor(get("/big").willReturn(ok("x".repeat(1001))));
        server.stubFor(get("/fits").willReturn(ok("x".repeat(1000))));

        SourceUnavailableException e;
        try (HttpTransport http = transport().maxBodyBytes(1000).build()) {
            assertThat(http.get(request("/fits")).body()).hasSize(1000);
            e = catchThrowableOfType(SourceUnavailableException.class, () -> http.get(request("/big")));
        }

        assertThat(e.status()).isEqualTo(200);
        assertThat(e).hasMessage("nature: response body exceeds the cap of 1000 bytes (" + server.baseUrl() + "/big)");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/big")))).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void anErrorBodyOverTheCapKeepsItsStatus() throws IOException {
        server.stubFor(get("/err").willReturn(serverError().withBody("e".repeat(5000))));

        SourceUnavailableException e;
        try (HttpTransport http = transport().maxBodyBytes(1000).build()) {
            e = catchThrowableOfType(SourceUnavailableException.class, () -> http.get(request("/err")));
        }

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.detail()).isEqualTo("response body exceeds the cap of 1000 bytes");
    }

    @Test
    void gzipIsAskedForAndDecoded() throws IOException {
        byte[] plain = FEED.getBytes(StandardCharsets.UTF_8);
        byte[] compressed = gzip(plain);
        server.stubFor(get("/rss").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withHeader("Content-Encoding", "gzip").withBody(compressed)));

        HttpResult result;
        try (HttpTransport http = transport().build()) {
            result = http.get(request("/rss"));
        }

        assertThat(compressed.length).isLessThan(plain.length / 10);
        assertThat(result.body()).isEqualTo(plain);
        assertThat(result.bodyText()).isEqualTo(FEED);
        assertThat(result.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(new String(result.bodyStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(FEED);
        server.verify(getRequestedFor(urlPathEqualTo("/rss")).withHeader("Accept-Encoding", containing("gzip")));
    }

    @Test
    void theCapAppliesAfterDecompression() throws IOException {
        byte[] bomb = gzip(new byte[200_000]); // about 200 bytes on the wire
        server.stubFor(get("/bomb").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Encoding", "gzip").withBody(bomb)));

        SourceUnavailableException e;
        try (HttpTransport http = transport().maxBodyBytes(100_000).build()) {
            e = catchThrowableOfType(SourceUnavailableException.class, () -> http.get(request("/bomb")));
        }

        assertThat(bomb.length).isLessThan(1000);
        assertThat(e.detail()).isEqualTo("response body exceeds the cap of 100000 bytes");
    }

    @Test
    void redirectsAreFollowed() throws IOException {
        server.stubFor(get("/old").willReturn(permanentRedirect(server.baseUrl() + "/new")));
        server.stubFor(get("/new").willReturn(ok("moved")));

        try (HttpTransport http = transport().build()) {
            HttpResult result = http.get(request("/old"));

            assertThat(result.bodyText()).isEqualTo("moved");
            assertThat(result.uri()).isEqualTo(URI.create(server.baseUrl() + "/old"));
        }
    }

    @Test
    void anEmptyBodyIsEmpty() throws IOException {
        server.stubFor(get("/empty").willReturn(aResponse().withStatus(204)));

        try (HttpTransport http = transport().build()) {
            HttpResult result = http.get(request("/empty"));

            assertThat(result.status()).isEqualTo(204);
            assertThat(result.body()).isEmpty();
            assertThat(result.bodyText()).isEmpty();
        }
    }
}
