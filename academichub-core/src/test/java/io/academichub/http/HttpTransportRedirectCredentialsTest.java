package io.academichub.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials stay with their origin when a server redirects: a hop to the same scheme, host and port keeps the
 * request's credential headers and {@code user:password}; a hop to another port (a second WireMock server) or another
 * host ({@code 127.0.0.1} for {@code localhost}) is made without them, and so is every hop after it.
 */
class HttpTransportRedirectCredentialsTest extends ArrivalsServerTest {

    private static WireMockServer other;

    @BeforeAll
    static void startOtherServer() {
        other = new WireMockServer(options().dynamicPort());
        other.start();
    }

    @AfterAll
    static void stopOtherServer() {
        other.stop();
    }

    @BeforeEach
    void resetOtherServer() {
        other.resetAll();
    }

    private HttpTransport transport() {
        return HttpTransport.builder().timeSource(time).random(new Random(7)).build();
    }

    private static TransportRequest keyed(URI uri) {
        return TransportRequest.get("x", uri).withHeader("Authorization", "Bearer T0ken")
                .withHeader("x-api-key", "K5").withHeader("X-Trace", "t1");
    }

    private static LoggedRequest only(WireMockServer on, String path) {
        return on.findAll(getRequestedFor(urlPathEqualTo(path))).stream().reduce((a, b) -> {
            throw new AssertionError("more than one request to " + path);
        }).orElseThrow(() -> new AssertionError("no request to " + path));
    }

    @Test
    void aRedirectWithinTheOriginKeepsTheCredentialHeaders() throws IOException {
        server.stubFor(get("/a").willReturn(status(302).withHeader("Location", "/b")));
        server.stubFor(get("/b").willReturn(status(301).withHeader("Location", server.baseUrl() + "/c")));
        server.stubFor(get("/c").willReturn(ok("here")));

        try (HttpTransport http = transport()) {
            assertThat(http.get(keyed(URI.create(server.baseUrl() + "/a"))).bodyText()).isEqualTo("here");
        }
        for (String path : new String[] {"/a", "/b", "/c"}) {
            LoggedRequest hop = only(server, path);
            assertThat(hop.getHeader("Authorization")).as(path).isEqualTo("Bearer T0ken");
            assertThat(hop.getHeader("x-api-key")).as(path).isEqualTo("K5");
        }
    }

    @Test
    void aRedirectToAnotherPortDropsTheCredentialHeadersButKeepsTheRestAndTheTargetsQuery() throws IOException {
        server.stubFor(get("/a").willReturn(status(302)
                .withHeader("Location", other.baseUrl() + "/b?token=chosen-by-the-server")));
        other.stubFor(get(urlPathEqualTo("/b")).willReturn(ok("there")));

        try (HttpTransport http = transport()) {
            assertThat(http.get(keyed(URI.create(server.baseUrl() + "/a"))).bodyText()).isEqualTo("there");
        }
        assertThat(only(server, "/a").getHeader("Authorization")).isEqualTo("Bearer T0ken");
        LoggedRequest moved = only(other, "/b");
        assertThat(moved.containsHeader("Authorization")).isFalse();
        assertThat(moved.containsHeader("x-api-key")).isFalse();
        assertThat(moved.getHeader("X-Trace")).isEqualTo("t1");
        assertThat(moved.getUrl()).isEqualTo("/b?token=chosen-by-the-server");
    }

    @Test
    void aRedirectToAnotherHostDropsTheCredentialsForEveryLaterHopEvenBackHome() throws IOException {
        String otherHost = "http://127.0.0.1:" + server.port(); // same port, another host name
        server.stubFor(get("/a").willReturn(status(302).withHeader("Location", otherHost + "/b")));
        server.stubFor(get("/b").willReturn(status(302).withHeader("Location", server.baseUrl() + "/c")));
        server.stubFor(get("/c").willReturn(ok("back")));

        try (HttpTransport http = transport()) {
            assertThat(http.get(keyed(URI.create(server.baseUrl() + "/a"))).bodyText()).isEqualTo("back");
        }
        assertThat(only(server, "/a").getHeader("Authorization")).isEqualTo("Bearer T0ken");
        assertThat(only(server, "/b").containsHeader("Authorization")).isFalse();
        assertThat(only(server, "/c").containsHeader("Authorization")).isFalse();
        assertThat(only(server, "/c").containsHeader("x-api-key")).isFalse();
    }

    @Test
    void aUserAndPasswordGoToTheOriginOnlyHoweverTheLocationIsWritten() throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString("reader:pw".getBytes(StandardCharsets.UTF_8));
        server.stubFor(get("/a").willReturn(status(302).withHeader("Location", "/b")));
        server.stubFor(get("/b").willReturn(status(302).withHeader("Location", server.baseUrl() + "/c")));
        server.stubFor(get("/c").willReturn(status(302).withHeader("Location", other.baseUrl() + "/d")));
        other.stubFor(get("/d").willReturn(ok("done")));

        try (HttpTransport http = transport()) {
            URI withPassword = URI.create("http://reader:pw@localhost:" + server.port() + "/a");
            assertThat(http.get(TransportRequest.get("x", withPassword)).bodyText()).isEqualTo("done");
        }
        for (String path : new String[] {"/a", "/b", "/c"}) {
            assertThat(only(server, path).getHeader("Authorization")).as(path).isEqualTo(basic);
        }
        assertThat(only(other, "/d").containsHeader("Authorization")).isFalse();
    }

    @Test
    void theOriginIsSchemeHostAndPortWithTheSchemesDefaultPort() {
        URI https = URI.create("https://api.example.org/v1?key=1");
        assertThat(RedirectFollower.sameOrigin(URI.create("https://API.example.org:443/v2"), https)).isTrue();
        assertThat(RedirectFollower.sameOrigin(URI.create("http://api.example.org/v1"), https))
                .as("an https -> http downgrade").isFalse();
        assertThat(RedirectFollower.sameOrigin(URI.create("http://api.example.org:443/v1"), https)).isFalse();
        assertThat(RedirectFollower.sameOrigin(URI.create("https://api.example.org:8443/v1"), https)).isFalse();
        assertThat(RedirectFollower.sameOrigin(URI.create("https://cdn.example.org/v1"), https)).isFalse();
        assertThat(RedirectFollower.sameOrigin(URI.create("http://example.org:80/"),
                URI.create("http://example.org/"))).isTrue();
    }
}
