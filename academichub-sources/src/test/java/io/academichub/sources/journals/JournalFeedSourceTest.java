package io.academichub.sources.journals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;
import io.academichub.source.SourceRegistry;
import io.academichub.source.Status;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link JournalFeedSource} and its providers end to end against WireMock: the recorded Nature feed, a constructed
 * RSS 2.0 feed, HTTP errors, an XXE payload, windows and limits, discovery of every preset.
 */
class JournalFeedSourceTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    // Nothing waits: no politeness interval, one attempt.
    private final HttpTransport transport =
            HttpTransport.builder().defaultLimits(new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    private static void serve(String path, byte[] body, String contentType) {
        wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    private Source nature() {
        return SourceRegistry.discover().create("nature", Map.of(SourceConfig.BASE_URL, wm.baseUrl()), transport);
    }

    @Test
    void natureFromTheRegistryGetsItsFeedPathAskingForFeeds() {
        serve("/nature.rss", JournalFixtures.bytes(JournalFixtures.NATURE), "application/rss+xml; charset=UTF-8");

        Source nature = nature();
        FetchResult result = nature.fetch(FetchRequest.latest());

        assertThat(nature.id()).isEqualTo("nature");
        assertThat(((JournalFeedSource) nature).feedUri()).isEqualTo(URI.create(wm.baseUrl() + "/nature.rss"));
        assertThat(result.papers()).hasSize(75);
        assertThat(result.papers()).allSatisfy(p -> assertThat(p.source()).isEqualTo("nature"));
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isEqualTo(75);
        assertThat(result.report().received()).isEqualTo(75);
        assertThat(result.report().warnings()).isEmpty();
        assertThat(result.report().summary()).isEqualTo("nature OK 75/75");
        wm.verify(1, getRequestedFor(urlEqualTo("/nature.rss"))
                .withHeader("Accept", equalTo(JournalFeedSource.ACCEPT)));
    }

    @Test
    void anyFeedByUrlReportsWhatItSkipped() {
        serve("/feeds/toc.xml", JournalFixtures.bytes(JournalFixtures.RSS2), "text/xml");

        Source rss = SourceRegistry.discover().create("rss:" + wm.baseUrl() + "/feeds/toc.xml", Map.of(), transport);
        FetchResult result = rss.fetch(FetchRequest.latest());

        assertThat(rss.id()).isEqualTo("rss:" + wm.baseUrl() + "/feeds/toc.xml");
        assertThat(result.papers()).extracting(Paper::id).containsExactly(PaperId.doi("10.1126/science.adz0001"),
                new PaperId("url", "https://www.science.org/content/article/science-and-public-purse"),
                new PaperId("feed-item", "https://www.science.org/journal/science#bd17d3bde35b0655"),
                PaperId.doi("10.1126/science.adz0005"),
                new PaperId("url", "https://www.science.org/content/article/in-brief-0618"));
        assertThat(result.papers()).allSatisfy(p -> assertThat(p.source()).isEqualTo("rss"));
        // Six items, one repeated: 5 of 6, and the warning says which.
        assertThat(result.report().summary()).startsWith("rss:" + wm.baseUrl() + "/feeds/toc.xml OK 5/6 [warning: item 4 ");
        assertThat(result.report().warnings()).hasSize(1);
    }

    @Test
    void aDateWindowKeepsThePapersPublishedInItAndALimitTheFirst() {
        serve("/nature.rss", JournalFixtures.bytes(JournalFixtures.NATURE), "application/rss+xml");

        FetchResult window = nature().fetch(FetchRequest.between(LocalDate.of(2024, 8, 19), LocalDate.of(2024, 8, 20)));
        assertThat(window.papers()).hasSize(22);
        assertThat(window.papers()).allSatisfy(p -> assertThat(p.published()).isAfterOrEqualTo(LocalDate.of(2024, 8, 19)));
        assertThat(window.report().expected()).isEqualTo(22);
        assertThat(window.report().received()).isEqualTo(22);

        FetchResult limited = nature().fetch(FetchRequest.between(LocalDate.of(2024, 8, 14), LocalDate.of(2024, 8, 14))
                .withLimit(5));
        assertThat(limited.papers()).hasSize(5);
        assertThat(limited.papers()).allSatisfy(p -> assertThat(p.published()).isEqualTo(LocalDate.of(2024, 8, 14)));
        assertThat(limited.report().summary()).isEqualTo("nature OK 5/5");
    }

    @Test
    void notFoundIsARejectionNamingTheSourceAndUrl() {
        wm.stubFor(get(urlEqualTo("/nature.rss")).willReturn(aResponse().withStatus(404).withBody("Page not found")));

        SourceRejectedException e = catchThrowableOfType(SourceRejectedException.class,
                () -> nature().fetch(FetchRequest.latest()));

        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.sourceId()).isEqualTo("nature");
        assertThat(e.uri()).isEqualTo(URI.create(wm.baseUrl() + "/nature.rss"));
        assertThat(e.getMessage()).startsWith("nature: HTTP 404").endsWith("(" + wm.baseUrl() + "/nature.rss)");
        assertThat(e.responseBody()).isEqualTo("Page not found");
    }

    @Test
    void aServerErrorIsUnavailableNamingTheSourceAndUrl() {
        wm.stubFor(get(urlEqualTo("/nature.rss")).willReturn(aResponse().withStatus(500)));

        SourceUnavailableException e = catchThrowableOfType(SourceUnavailableException.class,
                () -> nature().fetch(FetchRequest.latest()));

        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.uri()).isEqualTo(URI.create(wm.baseUrl() + "/nature.rss"));
        assertThat(e.getMessage()).startsWith("nature: HTTP 500").endsWith("(" + wm.baseUrl() + "/nature.rss)");
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
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><link>https://example.org/</link>"
                + "<description>&remote;</description><item><title>&xxe;</title><link>https://example.org/a</link>"
                + "<description>&xxe;&remote;</description><pubDate>Tue, 20 Aug 2024 00:00:00 GMT</pubDate></item>"
                + "</channel></rss>\n";
        serve("/nature.rss", payload.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
        wm.stubFor(get(urlEqualTo("/evil.dtd")).willReturn(aResponse().withBody("<!ENTITY % x \"y\">")));
        wm.stubFor(get(urlEqualTo("/entity")).willReturn(aResponse().withBody("REMOTE-ENTITY")));

        FeedFormatException e = catchThrowableOfType(FeedFormatException.class,
                () -> nature().fetch(FetchRequest.latest()));

        assertThat(e).isNotNull();
        assertThat(e.sourceId()).isEqualTo("nature");
        assertThat(e.detail()).isEqualTo(
                "a DOCTYPE is not allowed in a feed (no DTD or external entity is ever loaded) at line 2, column 1");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET-4711").doesNotContain("REMOTE-ENTITY");
        // The only request was the feed itself: neither the external DTD nor the remote entity was fetched.
        wm.verify(1, anyRequestedFor(anyUrl()));
        wm.verify(1, getRequestedFor(urlEqualTo("/nature.rss")));
    }

    @Test
    void anInternalEntityBombInAnAtomFeedIsRefusedToo() {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n <!ENTITY a \"aaaaaaaaaa\">\n"
                + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&c;</title><id>x</id><updated>2026-06-18T00:00:00Z</updated>"
                + "<entry><title>&c;</title><id>y</id><link href=\"https://example.org/y\"/>"
                + "<updated>2026-06-18T00:00:00Z</updated></entry></feed>";
        URI uri = URI.create("https://example.org/atom");

        FeedFormatException e = catchThrowableOfType(FeedFormatException.class, () -> JournalFeedParser.parse(
                new ByteArrayInputStream(bomb.getBytes(StandardCharsets.UTF_8)), "rss:" + uri, uri, "application/atom+xml"));

        assertThat(e).isNotNull();
        assertThat(e.detail()).startsWith("a DOCTYPE is not allowed in a feed");
        assertThat(e.getMessage()).doesNotContain("aaaaaaaaaa");
    }

    @Test
    void eachFeedHostIsItsOwnPolitenessGroup() throws IOException {
        serve("/nature.rss", JournalFixtures.bytes(JournalFixtures.NATURE), "application/rss+xml");
        FakeTimeSource time = new FakeTimeSource();
        String host = URI.create(wm.baseUrl()).getHost() + ":" + wm.getPort();
        // Only the feed's host:port group waits 2 s; the default group would not wait.
        try (HttpTransport polite = HttpTransport.builder().timeSource(time)
                .limits(host, new HostLimits(Duration.ofSeconds(2), 1))
                .defaultLimits(new HostLimits(Duration.ZERO, 4)).maxAttempts(1).build()) {
            Source source = preset("nature")
                    .create(SourceConfig.of("", polite).withOption(SourceConfig.BASE_URL, wm.baseUrl()));
            source.fetch(FetchRequest.latest());
            source.fetch(FetchRequest.latest());
        }
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void everyPresetIsDiscoveredWithItsPublishersUrl() {
        SourceRegistry registry = SourceRegistry.discover();
        for (JournalPreset preset : JournalPreset.all()) {
            SourceProvider provider = registry.find(preset.id()).orElse(null);
            assertThat(provider).as("provider %s", preset.id()).isInstanceOf(JournalPresetProvider.class);
            JournalFeedSource source = (JournalFeedSource) provider.create(SourceConfig.of("", transport));
            assertThat(source.id()).isEqualTo(preset.id());
            assertThat(source.feedUri()).isEqualTo(preset.feedUrl());
        }
        assertThat(JournalPreset.all()).extracting(JournalPreset::id)
                .containsExactly("nature", "science", "cell", "pnas", "lancet", "nejm", "plos-one");
        assertThat(JournalPreset.byId("NATURE").orElseThrow().feedUrl()).isEqualTo(URI.create("https://www.nature.com/nature.rss"));
        assertThat(registry.find("rss")).containsInstanceOf(JournalFeedProvider.class);
    }

    @Test
    void aPresetMovedToAnotherServerKeepsItsPathAndQuery() {
        JournalFeedSource science = (JournalFeedSource) preset("science")
                .create(SourceConfig.of("", transport).withOption(SourceConfig.BASE_URL, "http://mirror.example:8080/"));
        assertThat(science.feedUri()).isEqualTo(
                URI.create("http://mirror.example:8080/action/showFeed?type=etoc&feed=rss&jc=science"));
        assertThat(science.id()).isEqualTo("science");
    }

    @Test
    void badConfigurationsAreRefusedSayingWhy() {
        JournalFeedProvider rss = new JournalFeedProvider();
        assertThatThrownBy(() -> rss.create(SourceConfig.of("", transport)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a feed URL");
        assertThatThrownBy(() -> rss.create(SourceConfig.of("ftp://example.org/feed.xml", transport)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a feed URL must be an absolute http(s) URL: 'ftp://example.org/feed.xml'");
        assertThatThrownBy(() -> rss.create(SourceConfig.of("feeds/nature.rss", transport)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http(s)");
        assertThatThrownBy(() -> rss.create(SourceConfig.of("https://exa mple.org/", transport)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a valid feed URL");
        assertThatThrownBy(() -> preset("nature").create(SourceConfig.of("current", transport)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the nature source takes no argument, got 'current'; for another feed use rss:<feed URL>");
    }

    private static JournalPresetProvider preset(String id) {
        return new JournalPresetProvider(JournalPreset.byId(id).orElseThrow());
    }
}
