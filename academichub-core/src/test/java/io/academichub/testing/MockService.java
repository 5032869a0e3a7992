package io.academichub.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.academichub.http.HttpTransport;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A recorded service for adapter tests: a WireMock server on a free port, reset before each test, and a
 * {@link TestTransports#noWait() no-wait transport} made fresh for each test and closed after it. Register it as a
 * JUnit 5 extension:
 *
 * <pre>{@code
 * @RegisterExtension static MockService service = new MockService();
 *
 * @Test void readsThePage() {
 *     service.serve("/works", Fixtures.bytes("crossref/works.json"), "application/json");
 *     Source s = new CrossrefProvider().create(new SourceConfig("1932-6203",
 *             Map.of("baseUrl", service.baseUrl()), service.transport()));
 * }
 * }</pre>
 *
 * Needs {@code org.wiremock:wiremock-standalone} and {@code org.junit.jupiter:junit-jupiter} on the test class path.
 */
public final class MockService implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    private HttpTransport transport;

    /** A service; it starts with the test class. */
    public MockService() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!server.isRunning()) {
            start(); // registered as an instance field: per test
        }
        server.resetAll();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeTransport();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Starts the server, for use outside JUnit's extension model; {@link #stop()} ends it. */
    public void start() {
        server.start();
    }

    /** Closes the transport and stops the server. */
    public void stop() {
        closeTransport();
        server.stop();
    }

    /** {@code http://localhost:PORT}: what an adapter takes as its base URL. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The transport of the current test: no pauses, one attempt, a fake clock. */
    public HttpTransport transport() {
        if (transport == null) {
            transport = TestTransports.noWait();
        }
        return transport;
    }

    /** The WireMock server, for stubs and checks beyond {@link #serve}. */
    public WireMockServer server() {
        return server;
    }

    /** Answers GETs of {@code path} (any query) with 200 and {@code body}. */
    public void serve(String path, byte[] body, String contentType) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    /** Answers every request, whatever its method and URL, with {@code response}. */
    public void serveEverything(ResponseDefinitionBuilder response) {
        server.stubFor(any(anyUrl()).willReturn(response));
    }

    /** Every request the server received in this test, in order. */
    public List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    private void closeTransport() {
        if (transport != null) {
            try {
                transport.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                transport = null;
            }
        }
    }
}
