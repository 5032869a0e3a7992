package io.academichub.sources.pubmed;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.academichub.sources.pubmed.PubmedFixtures.CONSTRUCTED;
import static io.academichub.sources.pubmed.PubmedFixtures.EFETCH_27797938;
import static io.academichub.sources.pubmed.PubmedFixtures.ESEARCH_HISTORY;
import static io.academichub.sources.pubmed.PubmedFixtures.articleSet;
import static io.academichub.sources.pubmed.PubmedFixtures.articles;
import static io.academichub.sources.pubmed.PubmedFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PubmedSource} keeps the {@link SourceContract} against WireMock: esearch answers with the real
 * usehistory response (Count 42249, WebEnv {@code MCID_6927d6e7fee3e90f880ec190}, QueryKey 1), and every efetch with
 * one batch of three articles: the real PMID 27797938 and the two constructed ones (a structured-abstract review,
 * a preprint) of {@code efetch_pubmed_constructed_structured-abstract.xml}, behind the real file's DOCTYPE.
 *
 * <p>The contract's request has limit 3, so the source asks for one batch of three; with limit 1 it asks for one
 * record and, served the same three, keeps one.
 */
class PubmedSourceContractTest implements HttpSourceContract {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final HttpTransport transport =
            HttpTransport.builder().limits("ncbi", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @BeforeEach
    void stub() {
        String batch = articleSet(List.of(articles(EFETCH_27797938).get(0), articles(CONSTRUCTED).get(0),
                articles(CONSTRUCTED).get(1)));
        wm.stubFor(get(urlPathEqualTo("/eutils/esearch.fcgi")).willReturn(xml(text(ESEARCH_HISTORY))));
        wm.stubFor(get(urlPathEqualTo("/eutils/efetch.fcgi")).willReturn(xml(batch)));
    }

    private static ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(body);
    }

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    @Override
    public Source sourceAt(String baseUrl, HttpTransport transport) {
        return new PubmedProvider().create(new SourceConfig("cancer", Map.of(SourceConfig.BASE_URL, baseUrl + "/eutils"), transport));
    }

    @Override
    public Source source() {
        return new PubmedProvider().create(new SourceConfig("cancer", Map.of(), transport)
                .withOption(SourceConfig.BASE_URL, wm.baseUrl() + "/eutils")
                .withOption(PubmedSource.EMAIL, "me@example.org"));
    }

    /** Three of the 42249 the recorded search counted. */
    @Override
    public FetchRequest request() {
        return FetchRequest.latest().withLimit(3);
    }

    @Override
    public int expectedPaperCount() {
        return 3;
    }

    @Override
    public Map<PaperId, String> knownPrimaryCategories() {
        return Map.of(
                PaperId.pmid("27797938"), "Adenocarcinoma",  // the first major MeSH topic
                PaperId.pmid("99000001"), "J Constr Ex",     // no MeSH: the journal
                PaperId.pmid("99000002"), "bioRxiv");
    }

    @Test
    void oneSearchThenOneBatchOfThree() {
        var result = source().fetch(request());

        assertThat(result.report().summary()).isEqualTo("pubmed:cancer OK 3/3");
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/eutils/esearch.fcgi")))).hasSize(1);
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/eutils/efetch.fcgi"))))
                .extracting(r -> r.queryParameter("retmax").firstValue()).containsExactly("3");
    }
}
