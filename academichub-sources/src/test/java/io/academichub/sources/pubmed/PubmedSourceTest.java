package io.academichub.sources.pubmed;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceRegistry;
import io.academichub.source.Status;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.academichub.sources.pubmed.PubmedFixtures.CONSTRUCTED;
import static io.academichub.sources.pubmed.PubmedFixtures.EFETCH_27797938;
import static io.academichub.sources.pubmed.PubmedFixtures.ESEARCH_HISTORY;
import static io.academichub.sources.pubmed.PubmedFixtures.REAL_WEBENV;
import static io.academichub.sources.pubmed.PubmedFixtures.articleSet;
import static io.academichub.sources.pubmed.PubmedFixtures.articles;
import static io.academichub.sources.pubmed.PubmedFixtures.esearchWithCount;
import static io.academichub.sources.pubmed.PubmedFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PubmedSourceTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TERM = "telomere AND cancer";
    private static final String REAL = articles(EFETCH_27797938).get(0);           // pmid 27797938
    private static final String REVIEW = articles(CONSTRUCTED).get(0);             // pmid 99000001
    private static final String PREPRINT = articles(CONSTRUCTED).get(1);           // pmid 99000002

    // Nothing waits: no politeness interval, one attempt.
    private final HttpTransport transport =
            HttpTransport.builder().limits("ncbi", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @AfterEach
    void closeTransport() throws Exception {
        transport.close();
    }

    private PubmedSource source(HttpTransport http, Map<String, String> options) {
        Map<String, String> all = new HashMap<>(options);
        all.put(SourceConfig.BASE_URL, wm.baseUrl() + "/eutils");
        return new PubmedSource(new SourceConfig(TERM, all, http));
    }

    private PubmedSource source(Map<String, String> options) {
        return source(transport, options);
    }

    private static MappingBuilder esearch() {
        return get(urlPathEqualTo("/eutils/esearch.fcgi"));
    }

    private static MappingBuilder efetch(int retStart) {
        return get(urlPathEqualTo("/eutils/efetch.fcgi")).withQueryParam("retstart", equalTo(String.valueOf(retStart)));
    }

    private static void serve(MappingBuilder request, String body) {
        wm.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8")
                .withBody(body)));
    }

    /** The body with every DTD URL of the DOCTYPE pointing at WireMock, so a fetched DTD would show. */
    private static String dtdOnWireMock(String xml) {
        return xml.replace("https://dtd.nlm.nih.gov/", wm.baseUrl() + "/dtd/")
                .replace("https://eutils.ncbi.nlm.nih.gov/eutils/dtd/", wm.baseUrl() + "/dtd/");
    }

    private static List<LoggedRequest> requests(String utility) {
        return wm.findAll(getRequestedFor(urlPathEqualTo("/eutils/" + utility)));
    }

    @Test
    void searchesWithHistoryThenFetchesInBatchesUpToTheLimit() {
        wm.stubFor(get(urlPathMatching("/dtd/.*")).willReturn(ok("<!ENTITY x \"never\">")));
        serve(esearch(), dtdOnWireMock(text(ESEARCH_HISTORY)));                   // real: Count 42249
        serve(efetch(0), dtdOnWireMock(articleSet(List.of(REAL, REVIEW))));
        serve(efetch(2), dtdOnWireMock(articleSet(List.of(PREPRINT))));

        FetchResult result = source(Map.of(PubmedSource.EMAIL, "me@example.org", PubmedSource.BATCH_SIZE, "2"))
                .fetch(FetchRequest.latest().withLimit(3));

        assertThat(result.papers()).extracting(p -> p.id().toString())
                .containsExactly("pmid:27797938", "pmid:99000001", "pmid:99000002");
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isEqualTo(3);                     // Count 42249 capped by the limit
        assertThat(result.report().received()).isEqualTo(3);
        assertThat(result.report().sourceId()).isEqualTo("pubmed:telomere AND cancer");

        LoggedRequest search = requests("esearch.fcgi").get(0);
        assertThat(search.getUrl()).isEqualTo("/eutils/esearch.fcgi?db=pubmed&term=telomere+AND+cancer&usehistory=y"
                + "&retmax=0&tool=academichub&email=me%40example.org");
        assertThat(requests("efetch.fcgi")).extracting(LoggedRequest::getUrl).containsExactly(
                "/eutils/efetch.fcgi?db=pubmed&query_key=1&WebEnv=" + REAL_WEBENV
                        + "&retstart=0&retmax=2&retmode=xml&tool=academichub&email=me%40example.org",
                "/eutils/efetch.fcgi?db=pubmed&query_key=1&WebEnv=" + REAL_WEBENV
                        + "&retstart=2&retmax=1&retmode=xml&tool=academichub&email=me%40example.org");
        assertThat(search.getHeader("Accept")).startsWith("text/xml");
        // The DOCTYPEs named WireMock's DTD URLs: none was fetched.
        assertThat(wm.findAll(getRequestedFor(urlPathMatching("/dtd/.*")))).isEmpty();
    }

    @Test
    void fetchesUntilTheCountWithoutALimit() {
        serve(esearch(), esearchWithCount(3)); // CONSTRUCTED: the real esearch with Count 3
        serve(efetch(0), articleSet(List.of(REAL, REVIEW)));
        serve(efetch(2), articleSet(List.of(PREPRINT)));

        FetchResult result = source(Map.of(PubmedSource.BATCH_SIZE, "2")).fetch(FetchRequest.latest());

        assertThat(result.papers()).hasSize(3);
        assertThat(result.report().summary()).isEqualTo("pubmed:telomere AND cancer OK 3/3");
        assertThat(requests("efetch.fcgi")).extracting(r -> r.queryParameter("retmax").firstValue())
                .containsExactly("2", "1");
        assertThat(requests("esearch.fcgi").get(0).queryParameter("email").isPresent()).isFalse();
    }

    @Test
    void theDateWindowBecomesMindateAndMaxdate() {
        serve(esearch(), esearchWithCount(0)); // CONSTRUCTED: nothing in the window

        FetchResult both = source(Map.of()).fetch(FetchRequest.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7)));
        source(Map.of(PubmedSource.DATE_TYPE, "edat")).fetch(FetchRequest.between(LocalDate.of(2026, 6, 1), null));

        assertThat(both.papers()).isEmpty();
        assertThat(both.report().summary()).isEqualTo("pubmed:telomere AND cancer OK 0/0");
        assertThat(requests("esearch.fcgi")).extracting(LoggedRequest::getUrl).containsExactly(
                "/eutils/esearch.fcgi?db=pubmed&term=telomere+AND+cancer&usehistory=y&retmax=0&datetype=pdat"
                        + "&mindate=2026%2F06%2F01&maxdate=2026%2F06%2F07&tool=academichub",
                "/eutils/esearch.fcgi?db=pubmed&term=telomere+AND+cancer&usehistory=y&retmax=0&datetype=edat"
                        + "&mindate=2026%2F06%2F01&maxdate=3000%2F12%2F31&tool=academichub");
        assertThat(requests("efetch.fcgi")).isEmpty();
    }

    @Test
    void aLaterBatchFailingGivesPartialWithThePapersSoFar() {
        serve(esearch(), esearchWithCount(3));
        serve(efetch(0), articleSet(List.of(REAL, REVIEW)));
        wm.stubFor(efetch(2).willReturn(aResponse().withStatus(500)));

        FetchResult result = source(Map.of(PubmedSource.BATCH_SIZE, "2")).fetch(FetchRequest.latest());

        assertThat(result.papers()).extracting(p -> p.id().value()).containsExactly("27797938", "99000001");
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().expected()).isEqualTo(3);
        assertThat(result.report().received()).isEqualTo(2);
        assertThat(result.report().error()).isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.uri().getQuery()).contains("retstart=2");
        });
    }

    @Test
    void theFirstBatchFailingIsThrown() {
        serve(esearch(), esearchWithCount(3));
        wm.stubFor(efetch(0).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> source(Map.of()).fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.sourceId()).isEqualTo("pubmed:telomere AND cancer");
                });
    }

    @Test
    void anEsearchErrorIsARejectionAndNothingIsFetched() {
        serve(esearch(), "<?xml version=\"1.0\"?><eSearchResult><ERROR>Invalid query</ERROR></eSearchResult>");

        assertThatThrownBy(() -> source(Map.of()).fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> {
                    assertThat(e.detail()).isEqualTo("esearch error: Invalid query");
                    assertThat(e.uri().getPath()).isEqualTo("/eutils/esearch.fcgi");
                });
        assertThat(requests("efetch.fcgi")).isEmpty();
    }

    @Test
    void tooManyRequestsWaitsAsRetryAfterSaysThenGoesOn() throws Exception {
        FakeTimeSource time = new FakeTimeSource();
        wm.stubFor(esearch().inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")
                        .withBody("{\"error\":\"API rate limit exceeded\",\"count\":\"4\"}"))
                .willSetStateTo("ready"));
        wm.stubFor(esearch().inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(aResponse().withStatus(200).withBody(esearchWithCount(1))));
        serve(efetch(0), text(EFETCH_27797938));

        try (HttpTransport retrying = HttpTransport.builder().limits("ncbi", new HostLimits(Duration.ZERO, 1))
                .maxAttempts(2).timeSource(time).build()) {
            FetchResult result = source(retrying, Map.of()).fetch(FetchRequest.latest());

            assertThat(result.papers()).extracting(p -> p.id().value()).containsExactly("27797938");
            assertThat(result.report().status()).isEqualTo(Status.OK);
        }
        assertThat(requests("esearch.fcgi")).hasSize(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void anXxePayloadFromTheServerIsRefused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-XXE");
        serve(esearch(), esearchWithCount(1));
        serve(efetch(0), "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\"><!ENTITY web SYSTEM \"" + wm.baseUrl() + "/secret\">]>\n<PubmedArticleSet>"
                + REAL.replace("<ArticleTitle>", "<ArticleTitle>&xxe;&web;") + "</PubmedArticleSet>");

        assertThatThrownBy(() -> source(Map.of()).fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                    assertThat(e.detail()).startsWith("refused a DOCTYPE with an internal subset");
                    assertThat(e.line()).isEqualTo(2);
                })
                .hasMessageNotContaining("TOP-SECRET");
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/secret")))).isEmpty();
    }

    @Test
    void theApiKeyIsSentButNeverNamedInAnError() {
        wm.stubFor(esearch().willReturn(aResponse().withStatus(400).withBody("bad request")));

        assertThatThrownBy(() -> source(Map.of(PubmedSource.API_KEY, "abcdef0123456789")).fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.uri().toString()).endsWith("&tool=academichub&api_key=***");
                })
                .hasMessageNotContaining("abcdef0123456789");
        assertThat(requests("esearch.fcgi").get(0).queryParameter("api_key").firstValue()).isEqualTo("abcdef0123456789");
    }

    @Test
    void anEmptyBatchEndsTheFetchWithAWarning() {
        serve(esearch(), esearchWithCount(3));
        serve(efetch(0), articleSet(List.of()));

        FetchResult result = source(Map.of()).fetch(FetchRequest.latest());

        assertThat(result.papers()).isEmpty();
        // The stored result set ended before its Count: a fetch that came up short, not a complete one.
        assertThat(result.report().status()).isEqualTo(Status.FAILED);
        assertThat(result.report().expected()).isEqualTo(3);
        assertThat(result.report().warnings()).containsExactly("efetch returned no records at retstart 0 of Count 3");
        assertThat(result.report().error().detail()).isEqualTo("efetch returned no records at retstart 0 of Count 3");
        assertThat(requests("efetch.fcgi")).hasSize(1);
    }

    @Test
    void skippedRecordsAndRepeatsBecomeWarnings() {
        serve(esearch(), esearchWithCount(4));
        serve(efetch(0), articleSet(List.of(REAL, articles(CONSTRUCTED).get(2)))); // the second has no title
        serve(efetch(2), articleSet(List.of(REAL, PREPRINT)));                     // the real one again

        FetchResult result = source(Map.of(PubmedSource.BATCH_SIZE, "2")).fetch(FetchRequest.latest());

        assertThat(result.papers()).extracting(Paper::id).extracting(Object::toString)
                .containsExactly("pmid:27797938", "pmid:99000002");
        assertThat(result.report().summary()).startsWith("pubmed:telomere AND cancer OK 2/4");
        assertThat(result.report().warnings()).containsExactly(
                "skipped PubmedArticle 99000004 at line 841: no ArticleTitle",
                "1 paper listed more than once was kept once");
    }

    @Test
    void providerChecksTheQueryAndOptionsAndIsDiscovered() {
        PubmedProvider provider = new PubmedProvider();
        assertThat(provider.id()).isEqualTo("pubmed");
        assertThat(provider.create(SourceConfig.of(" telomere ", transport)).id()).isEqualTo("pubmed:telomere");
        assertThatThrownBy(() -> provider.create(SourceConfig.of("  ", transport)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a PubMed source needs a query term");
        for (String bad : List.of("0", "501", "ten")) {
            assertThatThrownBy(() -> provider.create(SourceConfig.of("x", transport).withOption(PubmedSource.BATCH_SIZE, bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("option batchSize must be a whole number from 1 to 500, not '" + bad + "'");
        }
        assertThatThrownBy(() -> provider.create(SourceConfig.of("x", transport).withOption(PubmedSource.DATE_TYPE, "dp")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 'dp'");
        assertThat(provider.create(SourceConfig.of("x", transport).withOption(PubmedSource.BATCH_SIZE, "500")).id())
                .isEqualTo("pubmed:x");

        Source discovered = SourceRegistry.discover().create("pubmed:telomere[tiab]", Map.of(), transport);
        assertThat(discovered).isInstanceOf(PubmedSource.class);
        assertThat(discovered.id()).isEqualTo("pubmed:telomere[tiab]");
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
