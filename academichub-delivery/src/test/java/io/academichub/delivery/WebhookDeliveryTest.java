package io.academichub.delivery;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.academichub.http.HttpTransport;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookDeliveryTest {

    /** The shape of a chat tool's hook URL: the path is the credential. */
    private static final String SECRET_PATH = "/services/T0001/B0002/XyZsecretToken123";

    private WireMockServer server;
    private HttpTransport http;
    private WebhookDelivery hook;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        http = HttpTransport.builder().contact("me@example.org").timeSource(new FakeTimeSource()).build();
        hook = WebhookDelivery.create(URI.create(server.baseUrl() + SECRET_PATH), http);
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        server.stop();
    }

    @Test
    void postsTheDigestAsOneJsonObject() {
        server.stubFor(post(SECRET_PATH).willReturn(aResponse().withStatus(200).withBody("ok")));

        hook.deliver(new Digest("AcademicHub digest — 2026-12-01", "# Digest\n\n01. StreamKL", "<p>01. StreamKL</p>"));

        server.verify(1, postRequestedFor(urlEqualTo(SECRET_PATH))
                .withHeader("Content-Type", containing("application/json"))
                .withHeader("User-Agent", containing("mailto:me@example.org"))
                .withRequestBody(equalToJson("{\"subject\":\"AcademicHub digest — 2026-12-01\","
                        + "\"text\":\"# Digest\\n\\n01. StreamKL\",\"html\":\"<p>01. StreamKL</p>\"}")));
    }

    @Test
    void aTextOnlyDigestHasNoHtmlField() {
        server.stubFor(post(SECRET_PATH).willReturn(aResponse().withStatus(204)));

        hook.deliver(Digest.text("Digest", "Nothing new today."));

        server.verify(postRequestedFor(urlEqualTo(SECRET_PATH))
                .withRequestBody(equalToJson("{\"subject\":\"Digest\",\"text\":\"Nothing new today.\"}")));
    }

    @Test
    void aRefusalNamesTheHostAndStatusButNeverTheSecretPath() {
        server.stubFor(post(SECRET_PATH).willReturn(aResponse().withStatus(404).withBody("no_service")));

        assertThatThrownBy(() -> hook.deliver(Digest.text("Digest", "text")))
                .isInstanceOf(DeliveryException.class)
                .hasMessage("webhook http://localhost:" + server.port() + "/…: the webhook answered HTTP 404")
                .hasMessageNotContaining("XyZsecretToken123");
    }

    @Test
    void aServerErrorIsNotRetried_aChatMessageMustNotArriveTwice() {
        server.stubFor(post(SECRET_PATH).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> hook.deliver(Digest.text("Digest", "text")))
                .isInstanceOf(DeliveryException.class)
                .hasMessageEndingWith("the webhook answered HTTP 500")
                .hasMessageNotContaining("XyZsecretToken123");
        server.verify(1, postRequestedFor(urlEqualTo(SECRET_PATH)));
    }

    @Test
    void targetAndToStringHideThePath() {
        assertThat(hook.target()).isEqualTo("webhook http://localhost:" + server.port() + "/…");
        assertThat(hook.toString()).doesNotContain("XyZsecretToken123");
        assertThatThrownBy(() -> WebhookDelivery.create(URI.create("ftp://example.org" + SECRET_PATH), http))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("XyZsecretToken123");
    }
}
