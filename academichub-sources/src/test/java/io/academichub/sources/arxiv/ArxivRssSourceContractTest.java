package io.academichub.sources.arxiv;

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
import static io.academichub.sources.arxiv.ArxivRssFixtures.ALL_ARCHIVES;
import static io.academichub.sources.arxiv.ArxivRssFixtures.CS_AI_EXCERPT;

/**
 * {@link ArxivRssSource} keeps the {@link SourceContract}, fetching arXiv's recorded RSS feeds from WireMock at the
 * path each was recorded from: the 1504-item feed of every archive, and the three-item cs.AI excerpt.
 */
class ArxivRssSourceContractTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    // The archives of the all-archives feed, in the order of its channel link.
    private static final String ALL = "astro-ph+cond-mat+physics+quant-ph+math+cs+econ+eess+gr-qc+hep-ex+hep-lat"
            + "+hep-ph+hep-th+math-ph+nlin+nucl-ex+nucl-th+q-bio+q-fin+stat";

    // Nothing waits: no politeness interval, one attempt.
    private final HttpTransport transport =
            HttpTransport.builder().limits("arxiv", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    private static void serve(String categories, String fixture) {
        wm.stubFor(get(urlEqualTo("/rss/" + categories)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withBody(ArxivRssFixtures.bytes(fixture)))); // the .gz fixture decompressed, as arXiv sends it
    }

    private Source source(String categories) {
        return new ArxivRssProvider().create(
                new SourceConfig(categories, Map.of(SourceConfig.BASE_URL, wm.baseUrl()), transport));
    }

    /** The 2024-11-28 announcement of every archive: 1504 items (926 new, 569 replace, 9 cross). */
    @Nested
    class AllArchives implements SourceContract {

        @BeforeEach
        void stub() {
            serve(ALL, ALL_ARCHIVES);
        }

        @Override
        public Source source() {
            return ArxivRssSourceContractTest.this.source(ALL);
        }

        @Override
        public int expectedPaperCount() {
            return 1504;
        }

        @Override
        public Map<PaperId, String> knownPrimaryCategories() {
            return Map.of(
                    PaperId.arxiv("2411.17700"), "cs.CY",          // the first item, new
                    PaperId.arxiv("2411.17702"), "eess.SP",        // new, cross-listed to cs.LG
                    PaperId.arxiv("2202.06515"), "astro-ph.CO",    // the first cross item
                    PaperId.arxiv("1401.3665"), "math.CO",         // the first replace item
                    PaperId.arxiv("2411.17697"), "cs.CV");         // the last item
        }
    }

    /** Three new cs.AI items of 2026-04-27, cut from a real feed (no XML declaration). */
    @Nested
    class CsAiExcerpt implements HttpSourceContract {

        @BeforeEach
        void stub() {
            serve("cs.AI", CS_AI_EXCERPT);
        }

        @Override
        public Source sourceAt(String baseUrl, HttpTransport transport) {
            return new ArxivRssProvider().create(new SourceConfig("cs.AI", Map.of(SourceConfig.BASE_URL, baseUrl), transport));
        }

        @Override
        public Source source() {
            return ArxivRssSourceContractTest.this.source("cs.AI");
        }

        @Override
        public int expectedPaperCount() {
            return 3;
        }

        @Override
        public Map<PaperId, String> knownPrimaryCategories() {
            return Map.of(
                    PaperId.arxiv("2604.21935"), "cs.AI",
                    PaperId.arxiv("2604.21936"), "cs.AI",
                    PaperId.arxiv("2604.21937"), "cs.AI");
        }
    }
}
