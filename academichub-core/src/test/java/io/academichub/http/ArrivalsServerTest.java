package io.academichub.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The set-up the transport tests share: one WireMock server per test class that records when each request arrived
 * on a fresh fake clock per test, so retries, backoff and politeness gaps are asserted without waiting.
 */
abstract class ArrivalsServerTest {

    static final Arrivals arrivals = new Arrivals();
    static WireMockServer server;

    FakeTimeSource time;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().dynamicPort().extensions(arrivals));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void resetServerAndClock() {
        server.resetAll();
        time = new FakeTimeSource();
        arrivals.reset(time);
    }
}
