package io.academichub.http;

import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Random;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** POSTs with a body and headers (what the chat-model providers send): retried only when the request opts in. */
class HttpTransportPostTest extends ArrivalsServerTest {

    private static final String KEY = "sk-test-0123456789abcdef";
    private static final String JSON = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Grüße\"}]}";

    private HttpTransport.Builder transport() {
        return HttpTransport.builder().timeSource(time).limits("test", new HostLimits(Duration.ZERO, 1))
                .random(new Random(42));
    }

    private static TransportRequest chat() {
        return TransportRequest.post("openai", URI.create(server.baseUrl() + "/v1/chat/completions"),
                        "application/json", JSON)
                .inGroup("test").accepting("application/json").withHeader("Authorization", "Bearer " + KEY);
    }

    @Test
    void postsTheBodyAsUtf8WithItsHeaders() throws IOException {
        server.stubFor(post("/v1/chat/completions").willReturn(ok("{\"id\":\"1\"}")));

        try (HttpTransport http = transport().build()) {
            HttpResult result = http.send(chat().withHeader("anthropic-version", "2023-06-01"));
            assertThat(result.bodyText()).isEqualTo("{\"id\":\"1\"}");
        }

        server.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson(JSON)));
    }

    @Test
    void aPostIsNotRetriedUnlessItSaysSo() throws IOException {
        server.stubFor(post("/v1/chat/completions").willReturn(status(503).withHeader("Retry-After", "3")));

        try (HttpTransport http = transport().build()) {
            assertThatThrownBy(() -> http.send(chat())).isInstanceOf(SourceUnavailableException.class);
        }

        assertThat(arrivals.times()).containsExactly(Duration.ZERO);
    }

    @Test
    void aRetryablePostWaitsAsRetryAfterSaysOn429And529() throws IOException {
        String path = "/v1/chat/completions";
        server.stubFor(post(path).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(status(429).withHeader("Retry-After", "7")).willSetStateTo("overloaded"));
        server.stubFor(post(path).inScenario("s").whenScenarioStateIs("overloaded")
                .willReturn(status(529).withHeader("Retry-After", "4")).willSetStateTo("fine"));
        server.stubFor(post(path).inScenario("s").whenScenarioStateIs("fine").willReturn(ok("answer")));

        try (HttpTransport http = transport().build()) {
            assertThat(http.send(chat().withRetries()).bodyText()).isEqualTo("answer");
        }

        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(7), Duration.ofSeconds(11));
        server.verify(3, postRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson(JSON)));
    }

    @Test
    void aRetryablePostGivesUpAsRateLimitedWithTheDelay() throws IOException {
        server.stubFor(post("/v1/chat/completions").willReturn(status(429).withHeader("Retry-After", "5")));

        RateLimitedException e;
        try (HttpTransport http = transport().maxAttempts(2).build()) {
            e = catchThrowableOfType(RateLimitedException.class, () -> http.send(chat().withRetries()));
        }

        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(e.getMessage()).doesNotContain(KEY);
        assertThat(arrivals.times()).containsExactly(Duration.ZERO, Duration.ofSeconds(5));
    }

    @Test
    void nothingIsRetriedWhenTheServiceSaysItWouldNotHelp() throws IOException {
        // Anthropic's recorded 429 for one request above the per-minute token budget: x-should-retry false
        String error = "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"This request "
                + "would exceed your organization's rate limit of 450,000 input tokens per minute\"}}";
        server.stubFor(post("/v1/chat/completions").willReturn(status(429).withHeader("X-Should-Retry", "false")
                .withBody(error)));

        RateLimitedException e;
        try (HttpTransport http = transport().build()) {
            e = catchThrowableOfType(RateLimitedException.class, () -> http.send(chat().withRetries()));
        }

        assertThat(e.responseBody()).isEqualTo(error);
        assertThat(e.retryAfter()).isNull();
        assertThat(arrivals.times()).containsExactly(Duration.ZERO);
    }

    @Test
    void aRefusedPostKeepsTheErrorDocument() throws IOException {
        String error = "{\"error\":{\"message\":\"Incorrect API key provided\",\"code\":\"invalid_api_key\"}}";
        server.stubFor(post("/v1/chat/completions").willReturn(status(401).withBody(error)));

        SourceRejectedException e;
        try (HttpTransport http = transport().build()) {
            e = catchThrowableOfType(SourceRejectedException.class, () -> http.send(chat().withRetries()));
        }

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.responseBody()).isEqualTo(error);
        assertThat(arrivals.times()).hasSize(1);
    }

    @Test
    void aRequestMayWaitLongerThanTheTransportsResponseTimeout() throws IOException {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withFixedDelay(1500).withBody("slow")));

        try (HttpTransport http = HttpTransport.builder().responseTimeout(Duration.ofMillis(500)).maxAttempts(1)
                .build()) {
            assertThatThrownBy(() -> http.send(chat())).isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("timed out");
            assertThat(http.send(chat().withResponseTimeout(Duration.ofSeconds(5))).bodyText()).isEqualTo("slow");
        }
    }

    @Test
    void credentialsNeverShowInToString() {
        TransportRequest request = chat().withHeader("x-api-key", KEY).withHeader("X-Auth-Token", KEY)
                .withHeader("anthropic-version", "2023-06-01");

        assertThat(request.toString()).doesNotContain(KEY).doesNotContain(JSON)
                .contains("Authorization: ***", "x-api-key: ***", "X-Auth-Token: ***", "anthropic-version: 2023-06-01",
                        "POST " + server.baseUrl() + "/v1/chat/completions", "application/json (" + JSON.length() + " chars)");
    }

    @Test
    void requestValidation() throws IOException {
        URI uri = URI.create("https://api.openai.com/v1/chat/completions");
        assertThatThrownBy(() -> TransportRequest.post("openai", uri, " ", JSON))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a request body needs a Content-Type");
        assertThatThrownBy(() -> TransportRequest.get("openai", uri).withHeader("Authorization", "Bearer a\r\nX: b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the value of header Authorization contains a line break");
        assertThatThrownBy(() -> TransportRequest.get("openai", uri).withHeader("Bad Name", "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a valid header name: 'Bad Name'");
        assertThat(TransportRequest.post("openai", uri, "application/json", JSON).retryable()).isFalse();
        assertThat(TransportRequest.get("openai", uri).retryable()).isTrue();
        assertThat(TransportRequest.get("openai", uri).withHeader("a", "1").withHeader("A", "2").headers())
                .containsExactly(java.util.Map.entry("A", "2"));
        try (HttpTransport http = transport().build()) {
            assertThatThrownBy(() -> http.get(TransportRequest.post("openai", uri, "application/json", JSON)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("get() of a request with a body");
        }
    }
}
