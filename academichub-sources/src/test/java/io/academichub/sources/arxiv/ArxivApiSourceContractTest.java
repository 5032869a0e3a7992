package io.academichub.sources.arxiv;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.academichub.sources.arxiv.ArxivApiFixtures.SEARCH_100;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ArxivApiSource} keeps the {@link SourceContract}, searching {@code all:testing} against WireMock serving
 * arXiv's recorded first page of that search: 100 entries of {@code totalResults} 214881.
 *
 * <p>Every request to {@code /api/query}, whatever its parameters, gets that same real page. So the contract's
 * limit-1 fetch, which asks for {@code max_results=1}, is answered with 100 entries, and the source must keep one.
 */
class ArxivApiSourceContractTest implements HttpSourceContract {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    // Nothing waits: no politeness interval, one attempt.
    private final HttpTransport transport =
            HttpTransport.builder().limits("arxiv", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @BeforeEach
    void stub() {
        wm.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/atom+xml; charset=utf-8")
                .withBody(ArxivApiFixtures.bytes(SEARCH_100))));
    }

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    @Override
    public Source sourceAt(String baseUrl, HttpTransport transport) {
        return new ArxivApiProvider().create(new SourceConfig("all:testing", Map.of(SourceConfig.BASE_URL, baseUrl), transport));
    }

    @Override
    public Source source() {
        return new ArxivApiProvider().create(
                new SourceConfig("all:testing", Map.of(SourceConfig.BASE_URL, wm.baseUrl()), transport));
    }

    /**
     * The recorded page holds the first 100 of 214881 results; without a limit the source would rightly ask for
     * the next page, which was not recorded.
     */
    @Override
    public FetchRequest request() {
        return FetchRequest.latest().withLimit(100);
    }

    @Override
    public int expectedPaperCount() {
        return 100;
    }

    @Override
    public Map<PaperId, String> knownPrimaryCategories() {
        return Map.of(
                PaperId.arxiv("2202.12139"), "cs.SE",       // the first entry
                PaperId.arxiv("2403.16981"), "math.ST",
                PaperId.arxiv("2406.19956"), "econ.EM",
                PaperId.arxiv("hep-ph/0301050"), "hep-ph",
                PaperId.arxiv("gr-qc/0103067"), "gr-qc");   // the last entry
    }

    /** The two fetches the contract relies on are one request each, asking for exactly what they need. */
    @Test
    void oneRequestPerFetchAskingForTheLimit() {
        source().fetch(request());
        source().fetch(request().withLimit(1));

        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/query"))))
                .extracting(r -> r.queryParameter("start").firstValue() + "/" + r.queryParameter("max_results").firstValue())
                .containsExactly("0/100", "0/1");
    }
}
