package io.academichub.sources.journals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.model.PaperId;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.testing.HttpSourceContract;
import io.academichub.testing.SourceContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * {@link JournalFeedSource} keeps the {@link SourceContract}: the {@code nature} preset against Nature's recorded
 * 75-item feed, and {@code rss:<url>} against the constructed Atom and RSS 2.0 feeds. Nature gives no categories; the
 * constructed feeds do.
 */
class JournalFeedSourceContractTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    // Nothing waits: no politeness interval, one attempt.
    private final HttpTransport transport =
            HttpTransport.builder().defaultLimits(new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    private static void serve(String path, String fixture, String contentType) {
        wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(JournalFixtures.bytes(fixture))));
    }

    /** Nature, 2024-08-20: 75 items, 27 research and 48 news. */
    @Nested
    class Nature implements HttpSourceContract {

        @BeforeEach
        void stub() {
            serve("/nature.rss", JournalFixtures.NATURE, "application/rss+xml; charset=UTF-8");
        }

        @Override
        public Source sourceAt(String baseUrl, HttpTransport transport) {
            return preset("nature").create(new SourceConfig("", Map.of(SourceConfig.BASE_URL, baseUrl), transport));
        }

        @Override
        public Source source() {
            return preset("nature").create(
                    new SourceConfig("", Map.of(SourceConfig.BASE_URL, wm.baseUrl()), transport));
        }

        @Override
        public int expectedPaperCount() {
            return 75;
        }
    }

    /** A constructed Atom 1.0 feed of two entries, as PLOS ONE's. */
    @Nested
    class AnyAtomFeed implements HttpSourceContract {

        @BeforeEach
        void stub() {
            serve("/plosone/feed/atom", JournalFixtures.ATOM, "application/atom+xml");
        }

        @Override
        public Source sourceAt(String baseUrl, HttpTransport transport) {
            return JournalFeedSource.of(java.net.URI.create(baseUrl + "/plosone/feed/atom"), transport);
        }

        @Override
        public Source source() {
            return new JournalFeedProvider().create(SourceConfig.of(wm.baseUrl() + "/plosone/feed/atom", transport));
        }

        @Override
        public int expectedPaperCount() {
            return 2;
        }

        @Override
        public Map<PaperId, String> knownPrimaryCategories() {
            return Map.of(PaperId.doi("10.1371/journal.pone.0300001"),
                    "Ecology and environmental sciences");
        }
    }

    /** A constructed RSS 2.0 table of contents: six items, one without a link, one repeated. */
    @Nested
    class AnyRss2Feed implements SourceContract {

        @BeforeEach
        void stub() {
            serve("/toc.xml", JournalFixtures.RSS2, "text/xml; charset=utf-8");
        }

        @Override
        public Source source() {
            return new JournalFeedProvider().create(SourceConfig.of(wm.baseUrl() + "/toc.xml", transport));
        }

        @Override
        public int expectedPaperCount() {
            return 5;
        }

        @Override
        public Map<PaperId, String> knownPrimaryCategories() {
            return Map.of(PaperId.doi("10.1126/science.adz0001"), "Cell biology");
        }
    }

    private static JournalPresetProvider preset(String id) {
        return new JournalPresetProvider(JournalPreset.byId(id).orElseThrow());
    }
}
