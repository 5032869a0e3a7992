package io.academichub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.academichub.source.Status;
import io.academichub.testing.Fixtures;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily job end to end with delivery — a real SMTP server (GreenMail) receives the digest by e-mail and a
 * webhook (WireMock) its JSON — and on a day when arXiv announces nothing. The feeds are real recordings.
 */
class DailyDeliveryTest {

    private static final String PASSWORD = "smtp-Pa55-daily";
    private static final String HOOK_PATH = "/hooks/T000/B000/secret-token-daily";
    private static final Clock THE_DAY = Clock.fixed(Instant.parse("2024-11-28T06:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@example.org", "digest", PASSWORD));

    @TempDir
    Path dir;

    private WireMockServer http;
    private final StringWriter progress = new StringWriter();

    @BeforeEach
    void start() {
        http = new WireMockServer(options().dynamicPort());
        http.start();
    }

    @AfterEach
    void stop() {
        http.stop();
    }

    private DailyJob.Outcome runDaily(List<String> sources, List<Path> profiles, DailyConfig.DeliverySettings delivery,
                                      Map<String, String> baseUrls, Map<String, String> environment) throws IOException {
        DailyConfig config = new DailyConfig(null, sources, profiles,
                new DailyConfig.BriefingSettings("en", "none", null, null, null, null, false),
                dir.resolve("out"), dir.resolve("data"), delivery, null);
        return new DailyJob(config, baseUrls, new PrintWriter(progress, true), THE_DAY, environment::get)
                .run(dir.resolve("out"));
    }

    @Test
    void theDigestGoesOutByEmailAndToTheWebhook_withoutShowingTheirSecrets() throws Exception {
        http.stubFor(post(urlPathEqualTo(HOOK_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
        Path profile = dir.resolve("example.yaml");
        Files.writeString(profile, DailyConfig.exampleProfileText(), StandardCharsets.UTF_8);
        int smtpPort = SMTP.getSmtp().getPort();
        DailyConfig.DeliverySettings delivery = new DailyConfig.DeliverySettings(
                new DailyConfig.EmailSettings("127.0.0.1", smtpPort, "none", "digest", "TEST_SMTP_PASSWORD",
                        "AcademicHub <digest@example.org>", List.of("reader@example.org")),
                new DailyConfig.WebhookSettings("TEST_HOOK_URL"));

        DailyJob.Outcome outcome;
        try (DemoServer feeds = DemoServer.start()) {
            outcome = runDaily(List.of("arxiv:cs.AI", "nature"), List.of(profile), delivery,
                    Map.of("arxiv", feeds.baseUrl(), "nature", feeds.baseUrl()),
                    Map.of("TEST_SMTP_PASSWORD", PASSWORD, "TEST_HOOK_URL", http.baseUrl() + HOOK_PATH));
        }

        assertThat(outcome.allSucceeded()).as(progress.toString()).isTrue();
        int matches = outcome.matches().get("example").size();
        assertThat(matches).isPositive();
        String markdown = Files.readString(outcome.folder().resolve("digest.md"));
        String html = Files.readString(outcome.folder().resolve("digest.html"));
        String subject = "AcademicHub digest — 2024-11-28: " + matches + " new matches";

        MimeMessage[] mail = SMTP.getReceivedMessages();
        assertThat(mail).hasSize(1);
        assertThat(mail[0].getSubject()).isEqualTo(subject);
        assertThat(mail[0].getAllRecipients()).extracting(Object::toString).containsExactly("reader@example.org");
        Multipart parts = (Multipart) mail[0].getContent();
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(markdown);
        assertThat(((String) parts.getBodyPart(1).getContent()).replace("\r\n", "\n")).isEqualTo(html);

        List<LoggedRequest> hooks = http.findAll(postRequestedFor(urlPathEqualTo(HOOK_PATH)));
        assertThat(hooks).hasSize(1);
        JsonNode posted = new ObjectMapper().readTree(hooks.get(0).getBodyAsString());
        assertThat(posted.path("subject").asText()).isEqualTo(subject);
        assertThat(posted.path("text").asText()).isEqualTo(markdown);
        assertThat(posted.path("html").asText()).isEqualTo(html);

        assertThat(progress.toString())
                .contains("daily: delivered to smtp://digest@127.0.0.1:" + smtpPort + " (NONE) → reader@example.org")
                .contains("daily: delivered to webhook " + http.baseUrl() + "/…")
                .doesNotContain(PASSWORD).doesNotContain("secret-token-daily");
    }

    @Test
    void aDayWithoutAnArxivAnnouncementSaysSoAndStillWritesTheDigestOfTheOthers() throws Exception {
        http.stubFor(get(urlPathEqualTo("/rss/cs.AI")).willReturn(aResponse()
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withBody(Fixtures.bytes("fixtures/arxiv-rss/rss.arxiv.org_test-archive_no-items_2024-11-28.xml"))));
        http.stubFor(get(urlPathEqualTo("/nature.rss")).willReturn(aResponse()
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withBody(Fixtures.bytes("fixtures/nature-rss/nature_current_rss1.0-rdf_2024-08-20.rss"))));

        DailyJob.Outcome outcome = runDaily(List.of("arxiv:cs.AI", "nature"), List.of(),
                DailyConfig.DeliverySettings.NONE, Map.of("arxiv", http.baseUrl(), "nature", http.baseUrl()), Map.of());

        assertThat(outcome.allSucceeded()).as("no announcement is not a failure").isTrue();
        assertThat(outcome.fetch().reports()).extracting(r -> r.status())
                .containsExactly(Status.NO_ANNOUNCEMENT, Status.OK);
        assertThat(progress.toString()).contains("daily: no announcement today from arxiv:cs.AI (a weekend or a "
                + "holiday); the digest has what the other sources had");
        assertThat(Files.readAllLines(outcome.folder().resolve("papers.jsonl"))).hasSize(75); // the recorded issue lists 75 items
        assertThat(Files.readString(outcome.folder().resolve("digest.md")))
                .contains("No announcement today from arxiv:cs.AI (a weekend or a holiday); below is what the other "
                        + "sources had.")
                .contains("## Today's papers (75)");
        assertThat(outcome.folder().resolve("digest.html")).isNotEmptyFile();
    }
}
