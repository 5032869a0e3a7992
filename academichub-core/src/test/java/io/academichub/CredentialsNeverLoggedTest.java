package io.academichub;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
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
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No log line of the library, at any level from TRACE to ERROR, shows a credential that a fetch sent in a query
 * string, a header or a {@code user:password} URL; nor does any line of the HTTP client (Apache HttpClient) at INFO
 * and above. The events are captured with logback's in-memory appender, every level of every logger switched on
 * except the HTTP client's DEBUG and TRACE: those are its wire log, which prints each request verbatim (as any HTTP
 * client's wire log does) — the last test shows it, and why {@code org.apache.hc} is kept at INFO (the CLI does so
 * even with {@code --verbose}; {@link io.academichub.http.HttpTransport} says so to embedders).
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
        httpClient.setLevel(Level.INFO);
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
    private record KeyedSource(URI base, HttpTransport http) implements Source {
        @Override
        public String id() {
            return "keyed";
        }

        @Override
        public FetchResult fetch(FetchRequest request) {
            URI search = URI.create(base + "/search?q=tp53&apikey=K1apikey&access_token=K2token&sig=K3sig"
                    + "&client_secret=K8secret");
            http.get(TransportRequest.get(id(), search)
                    .withHeader("Authorization", "Bearer K4bearer")
                    .withHeader("x-api-key", "K5xapikey"));
            return new FetchResult(List.of(), SourceReport.ok(id(), 0, 0, List.of()));
        }
    }

    private static void fetch(URI base) throws IOException {
        try (HttpTransport http = HttpTransport.builder().timeSource(new FakeTimeSource()).maxAttempts(2).build()) {
            AcademicHub.builder().source(new KeyedSource(base, http)).build().fetch(FetchRequest.latest());
        }
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

    /** The capture works: the library's DEBUG lines (its lowest level) naming the request are among them. */
    private void assertEveryLevelWasCaptured() {
        assertThat(captured.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(e.getLoggerName()).startsWith("io.academichub.");
            assertThat(e.getFormattedMessage()).contains("/search?q=tp53&apikey=***");
        });
    }

    @Test
    void aSuccessfulFetchLogsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(ok("")));

        fetch(URI.create(server.baseUrl()));

        assertEveryLevelWasCaptured();
        assertNoLineShowsASecret();
    }

    @Test
    void aRetriedServerErrorLogsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(serverError().withBody("bad key K1apikey")));

        fetch(URI.create(server.baseUrl()));

        assertThat(captured.list).anySatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.INFO)); // the retry line
        assertEveryLevelWasCaptured();
        assertNoLineShowsASecret();
    }

    @Test
    void aRedirectLogsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(status(302)
                .withHeader("Location", server.baseUrl() + "/moved?token=K7redirect")));
        server.stubFor(get(urlPathEqualTo("/moved")).willReturn(ok("")));

        fetch(URI.create(server.baseUrl()));

        assertThat(lines()).anySatisfy(line -> assertThat(line).contains("redirect to"));
        assertNoLineShowsASecret();
    }

    @Test
    void aBaseUrlWithAPasswordLogsNoCredential() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(ok("")));

        fetch(URI.create("http://reader:K6password@localhost:" + server.port()));

        assertEveryLevelWasCaptured();
        assertNoLineShowsASecret();
    }

    @Test
    void theHttpClientsOwnDebugLinesShowTheRequestVerbatimSoTheyStayAtInfo() throws IOException {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(ok("")));
        httpClient.setLevel(Level.DEBUG);

        fetch(URI.create(server.baseUrl()));

        // Not the library's to mask: Apache HttpClient logs the request line and headers it sends at DEBUG.
        assertThat(lines()).anySatisfy(line -> assertThat(line).startsWith("DEBUG org.apache.hc.").contains("K1apikey"));
        assertThat(lines()).filteredOn(line -> line.startsWith("DEBUG io.academichub."))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotContain(SECRETS));
    }
}
