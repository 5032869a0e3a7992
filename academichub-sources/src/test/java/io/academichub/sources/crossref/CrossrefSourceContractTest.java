package io.academichub.sources.crossref;

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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CrossrefSource} keeps the {@link SourceContract}, against WireMock serving Crossref's recorded
 * {@code /works?query=widget&cursor=*&rows=20} page (20 works of {@code total-results} 454) for every request.
 *
 * <p>The request's limit of 20 is the recorded page: without it the source would rightly follow the page's
 * {@code next-cursor}, which was not recorded. The contract's limit-1 fetch asks for {@code rows=1}, is answered with
 * the 20 works, and the source keeps one.
 */
class CrossrefSourceContractTest implements HttpSourceContract {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final HttpTransport transport =
            HttpTransport.builder().limits("crossref", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @BeforeEach
    void stub() {
        wm.stubFor(get(urlPathEqualTo("/works")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(CrossrefFixtures.bytes(CrossrefFixtures.WIDGET_PAGE))));
    }

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    @Override
    public Source sourceAt(String baseUrl, HttpTransport transport) {
        return new CrossrefProvider().create(new SourceConfig("filter:type:book-chapter",
                Map.of(SourceConfig.BASE_URL, baseUrl, CrossrefProvider.ROWS, "20"), transport));
    }

    @Override
    public Source source() {
        return new CrossrefProvider().create(new SourceConfig("filter:type:book-chapter",
                Map.of(SourceConfig.BASE_URL, wm.baseUrl(), CrossrefProvider.ROWS, "20"), transport));
    }

    @Override
    public FetchRequest request() {
        return FetchRequest.latest().withLimit(20);
    }

    @Override
    public int expectedPaperCount() {
        return 20;
    }

    @Override
    public Map<PaperId, String> knownPrimaryCategories() {
        return Map.of(
                PaperId.doi("10.1117/1.jei.28.6.063006"), "Journal of Electronic Imaging",
                PaperId.doi("10.32614/cran.package.diffviewer"), "CRAN: Contributed Packages",
                PaperId.doi("10.59350/7mtwq-q3661"), "chem-bla-ics",
                PaperId.doi("10.1016/b978-155860802-3/50012-0"), "Tcl/Tk");
    }

    /** The two fetches the contract relies on are one request each, asking for exactly what they need. */
    @Test
    void oneRequestPerFetchAskingForTheLimit() {
        source().fetch(request());
        source().fetch(request().withLimit(1));

        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/works"))))
                .extracting(r -> r.queryParameter("cursor").firstValue() + "/" + r.queryParameter("rows").firstValue())
                .containsExactly("*/20", "*/1");
    }
}
