package io.academichub;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.academichub.error.SourceException;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceReport;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A third-party adapter, written here against the transport alone, that puts credentials where services want them
 * — query parameters under several names, credential headers, a {@code user:password} base URL. Whatever fails, no
 * exception message, {@code toString}, report summary or warning shows one of them.
 */
class CredentialsNeverShownTest {

    private static final List<String> SECRETS = List.of("K1apikey", "K2token", "K3sig", "K4bearer", "K5xapikey",
            "K6password", "K7warning", "K8secret");

    private static WireMockServer server;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    /** Sends its keys the ways real services ask for them; warns naming the URL, as adapters do. */
    private record KeyedSource(String id, URI base, HttpTransport http) implements Source {
        @Override
        public FetchResult fetch(FetchRequest request) {
            URI search = URI.create(base + "/search?q=tp53&apikey=K1apikey&access_token=K2token&sig=K3sig"
                    + "&client_secret=K8secret");
            TransportRequest get = TransportRequest.get(id, search)
                    .withHeader("Authorization", "Bearer K4bearer")
                    .withHeader("x-api-key", "K5xapikey");
            assertThat(get.toString()).doesNotContain(SECRETS);
            http.get(get);
            return new FetchResult(List.of(), SourceReport.ok(id, 0, 0,
                    List.of("page 2 skipped: " + base + "/search?page=2&token=K7warning")));
        }
    }

    private static FetchSummary fetch(URI base) throws IOException {
        try (HttpTransport http = HttpTransport.builder().timeSource(new FakeTimeSource()).maxAttempts(2).build()) {
            return AcademicHub.builder().source(new KeyedSource("keyed", base, http)).build()
                    .fetch(FetchRequest.latest());
        }
    }

    private static void assertShowsNoSecret(FetchSummary summary) {
        SourceReport report = summary.reports().get(0);
        assertThat(report.summary()).doesNotContain(SECRETS);
        assertThat(report.toString()).doesNotContain(SECRETS);
        assertThat(report.warnings()).allSatisfy(w -> assertThat(w).doesNotContain(SECRETS));
        SourceException e = report.error();
        if (e != null) {
            assertThat(e.getMessage()).doesNotContain(SECRETS);
            assertThat(e.toString()).doesNotContain(SECRETS);
            assertThat(String.valueOf(e.uri())).doesNotContain(SECRETS);
        }
    }

    @Test
    void aServerErrorShowsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(serverError()));

        FetchSummary summary = fetch(URI.create(server.baseUrl()));

        assertShowsNoSecret(summary);
        assertThat(summary.reports().get(0).summary()).isEqualTo("keyed FAILED: HTTP 500 Server Error ("
                + server.baseUrl() + "/search?q=tp53&apikey=***&access_token=***&sig=***&client_secret=***)");
    }

    @Test
    void aRefusalShowsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(notFound().withBody("no such key K1apikey")));

        assertShowsNoSecret(fetch(URI.create(server.baseUrl())));
    }

    @Test
    void aRedirectShowsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(status(302)
                .withHeader("Location", "ftp://user:K6password@files.example.org/?token=K2token")));

        FetchSummary summary = fetch(URI.create(server.baseUrl()));

        assertShowsNoSecret(summary);
        assertThat(summary.reports().get(0).error().detail())
                .isEqualTo("HTTP 302 redirect to a URL that is not http(s): ftp://***@files.example.org/?token=***");
    }

    @Test
    void aBaseUrlWithAPasswordShowsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(status(401).withBody("wrong password K6password")));

        FetchSummary summary = fetch(URI.create("http://reader:K6password@localhost:" + server.port()));

        assertShowsNoSecret(summary);
        assertThat(summary.reports().get(0).error().uri().toString()).startsWith("http://***@localhost:");
    }

    @Test
    void warningsShowNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(ok("")));

        FetchSummary summary = fetch(URI.create(server.baseUrl()));

        assertShowsNoSecret(summary);
        assertThat(summary.reports().get(0).warnings())
                .containsExactly("page 2 skipped: " + server.baseUrl() + "/search?page=2&token=***");
    }
}
