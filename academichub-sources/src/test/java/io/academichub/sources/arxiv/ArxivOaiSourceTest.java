package io.academichub.sources.arxiv;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.http.TimeSource;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceRegistry;
import io.academichub.source.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.academichub.sources.arxiv.OaiTestPages.fixture;
import static io.academichub.sources.arxiv.OaiTestPages.listRecords;
import static io.academichub.sources.arxiv.OaiTestPages.rawRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArxivOaiSourceTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final HttpTransport transport = HttpTransport.builder()
            .limits("arxiv", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @AfterEach
    void closeTransport() throws Exception {
        transport.close();
    }

    private ArxivOaiSource source(String set, HttpTransport http, Map<String, String> options) {
        SourceConfig config = new SourceConfig(set, options, http).withOption(SourceConfig.BASE_URL, wm.baseUrl() + "/oai");
        return new ArxivOaiSource(config);
    }

    private ArxivOaiSource source(String set) {
        return source(set, transport, Map.of());
    }

    private static MappingBuilder firstPage() {
        return get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListRecords"))
                .withQueryParam("resumptionToken", absent());
    }

    private static MappingBuilder page(String token) {
        return get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListRecords"))
                .withQueryParam("resumptionToken", equalTo(token));
    }

    private static void serve(MappingBuilder request, String body) {
        wm.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(body)));
    }

    private static void serve(MappingBuilder request, byte[] body) {
        wm.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(body)));
    }

    /** Three generated pages: 2 + 2 + 1 records, tokens t1 and t2, then an empty token. */
    private static void serveThreePages() {
        serve(firstPage(), listRecords("t1", 5, 0, rawRecord("2606.00001", "One"), rawRecord("2606.00002", "Two")));
        serve(page("t1"), listRecords("t2", 5, 2, rawRecord("2606.00003", "Three"), rawRecord("2606.00004", "Four")));
        serve(page("t2"), listRecords(null, 5, 4, rawRecord("2606.00005", "Five")));
    }

    private static List<LoggedRequest> requests() {
        return wm.findAll(getRequestedFor(urlPathEqualTo("/oai")));
    }

    @Test
    void followsResumptionTokensToTheEndAskingOnlyForTheTokenAfterTheFirstPage() {
        serveThreePages();
        ArxivOaiSource source = source("cs:cs:AI");

        FetchResult result = source.fetch(FetchRequest.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 19)));

        assertThat(source.id()).isEqualTo("arxiv-oai:cs:cs:AI");
        assertThat(result.papers()).extracting(Paper::title).containsExactly("One", "Two", "Three", "Four", "Five");
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isEqualTo(5);
        assertThat(result.report().received()).isEqualTo(5);
        assertThat(result.report().warnings()).isEmpty();
        assertThat(result.report().sourceId()).isEqualTo("arxiv-oai:cs:cs:AI");

        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(3);
        LoggedRequest first = requests.get(0);
        assertThat(first.getQueryParams().keySet())
                .containsExactlyInAnyOrder("verb", "metadataPrefix", "set", "from", "until");
        assertThat(first.queryParameter("verb").firstValue()).isEqualTo("ListRecords");
        assertThat(first.queryParameter("metadataPrefix").firstValue()).isEqualTo("arXivRaw");
        assertThat(first.queryParameter("set").firstValue()).isEqualTo("cs:cs:AI");
        assertThat(first.queryParameter("from").firstValue()).isEqualTo("2026-06-01");
        assertThat(first.queryParameter("until").firstValue()).isEqualTo("2026-06-19");
        for (int i = 1; i < 3; i++) {
            LoggedRequest later = requests.get(i);
            assertThat(later.getQueryParams().keySet()).containsExactlyInAnyOrder("verb", "resumptionToken");
            assertThat(later.queryParameter("resumptionToken").firstValue()).isEqualTo("t" + i);
        }
    }

    @Test
    void streamingHandsOnTheFirstPageBeforeTheSecondIsRequested() {
        serveThreePages();
        List<Integer> requestsSeenBySink = new ArrayList<>();

        OaiHarvestResult result = source("cs").harvest(FetchRequest.latest(),
                paper -> requestsSeenBySink.add(requests().size()));

        // Papers 1-2 arrive while only the first request was made, 3-4 after the second, 5 after the third.
        assertThat(requestsSeenBySink).containsExactly(1, 1, 2, 2, 3);
        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.deleted()).isZero();
        assertThat(result.resumptionToken()).isNull();
        assertThat(result.report().received()).isEqualTo(5);
    }

    @Test
    void noSetNoDatesAndTheArxivFormat() {
        serve(firstPage(), fixture(OaiTestPages.GET_RECORD_ARXIV_FORMAT));
        ArxivOaiSource source = source("", transport, Map.of(ArxivOaiSource.METADATA_PREFIX, "arxiv"));

        FetchResult result = source.fetch(FetchRequest.latest());

        assertThat(source.id()).isEqualTo("arxiv-oai");
        assertThat(result.papers()).extracting(p -> p.id().toString()).containsExactly("arxiv:1302.2146");
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isEqualTo(-1);
        LoggedRequest first = requests().get(0);
        assertThat(first.getQueryParams().keySet()).containsExactlyInAnyOrder("verb", "metadataPrefix");
        assertThat(first.queryParameter("metadataPrefix").firstValue()).isEqualTo("arXiv");
    }

    @Test
    void noRecordsMatchIsAnOkResultWithNoPapers() {
        serve(firstPage(), fixture("error_noRecordsMatch.xml"));

        FetchResult result = source("cs:cs:AI").fetch(FetchRequest.between(LocalDate.of(2026, 6, 20), null));

        assertThat(result.papers()).isEmpty();
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().received()).isZero();
        assertThat(requests()).hasSize(1);
    }

    @Test
    void badResumptionTokenMidHarvestKeepsTheEarlierPagesAndQuotesTheServer() {
        serve(firstPage(), fixture(OaiTestPages.LIST_RECORDS));
        serve(page("726959|1001"), fixture("error_badResumptionToken_2015-06.xml"));
        ArxivOaiSource source = source("physics:nucl-ex");

        FetchResult result = source.fetch(FetchRequest.between(LocalDate.of(2014, 10, 1), null));

        assertThat(result.papers()).extracting(p -> p.id().value()).containsExactly("0704.0471", "0704.0716",
                "0704.0874", "0704.1109", "0704.1114", "0704.1586");
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().expected()).isEqualTo(58011);
        assertThat(result.report().received()).isEqualTo(6);
        assertThat(result.report().error()).isInstanceOfSatisfying(SourceRejectedException.class, e -> {
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.detail()).isEqualTo(
                    "OAI-PMH error badResumptionToken: The resumptionToken supplied is illegal for this repository");
            assertThat(e.uri().toString()).isEqualTo(wm.baseUrl() + "/oai?verb=ListRecords&resumptionToken=726959%7C1001");
        });
        assertThat(requests().get(1).queryParameter("resumptionToken").firstValue()).isEqualTo("726959|1001");
    }

    @Test
    void streamingHarvestReportsWhereToResumeAfterAFailure() {
        serve(firstPage(), fixture(OaiTestPages.LIST_RECORDS));
        serve(page("726959|1001"), fixture("error_badResumptionToken_2015-06.xml"));
        List<Paper> papers = new ArrayList<>();

        OaiHarvestResult result = source("physics:nucl-ex").harvest(FetchRequest.latest(), papers::add);

        assertThat(papers).hasSize(6);
        assertThat(result.pages()).isEqualTo(1);
        assertThat(result.resumptionToken()).isEqualTo("726959|1001");
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
    }

    @Test
    void anOaiErrorOnTheFirstPageIsThrown() {
        serve(firstPage(), fixture("error_badArgument.xml"));

        assertThatThrownBy(() -> source("cs").fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> assertThat(e.detail())
                        .isEqualTo("OAI-PMH error badArgument: Verb 'ListRecords', illegal argument 'identifier'."));
    }

    @Test
    void aRepeatedResumptionTokenStopsTheHarvestInsteadOfLooping() {
        serve(firstPage(), listRecords("same", 10, 0, rawRecord("2606.00001", "One")));
        serve(page("same"), listRecords("same", 10, 1, rawRecord("2606.00002", "Two")));

        FetchResult result = source("cs").fetch(FetchRequest.latest());

        assertThat(requests()).hasSize(2);
        assertThat(result.papers()).extracting(Paper::title).containsExactly("One", "Two");
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().error()).isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("the service handed out the paging pointer 'same' a second time");
    }

    @Test
    void aTokenCycleIsCaughtToo() {
        serve(firstPage(), listRecords("a", 10, 0, rawRecord("2606.00001", "One")));
        serve(page("a"), listRecords("b", 10, 1, rawRecord("2606.00002", "Two")));
        serve(page("b"), listRecords("a", 10, 2, rawRecord("2606.00003", "Three")));

        FetchResult result = source("cs").fetch(FetchRequest.latest());

        assertThat(requests()).hasSize(3);
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().error()).hasMessageContaining("paging pointer 'a' a second time");
    }

    @Test
    void limitStopsEarlyAndSaysWhereToResume() {
        serveThreePages();

        List<Paper> papers = new ArrayList<>();
        OaiHarvestResult result = source("cs").harvest(FetchRequest.latest().withLimit(3), papers::add);

        assertThat(papers).extracting(Paper::title).containsExactly("One", "Two", "Three");
        assertThat(requests()).hasSize(2);
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isEqualTo(3);
        assertThat(result.report().received()).isEqualTo(3);
        assertThat(result.resumptionToken()).isEqualTo("t2");
    }

    @Test
    void deletedAndMalformedRecordsBecomeWarnings() {
        serve(firstPage(), listRecords("t1", 4, 0, OaiTestPages.deletedRecord("2606.00001"),
                rawRecord("2606.00002", "Two")));
        serve(page("t1"), listRecords(null, 4, 2, rawRecord("2606.00003", " "), rawRecord("2606.00004", "Four")));

        OaiHarvestResult result = source("cs").harvest(FetchRequest.latest(), p -> { });

        assertThat(result.deleted()).isEqualTo(1);
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().received()).isEqualTo(2);
        assertThat(result.report().expected()).isEqualTo(4);
        assertThat(result.report().warnings()).containsExactly(
                "skipped bad record oai:arXiv.org:2606.00003: no title at line 6, column 1",
                "1 deleted record skipped");
    }

    @Test
    void serviceUnavailableWithRetryAfterWaitsAsAskedThenSucceeds() throws Exception {
        FakeTime time = new FakeTime();
        wm.stubFor(firstPage().inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7"))
                .willSetStateTo("ready"));
        wm.stubFor(firstPage().inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(aResponse().withStatus(200).withBody(fixture(OaiTestPages.GET_RECORD))));

        try (HttpTransport retrying = HttpTransport.builder().limits("arxiv", new HostLimits(Duration.ZERO, 1))
                .maxAttempts(2).timeSource(time).build()) {
            FetchResult result = source("physics:hep-ph", retrying, Map.of()).fetch(FetchRequest.latest());

            assertThat(result.papers()).extracting(p -> p.id().value()).containsExactly("1302.2146");
            assertThat(result.report().status()).isEqualTo(Status.OK);
        }
        assertThat(requests()).hasSize(2);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void xxePayloadFromTheServerIsRefused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-XXE");
        serve(firstPage(), OaiTestPages.xxePage(secret.toUri().toString()));

        assertThatThrownBy(() -> source("cs").fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                    assertThat(e.detail()).contains("a DOCTYPE is not allowed in an OAI-PMH response");
                    assertThat(e.sourceId()).isEqualTo("arxiv-oai:cs");
                    assertThat(e.uri().getPath()).isEqualTo("/oai");
                })
                .hasMessageNotContaining("TOP-SECRET-XXE");
    }

    @Test
    void providerValidatesTheSetAndIsDiscovered() {
        ArxivOaiProvider provider = new ArxivOaiProvider();
        assertThat(provider.id()).isEqualTo("arxiv-oai");
        assertThat(provider.create(SourceConfig.of("physics:hep-th", transport)).id()).isEqualTo("arxiv-oai:physics:hep-th");
        assertThat(provider.create(SourceConfig.of("  ", transport)).id()).isEqualTo("arxiv-oai");
        assertThatThrownBy(() -> provider.create(SourceConfig.of("cs.AI+cs.LG", transport)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an OAI-PMH set spec: 'cs.AI+cs.LG'");
        assertThatThrownBy(() -> provider.create(SourceConfig.of("cs::AI", transport)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.create(SourceConfig.of("cs", transport)
                .withOption(ArxivOaiSource.METADATA_PREFIX, "oai_dc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option metadataPrefix must be arXivRaw or arXiv, not 'oai_dc'");

        SourceRegistry registry = SourceRegistry.discover();
        assertThat(registry.find("arxiv-oai")).containsInstanceOf(ArxivOaiProvider.class);
        assertThat(registry.create("arxiv-oai:cs:cs:AI", Map.of(), transport).id()).isEqualTo("arxiv-oai:cs:cs:AI");
    }

    /** A clock that moves only when slept on, recording every wait the transport asks for. */
    private static final class FakeTime implements TimeSource {
        private long nanos;
        private final List<Duration> sleeps = new ArrayList<>();

        @Override
        public synchronized long nanoTime() {
            return nanos;
        }

        @Override
        public synchronized Instant now() {
            return Instant.parse("2026-06-20T10:00:00Z").plusNanos(nanos);
        }

        @Override
        public synchronized void sleep(Duration duration) {
            sleeps.add(duration);
            nanos += duration.toNanos();
        }
    }
}
