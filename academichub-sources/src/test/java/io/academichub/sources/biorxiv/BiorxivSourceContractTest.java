package io.academichub.sources.biorxiv;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
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
import java.time.LocalDate;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * {@link BiorxivSource} keeps the {@link SourceContract}, for both servers, fetching the constructed {@code /details/}
 * responses from WireMock at the path of their interval (no real recorded response was at hand).
 */
class BiorxivSourceContractTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final FetchRequest JUNE_29_30 = FetchRequest.between(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 6, 30));

    // Nothing waits: no politeness interval, one attempt.
    private final HttpTransport transport =
            HttpTransport.builder().limits("biorxiv", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    private static void serve(String path, String fixture) {
        wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(BiorxivFixtures.bytes(fixture))));
    }

    private Source create(String kind, String argument) {
        SourceConfig config = new SourceConfig(argument, Map.of(SourceConfig.BASE_URL, wm.baseUrl()), transport);
        return kind.equals("medrxiv") ? new MedrxivProvider().create(config) : new BiorxivProvider().create(config);
    }

    /** bioRxiv: 6 records of 5 DOIs with string counters, JATS tokens, entities, versions 2 and 3 of one DOI. */
    @Nested
    class Biorxiv implements HttpSourceContract {

        @BeforeEach
        void stub() {
            serve("/details/biorxiv/2026-06-29/2026-06-30/0/json", BiorxivFixtures.QUIRKS);
        }

        @Override
        public Source sourceAt(String baseUrl, HttpTransport transport) {
            return new BiorxivProvider().create(new SourceConfig("", Map.of(SourceConfig.BASE_URL, baseUrl), transport));
        }

        @Override
        public Source source() {
            return create("biorxiv", "");
        }

        @Override
        public FetchRequest request() {
            return JUNE_29_30;
        }

        @Override
        public int expectedPaperCount() {
            return 5;
        }

        @Override
        public Map<PaperId, String> knownPrimaryCategories() {
            return Map.of(
                    PaperId.doi("10.1101/2026.06.28.700101"), "bioinformatics",
                    PaperId.doi("10.1101/2026.06.27.700202"), "animal behavior and cognition",
                    PaperId.doi("10.1101/2026.05.10.690303"), "developmental biology",
                    PaperId.doi("10.1101/2026.06.30.700505"), "biophysics");
        }
    }

    /** medRxiv, every category: 3 records with int counters and glued section headings. */
    @Nested
    class Medrxiv implements HttpSourceContract {

        @BeforeEach
        void stub() {
            serve("/details/medrxiv/2026-06-29/2026-06-30/0/json", BiorxivFixtures.MEDRXIV);
        }

        @Override
        public Source sourceAt(String baseUrl, HttpTransport transport) {
            return new MedrxivProvider().create(new SourceConfig("", Map.of(SourceConfig.BASE_URL, baseUrl), transport));
        }

        @Override
        public Source source() {
            return create("medrxiv", "");
        }

        @Override
        public FetchRequest request() {
            return JUNE_29_30;
        }

        @Override
        public int expectedPaperCount() {
            return 3;
        }

        @Override
        public Map<PaperId, String> knownPrimaryCategories() {
            return Map.of(
                    PaperId.doi("10.1101/2026.06.25.26354001"), "epidemiology",
                    PaperId.doi("10.1101/2026.06.26.26354003"), "endocrinology");
        }
    }
}
