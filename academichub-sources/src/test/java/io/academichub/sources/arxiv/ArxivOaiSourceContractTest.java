package io.academichub.sources.arxiv;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
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
import java.time.LocalDate;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ArxivOaiSource} keeps the {@link SourceContract}, harvesting arXivRaw records from 2014-10-01 (the recorded
 * request) from WireMock: the first page is the real ListRecords response (6 records, token {@code 726959|1001},
 * completeListSize 58011); the token leads to a final page built from that same file.
 *
 * <p>So the harvest lists each of the 6 records twice, as a repository may when records change while a harvest
 * runs (OAI-PMH 2.0, 3.5.1: a list can change between requests). The contract asks for each paper once, as
 * {@link ArxivApiSource} keeps papers repeated on the next page once; a source that delivers 12 fails
 * {@code eachPaperOnce} and {@code receivedEqualsThePapersDelivered}.
 */
class ArxivOaiSourceContractTest implements HttpSourceContract {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TOKEN = "726959|1001";
    private static final String REAL_TOKEN_ELEMENT =
            "<resumptionToken cursor=\"0\" completeListSize=\"58011\">" + TOKEN + "</resumptionToken>";

    // Nothing waits: no politeness interval, one attempt.
    private final HttpTransport transport =
            HttpTransport.builder().limits("arxiv", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @BeforeEach
    void stub() {
        String real = OaiTestPages.fixtureText(OaiTestPages.LIST_RECORDS);
        assertThat(real).as("the recorded page's resumption token").contains(REAL_TOKEN_ELEMENT);
        // CONSTRUCTED, not recorded: the final page is the real ListRecords file with its resumptionToken element
        // emptied (the protocol's end-of-list mark); its attributes and its 6 records stay as recorded.
        String last = real.replace(REAL_TOKEN_ELEMENT, "<resumptionToken cursor=\"0\" completeListSize=\"58011\"/>");

        serve(listRecords().withQueryParam("resumptionToken", absent()), real);
        serve(listRecords().withQueryParam("resumptionToken", equalTo(TOKEN)), last);
    }

    private static MappingBuilder listRecords() {
        return get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListRecords"));
    }

    private static void serve(MappingBuilder request, String body) {
        wm.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(body)));
    }

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    @Override
    public Source sourceAt(String baseUrl, HttpTransport transport) {
        return new ArxivOaiSource(new SourceConfig("", Map.of(SourceConfig.BASE_URL, baseUrl), transport));
    }

    @Override
    public Source source() {
        // all of arXiv (no set), arXivRaw (the default), as recorded
        return new ArxivOaiSource(new SourceConfig("", Map.of(), transport)
                .withOption(SourceConfig.BASE_URL, wm.baseUrl() + "/oai"));
    }

    /** The recorded request: {@code from=2014-10-01}, no end. */
    @Override
    public FetchRequest request() {
        return FetchRequest.between(LocalDate.of(2014, 10, 1), null);
    }

    /** Both pages list the same 6 records: 6 distinct papers. */
    @Override
    public int expectedPaperCount() {
        return 6;
    }

    @Override
    public Map<PaperId, String> knownPrimaryCategories() {
        return Map.of(
                PaperId.arxiv("0704.0471"), "nucl-ex",    // the first record: nucl-ex nucl-th
                PaperId.arxiv("0704.0716"), "math-ph",    // math-ph math.MP
                PaperId.arxiv("0704.1586"), "nucl-th");   // the last record
    }

    /** The contract's fetch follows the token once: the recorded first request, then the token alone. */
    @Test
    void theTokenLeadsToTheFinalPage() {
        source().fetch(request());

        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/oai"))))
                .extracting(r -> r.getUrl().substring(r.getUrl().indexOf('?') + 1))
                .containsExactly("verb=ListRecords&metadataPrefix=arXivRaw&from=2014-10-01",
                        "verb=ListRecords&resumptionToken=726959%7C1001");
    }

    @Test
    void recordsListedAgainOnALaterPageArriveOnceWithAWarning() {
        // The final page repeats the first page's six records (it is built from the same file).
        FetchResult result = source().fetch(request());

        assertThat(result.papers()).hasSize(6);
        assertThat(result.report().received()).isEqualTo(6);
        assertThat(result.report().warnings())
                .contains("6 papers listed more than once were each kept once");
    }
}
