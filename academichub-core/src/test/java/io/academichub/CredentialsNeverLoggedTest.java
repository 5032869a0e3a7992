package io.academichub;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceReport;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No log line, at any level from TRACE to ERROR, shows a credential that a fetch sent in a query string, a header or
 * a {@code user:password} URL — neither the library's lines nor those of the HTTP client underneath (Apache
 * HttpClient), whose exec chain, header log and wire log print requests verbatim at DEBUG; and the server still
 * receives every credential as sent. The events are captured with logback's in-memory appender, every logger (the
 * root and {@code org.apache.hc}) at TRACE.
 */
class CredentialsNeverLoggedTest {

    private static final List<String> SECRETS = List.of("K1apikey", "K2token", "K3sig", "K4bearer", "K5xapikey",
            "K6password", "K7redirect", "K8secret");

    private static WireMockServer server;

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger httpClient = (Logger) LoggerFactory.getLogger("org.apache.hc");
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level rootLevel;
    private Level httpClientLevel;

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
    void captureEveryLevel() {
        server.resetAll();
        rootLevel = root.getLevel();
        httpClientLevel = httpClient.getLevel();
        root.setLevel(Level.TRACE);
        httpClient.setLevel(Level.TRACE);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(captured);
        captured.stop();
        root.setLevel(rootLevel);
        httpClient.setLevel(httpClientLevel);
    }

    /** Sends its keys the ways real services ask for them, from a base URL that may carry a password. */
    private record KeyedSource(URI base, Map<String, String> headers, HttpTransport http) implements Source {
        @Override
        public String id() {
            return "keyed";
        }

        @Override
        public FetchResult fetch(FetchRequest request) {
            TransportRequest search = TransportRequest.get(id(), URI.create(base + QUERY_WITH_KEYS));
            for (Map.Entry<String, String> header : headers.entrySet()) {
                search = search.withHeader(header.getKey(), header.getValue());
            }
            http.get(search);
            return new FetchResult(List.of(), SourceReport.ok(id(), 0, 0, List.of()));
        }
    }

    private static final String QUERY_WITH_KEYS = "/search?q=tp53&apikey=K1apikey&access_token=K2token&sig=K3sig"
            + "&client_secret=K8secret";
    private static final Map<String, String> KEY_HEADERS = Map.of("Authorization", "Bearer K4bearer",
            "x-api-key", "K5xapikey");

    private static void fetch(URI base, Map<String, String> headers) throws IOException {
        try (HttpTransport http = HttpTransport.builder().timeSource(new FakeTimeSource()).maxAttempts(2).build()) {
            AcademicHub.builder().source(new KeyedSource(base, headers, http)).build().fetch(FetchRequest.latest());
        }
    }

    /** The server got the real keys (not the masked values HttpClient saw) on each of its {@code count} requests. */
    private static void assertServerReceivedTheKeys(int count, Map<String, String> headers) {
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo("/search")));
        assertThat(requests).hasSize(count).allSatisfy(r -> {
            assertThat(r.getUrl()).isEqualTo(QUERY_WITH_KEYS);
            headers.forEach((name, value) -> assertThat(r.getHeader(name)).isEqualTo(value));
        });
    }

    /** Every captured line, with its exception's messages and stack, as a user's log file would show it. */
    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getClassName() + ": " + t.getMessage());
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    lines.add(frame.getSTEAsString());
                }
            }
        }
        return lines;
    }

    private void assertNoLineShowsASecret() {
        assertThat(lines()).allSatisfy(line -> assertThat(line).doesNotContain(SECRETS));
    }

    /**
     * The capture works: the library's DEBUG lines (its lowest level) naming the request are among them, and so are
     * HttpClient's DEBUG lines naming it, masked.
     */
    private void assertEveryLevelWasCaptured() {
        assertThat(captured.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(e.getLoggerName()).startsWith("io.academichub.");
            assertThat(e.getFormattedMessage()).contains("/search?q=tp53&apikey=***");
        });
        assertThat(captured.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(e.getLoggerName()).startsWith("org.apache.hc.");
            assertThat(e.getFormattedMessage()).contains("/search?q=tp53&apikey=***&access_token=***");
        });
    }

    @Test
    void aSuccessfulFetchLogsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(ok("")));

        fetch(URI.create(server.baseUrl()), KEY_HEADERS);

        assertEveryLevelWasCaptured();
        assertNoLineShowsASecret();
        assertServerReceivedTheKeys(1, KEY_HEADERS);
    }

    @Test
    void aRetriedServerErrorLogsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(serverError().withBody("bad key K1apikey")));

        fetch(URI.create(server.baseUrl()), KEY_HEADERS);

        assertThat(captured.list).anySatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.INFO)); // the retry line
        assertEveryLevelWasCaptured();
        assertNoLineShowsASecret();
        assertServerReceivedTheKeys(2, KEY_HEADERS);
    }

    @Test
    void aRedirectLogsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(status(302)
                .withHeader("Location", server.baseUrl() + "/moved?token=K7redirect")));
        server.stubFor(get(urlPathEqualTo("/moved")).willReturn(ok("")));

        fetch(URI.create(server.baseUrl()), KEY_HEADERS);

        assertThat(lines()).anySatisfy(line -> assertThat(line).contains("redirect to"));
        assertNoLineShowsASecret();
        assertServerReceivedTheKeys(1, KEY_HEADERS);
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/moved"))))
                .singleElement().satisfies(r -> assertThat(r.getUrl()).isEqualTo("/moved?token=K7redirect"));
    }

    @Test
    void aBaseUrlWithAPasswordLogsNoCredentialAndIsSentAsBasicAuthentication() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(ok("")));

        fetch(URI.create("http://reader:K6password@localhost:" + server.port()), Map.of());

        assertEveryLevelWasCaptured();
        assertNoLineShowsASecret();
        assertServerReceivedTheKeys(1, Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("reader:K6password".getBytes(StandardCharsets.UTF_8))));
    }
}
