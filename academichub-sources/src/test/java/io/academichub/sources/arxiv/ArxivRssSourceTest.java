package io.academichub.sources.arxiv;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.http.TimeSource;
import io.academichub.model.AnnounceType;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceRegistry;
import io.academichub.source.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.academichub.sources.arxiv.ArxivRssFixtures.ALL_ARCHIVES;
import static io.academichub.sources.arxiv.ArxivRssFixtures.BAD_ARCHIVE;
import static io.academichub.sources.arxiv.ArxivRssFixtures.CS_AI_EXCERPT;
import static io.academichub.sources.arxiv.ArxivRssFixtures.NO_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link ArxivRssSource} end to end against WireMock serving arXiv's recorded feeds. */
class ArxivRssSourceTest {

    private WireMockServer wm;
    private HttpTransport transport;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        transport = HttpTransport.builder().limits("arxiv", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();
    }

    @AfterEach
    void stop() throws IOException {
        transport.close();
        wm.stop();
    }

    private void serve(String path, byte[] body) {
        wm.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8").withBody(body)));
    }

    private Source source(String categories) {
        return SourceRegistry.discover().create("arxiv:" + categories, Map.of(SourceConfig.BASE_URL, wm.baseUrl()),
                transport);
    }

    @Test
    void fetchesTheFeedDiscoveredByNameAndReportsOk() {
        serve("/rss/cs.AI", ArxivRssFixtures.bytes(CS_AI_EXCERPT));
        Source source = source("cs.AI");
        assertThat(source).isInstanceOf(ArxivRssSource.class);
        assertThat(source.id()).isEqualTo("arxiv:cs.AI");

        FetchResult result = source.fetch(FetchRequest.latest());

        assertThat(result.papers()).extracting(p -> p.id().toString())
                .containsExactly("arxiv:2604.21935", "arxiv:2604.21936", "arxiv:2604.21937");
        assertThat(result.papers()).extracting(Paper::announceType).containsOnly(AnnounceType.NEW);
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().sourceId()).isEqualTo("arxiv:cs.AI");
        assertThat(result.report().expected()).isEqualTo(3);
        assertThat(result.report().received()).isEqualTo(3);
        assertThat(result.report().warnings()).isEmpty();
        assertThat(result.report().error()).isNull();
        wm.verify(1, getRequestedFor(urlEqualTo("/rss/cs.AI"))
                .withHeader("Accept", containing("application/rss+xml"))
                .withHeader("User-Agent", containing("AcademicHub/")));
    }

    @Test
    void severalCategoriesAreJoinedWithPlusInTheUrlAndTheId() {
        serve("/rss/cs.AI+cs.LG", ArxivRssFixtures.bytes(ALL_ARCHIVES));
        Source source = source("cs.AI+cs.LG");
        assertThat(source.id()).isEqualTo("arxiv:cs.AI+cs.LG");

        FetchResult result = source.fetch(FetchRequest.latest());

        assertThat(result.papers()).hasSize(1504);
        assertThat(result.report().summary()).isEqualTo("arxiv:cs.AI+cs.LG OK 1504/1504");
        wm.verify(1, getRequestedFor(urlEqualTo("/rss/cs.AI+cs.LG")));
    }

    @Test
    void aLimitIsHonoured() {
        serve("/rss/cs", ArxivRssFixtures.bytes(ALL_ARCHIVES));
        FetchResult result = source("cs").fetch(FetchRequest.latest().withLimit(10));
        assertThat(result.papers()).hasSize(10);
        assertThat(result.papers().get(0).id().value()).isEqualTo("2411.17700");
        assertThat(result.papers().get(9).id().value()).isEqualTo("2411.17709");
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isEqualTo(10);
        assertThat(result.report().received()).isEqualTo(10);
    }

    @Test
    void aDateWindowCannotBeHonouredAndSaysSo() {
        serve("/rss/cs.AI", ArxivRssFixtures.bytes(CS_AI_EXCERPT));
        FetchResult result = source("cs.AI")
                .fetch(FetchRequest.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 7)));
        assertThat(result.papers()).hasSize(3);
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().warnings()).containsExactly("the RSS feed carries only the latest announcement "
                + "(2026-04-27); the requested window 2026-04-01..2026-04-07 was not applied "
                + "(use the arXiv API or OAI-PMH for past days)");
    }

    @Test
    void anEmptyFeedIsNoAnnouncementNotAnError() {
        serve("/rss/test", ArxivRssFixtures.bytes(NO_ITEMS));
        FetchResult result = source("test").fetch(FetchRequest.latest());
        assertThat(result.papers()).isEmpty();
        assertThat(result.report().status()).isEqualTo(Status.NO_ANNOUNCEMENT);
        assertThat(result.report().expected()).isZero();
        assertThat(result.report().received()).isZero();
        assertThat(result.report().error()).isNull();
        assertThat(result.report().warnings()).isEmpty();
    }

    @Test
    void theFeedErrorChannelIsARejectionWithArxivsWordsAndTheBody() {
        byte[] body = ArxivRssFixtures.bytes(BAD_ARCHIVE);
        serve("/rss/astroph", body);
        SourceRejectedException e = catchThrowableOfType(SourceRejectedException.class,
                () -> source("astroph").fetch(FetchRequest.latest()));
        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.sourceId()).isEqualTo("arxiv:astroph");
        assertThat(e.uri()).isEqualTo(URI.create(wm.baseUrl() + "/rss/astroph"));
        assertThat(e.detail()).startsWith("arXiv says \"Bad archive 'astroph'. Valid archive names are: astro-ph, ");
        assertThat(e.responseBody()).isEqualTo(new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void notFoundIsARejectionNamingTheUrl() {
        wm.stubFor(get(urlPathEqualTo("/rss/cs.XX")).willReturn(aResponse().withStatus(404).withBody("Not Found")));
        SourceRejectedException e = catchThrowableOfType(SourceRejectedException.class,
                () -> source("cs.XX").fetch(FetchRequest.latest()));
        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.getMessage()).startsWith("arxiv:cs.XX: HTTP 404")
                .endsWith("(" + wm.baseUrl() + "/rss/cs.XX)");
        assertThat(e.responseBody()).isEqualTo("Not Found");
    }

    @Test
    void serverErrorIsUnavailableNamingTheUrl() {
        wm.stubFor(get(urlPathEqualTo("/rss/cs.AI")).willReturn(aResponse().withStatus(500)));
        SourceUnavailableException e = catchThrowableOfType(SourceUnavailableException.class,
                () -> source("cs.AI").fetch(FetchRequest.latest()));
        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.uri()).isEqualTo(URI.create(wm.baseUrl() + "/rss/cs.AI"));
        assertThat(e.getMessage()).startsWith("arxiv:cs.AI: HTTP 500").endsWith("(" + wm.baseUrl() + "/rss/cs.AI)");
    }

    @Test
    void aTruncatedBodyIsAFormatErrorWithLineAndColumn() {
        serve("/rss/cs.AI", Arrays.copyOf(ArxivRssFixtures.bytes(CS_AI_EXCERPT), 3000));
        FeedFormatException e = catchThrowableOfType(FeedFormatException.class,
                () -> source("cs.AI").fetch(FetchRequest.latest()));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(33);
        assertThat(e.column()).isEqualTo(166);
        assertThat(e.getMessage()).startsWith("arxiv:cs.AI: malformed XML: ")
                .endsWith("at line 33, column 166 (" + wm.baseUrl() + "/rss/cs.AI)");
    }

    @Test
    void anXxePayloadIsRefusedAndNothingItPointsToIsFetchedOrRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        String payload = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss SYSTEM \"" + wm.baseUrl() + "/evil.dtd\" [\n"
                + "  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY remote SYSTEM \"" + wm.baseUrl() + "/entity\">\n"
                + "]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&remote;</title>"
                + "<guid>oai:arXiv.org:2411.17700v1</guid><description>&xxe;</description>"
                + "<pubDate>Thu, 28 Nov 2024 00:00:00 -0500</pubDate></item></channel></rss>\n";
        serve("/rss/cs.AI", payload.getBytes(StandardCharsets.UTF_8));
        wm.stubFor(get(urlEqualTo("/evil.dtd")).willReturn(aResponse().withBody("<!ENTITY % x \"y\">")));
        wm.stubFor(get(urlEqualTo("/entity")).willReturn(aResponse().withBody("REMOTE-ENTITY")));

        FeedFormatException e = catchThrowableOfType(FeedFormatException.class,
                () -> source("cs.AI").fetch(FetchRequest.latest()));

        assertThat(e).isNotNull();
        assertThat(e.detail()).startsWith("a DOCTYPE is not allowed in an arXiv feed");
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET-4711").doesNotContain("REMOTE-ENTITY");
        // The only request was the feed itself: neither the external DTD nor the entity was fetched.
        wm.verify(1, anyRequestedFor(anyUrl()));
        wm.verify(1, getRequestedFor(urlEqualTo("/rss/cs.AI")));
    }

    @Test
    void everyFetchGoesThroughTheArxivPolitenessGroup() throws IOException {
        serve("/rss/cs.AI", ArxivRssFixtures.bytes(CS_AI_EXCERPT));
        RecordingTime time = new RecordingTime();
        // "arxiv" waits 3 s between requests; any other group (e.g. this WireMock host) would not wait at all.
        try (HttpTransport polite = HttpTransport.builder().timeSource(time)
                .limits("arxiv", new HostLimits(Duration.ofSeconds(3), 1))
                .defaultLimits(new HostLimits(Duration.ZERO, 4)).maxAttempts(1).build()) {
            Source source = new ArxivRssProvider().create(
                    SourceConfig.of("cs.AI", polite).withOption(SourceConfig.BASE_URL, wm.baseUrl()));
            source.fetch(FetchRequest.latest());
            source.fetch(FetchRequest.latest());
        }
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3));
        wm.verify(2, getRequestedFor(urlEqualTo("/rss/cs.AI")));
    }

    @Test
    void theDefaultUrlIsArxivs() {
        ArxivRssSource source = (ArxivRssSource) new ArxivRssProvider().create(SourceConfig.of("cs.AI+cs.LG", transport));
        assertThat(source.feedUri()).isEqualTo(URI.create("https://rss.arxiv.org/rss/cs.AI+cs.LG"));
        assertThat(source.categories()).containsExactly("cs.AI", "cs.LG");
        assertThat(source.id()).isEqualTo("arxiv:cs.AI+cs.LG");
    }

    /** A clock that only moves when the transport sleeps, recording each sleep. */
    private static final class RecordingTime implements TimeSource {
        final List<Duration> sleeps = new ArrayList<>();
        private long nanos = 1_000_000_000L;

        @Override
        public synchronized long nanoTime() {
            return nanos;
        }

        @Override
        public Instant now() {
            return Instant.parse("2024-11-28T15:00:00Z").plusNanos(nanos);
        }

        @Override
        public synchronized void sleep(Duration duration) {
            sleeps.add(duration);
            nanos += duration.toNanos();
        }
    }
}
