package io.academichub.sources.arxiv;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.academichub.sources.arxiv.ArxivApiFixtures.ASTRO_PH;
import static io.academichub.sources.arxiv.ArxivApiFixtures.ERROR_400;
import static io.academichub.sources.arxiv.ArxivApiFixtures.SEARCH_100;
import static io.academichub.sources.arxiv.ArxivApiFixtures.ZERO;
import static io.academichub.sources.arxiv.ArxivApiFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArxivApiSourceTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final List<String> REAL_ENTRIES = ArxivApiFixtures.entries(SEARCH_100);

    private final HttpTransport transport =
            HttpTransport.builder().limits("arxiv", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @AfterEach
    void close() throws IOException {
        transport.close();
    }

    private Source source(String argument, Map<String, String> options) {
        Map<String, String> all = new HashMap<>(options);
        all.put(SourceConfig.BASE_URL, wm.baseUrl());
        return new ArxivApiProvider().create(new SourceConfig(argument, all, transport));
    }

    private static void serve(int start, ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo(String.valueOf(start)))
                .willReturn(response));
    }

    private static ResponseDefinitionBuilder atom(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/atom+xml; charset=utf-8")
                .withBody(body);
    }

    private static List<LoggedRequest> requests() {
        return wm.findAll(getRequestedFor(urlPathEqualTo("/api/query")));
    }

    private static String param(LoggedRequest request, String name) {
        return request.queryParameter(name).firstValue();
    }

    private static List<PaperId> ids(List<String> entries) {
        return entries.stream()
                .map(e -> PaperId.arxiv(e.substring(e.indexOf("<id>") + 4, e.indexOf("</id>"))))
                .toList();
    }

    @Test
    void pagesWithStartAndMaxResultsUntilTotalResults() {
        // 24 results (the legacy search's total) over pages of 10, built from the real search's entries.
        serve(0, atom(200, page(24, 0, 10, REAL_ENTRIES.subList(0, 10))));
        serve(10, atom(200, page(24, 10, 10, REAL_ENTRIES.subList(10, 20))));
        serve(20, atom(200, page(24, 20, 10, REAL_ENTRIES.subList(20, 24))));
        Source source = source("all:testing", Map.of("pageSize", "10"));

        FetchResult result = source.fetch(FetchRequest.latest());

        assertThat(requests()).extracting(r -> param(r, "start")).containsExactly("0", "10", "20");
        assertThat(requests()).extracting(r -> param(r, "max_results")).containsExactly("10", "10", "10");
        assertThat(requests()).allSatisfy(r -> {
            assertThat(param(r, "search_query")).isEqualTo("all:testing");
            assertThat(param(r, "id_list")).isEmpty();
            assertThat(param(r, "sortBy")).isEqualTo("submittedDate");
            assertThat(param(r, "sortOrder")).isEqualTo("descending");
            assertThat(r.getHeader("Accept")).startsWith("application/atom+xml");
        });
        assertThat(requests().get(1).getUrl()).isEqualTo("/api/query?search_query=all:testing&id_list="
                + "&start=10&max_results=10&sortBy=submittedDate&sortOrder=descending");
        assertThat(result.papers()).extracting(Paper::id).containsExactlyElementsOf(ids(REAL_ENTRIES.subList(0, 24)));
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isEqualTo(24);
        assertThat(result.report().received()).isEqualTo(24);
        assertThat(result.report().warnings()).isEmpty();
        assertThat(result.report().sourceId()).isEqualTo("arxiv-api:all:testing");
    }

    @Test
    void theLimitStopsPagingEarlyAndShrinksTheLastPage() {
        serve(0, atom(200, page(214881, 0, 10, REAL_ENTRIES.subList(0, 10))));
        serve(10, atom(200, page(214881, 10, 5, REAL_ENTRIES.subList(10, 15))));
        Source source = source("all:testing", Map.of("pageSize", "10"));

        FetchResult result = source.fetch(FetchRequest.latest().withLimit(15));

        assertThat(requests()).extracting(r -> param(r, "start") + "+" + param(r, "max_results"))
                .containsExactly("0+10", "10+5");
        assertThat(result.papers()).extracting(Paper::id).containsExactlyElementsOf(ids(REAL_ENTRIES.subList(0, 15)));
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isEqualTo(15);
        assertThat(result.report().received()).isEqualTo(15);
    }

    @Test
    void theLimitCutsAPageThatHoldsMore() {
        serve(0, atom(200, ArxivApiFixtures.text(SEARCH_100)));
        Source source = source("all:testing", Map.of());

        FetchResult result = source.fetch(FetchRequest.latest().withLimit(7));

        assertThat(requests()).extracting(r -> param(r, "max_results")).containsExactly("7");
        assertThat(result.papers()).extracting(Paper::id).containsExactlyElementsOf(ids(REAL_ENTRIES.subList(0, 7)));
        assertThat(result.report().expected()).isEqualTo(7);
    }

    @Test
    void aDateWindowIsAndedIntoTheSearchQuery() {
        serve(0, atom(200, ArxivApiFixtures.text(ZERO)));
        Source source = source("cat:cs.AI OR cat:cs.LG", Map.of());

        FetchResult result = source.fetch(FetchRequest.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7)));

        assertThat(requests()).singleElement().satisfies(r -> {
            assertThat(param(r, "search_query"))
                    .isEqualTo("(cat:cs.AI OR cat:cs.LG) AND submittedDate:[202606010000 TO 202606072359]");
            assertThat(r.getUrl()).startsWith("/api/query?search_query=%28cat:cs.AI%20OR%20cat:cs.LG%29%20AND%20"
                    + "submittedDate:%5B202606010000%20TO%20202606072359%5D&id_list=&start=0&max_results=100&");
        });
        assertThat(result.papers()).isEmpty();
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isZero();
    }

    @Test
    void anOpenEndedWindowRunsToTodayOrFromArxivsStart() {
        serve(0, atom(200, ArxivApiFixtures.text(ZERO)));
        Clock clock = Clock.fixed(Instant.parse("2026-06-19T12:00:00Z"), ZoneOffset.UTC);
        ArxivApiSource source = new ArxivApiSource(ArxivApiQuery.parse("cat:cs.AI"), URI.create(wm.baseUrl()),
                transport, clock);

        source.fetch(FetchRequest.between(LocalDate.of(2026, 6, 15), null));
        source.fetch(FetchRequest.between(null, LocalDate.of(2001, 12, 31)));

        assertThat(requests()).extracting(r -> param(r, "search_query")).containsExactly(
                "(cat:cs.AI) AND submittedDate:[202606150000 TO 202606192359]",
                "(cat:cs.AI) AND submittedDate:[199101010000 TO 200112312359]");
    }

    @Test
    void anIdListGoesInIdList() {
        serve(0, atom(200, ArxivApiFixtures.text(ASTRO_PH)));
        Source source = source("id:astro-ph/0601001", Map.of());

        FetchResult result = source.fetch(FetchRequest.latest());

        assertThat(source.id()).isEqualTo("arxiv-api:id:astro-ph/0601001");
        assertThat(requests()).singleElement().satisfies(r -> {
            assertThat(param(r, "id_list")).isEqualTo("astro-ph/0601001");
            assertThat(param(r, "search_query")).isEmpty();
        });
        assertThat(result.papers()).singleElement().satisfies(p -> assertThat(p.authors())
                .extracting(Author::affiliation)
                .containsExactly("Ohio State", "Ohio State", "CfA", "Warsaw University Observatory"));
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isEqualTo(1);
        assertThat(result.report().received()).isEqualTo(1);
    }

    @Test
    void theErrorEntryOfAnHttp400IsARejectionQuotingArxiv() {
        // The real reply to id_list=abc (which this adapter refuses before asking), served for a search here.
        serve(0, atom(400, ArxivApiFixtures.text(ERROR_400)));
        Source source = source("all:testing", Map.of());
        URI expectedUrl = URI.create(wm.baseUrl() + "/api/query?search_query=all:testing&id_list=&start=0"
                + "&max_results=100&sortBy=submittedDate&sortOrder=descending");

        assertThatThrownBy(() -> source.fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).isEqualTo("arXiv API error: incorrect id format for abc");
                    assertThat(e.uri()).isEqualTo(expectedUrl);
                    assertThat(e.sourceId()).isEqualTo("arxiv-api:all:testing");
                    assertThat(e.getMessage()).isEqualTo("arxiv-api:all:testing: arXiv API error: incorrect id format "
                            + "for abc (" + expectedUrl + ")");
                    assertThat(e.responseBody()).contains("<title>Error</title>");
                });
    }

    @Test
    void theErrorEntrySentWith200ByOlderServersIsARejectionToo() {
        // The same real Error feed, served with 200 as the API's older servers did.
        serve(0, atom(200, ArxivApiFixtures.text(ERROR_400)));
        Source source = source("all:testing", Map.of());

        assertThatThrownBy(() -> source.fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.detail()).isEqualTo("arXiv API error: incorrect id format for abc");
                    assertThat(e.responseBody()).contains("<summary>incorrect id format for abc</summary>");
                });
    }

    @Test
    void anHttp400WithoutAnErrorEntryKeepsTheTransportsMessage() {
        serve(0, aResponse().withStatus(400).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Bad Request</body></html>"));
        Source source = source("all:testing", Map.of());

        assertThatThrownBy(() -> source.fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).startsWith("HTTP 400");
                });
    }

    @Test
    void aShortPageBeforeTotalResultsStopsPagingAsPartial() {
        // arXiv's known quirk: a page with no entries although totalResults says more are due.
        serve(0, atom(200, page(24, 0, 10, REAL_ENTRIES.subList(0, 10))));
        serve(10, atom(200, page(24, 10, 10, List.of())));
        Source source = source("all:testing", Map.of("pageSize", "10"));

        FetchResult result = source.fetch(FetchRequest.latest());

        assertThat(requests()).extracting(r -> param(r, "start")).containsExactly("0", "10");
        assertThat(result.papers()).extracting(Paper::id).containsExactlyElementsOf(ids(REAL_ENTRIES.subList(0, 10)));
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().expected()).isEqualTo(24);
        assertThat(result.report().received()).isEqualTo(10);
        assertThat(result.report().warnings()).containsExactly(
                "arXiv sent 0 of the 10 entries due at start=10 (totalResults 24); stopped paging");
        assertThat(result.report().error()).isInstanceOf(SourceUnavailableException.class);
    }

    @Test
    void aServerErrorAfterTheFirstPageReturnsThePapersSoFarAsPartial() {
        serve(0, atom(200, page(24, 0, 10, REAL_ENTRIES.subList(0, 10))));
        serve(10, aResponse().withStatus(500).withBody("Internal Server Error"));
        Source source = source("all:testing", Map.of("pageSize", "10"));

        FetchResult result = source.fetch(FetchRequest.latest());

        assertThat(result.papers()).extracting(Paper::id).containsExactlyElementsOf(ids(REAL_ENTRIES.subList(0, 10)));
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().expected()).isEqualTo(24);
        assertThat(result.report().received()).isEqualTo(10);
        assertThat(result.report().error()).isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.uri().getQuery()).contains("start=10");
        });
    }

    @Test
    void aServerErrorOnTheFirstPageIsThrown() {
        serve(0, aResponse().withStatus(502));
        Source source = source("all:testing", Map.of());

        assertThatThrownBy(() -> source.fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> assertThat(e.status()).isEqualTo(502));
    }

    @Test
    void papersRepeatedOnTheNextPageAreKeptOnce() {
        // Results shift while paging when arXiv adds papers: entry 9 comes again at the top of page 2.
        serve(0, atom(200, page(20, 0, 10, REAL_ENTRIES.subList(0, 10))));
        serve(10, atom(200, page(20, 10, 10, REAL_ENTRIES.subList(9, 19))));
        Source source = source("all:testing", Map.of("pageSize", "10"));

        FetchResult result = source.fetch(FetchRequest.latest());

        assertThat(result.papers()).extracting(Paper::id).containsExactlyElementsOf(ids(REAL_ENTRIES.subList(0, 19)));
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().warnings()).containsExactly("1 paper listed more than once was kept once");
    }

    @Test
    void anXxePayloadIsRefused() {
        serve(0, atom(200, "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><opensearch:totalResults "
                + "xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">1</opensearch:totalResults>"
                + "<entry><id>http://arxiv.org/abs/2401.00001v1</id><title>&xxe;</title>"
                + "<published>2024-01-01T00:00:00Z</published></entry></feed>"));
        Source source = source("all:testing", Map.of());

        assertThatThrownBy(() -> source.fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                    assertThat(e.detail()).contains("a DOCTYPE is not allowed in an arXiv API response");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).doesNotContain("root:");
                });
    }

    @Test
    void sortAndPageSizeOptionsReachTheRequest() {
        serve(0, atom(200, ArxivApiFixtures.text(ZERO)));
        Source source = source("ti:diffusion", Map.of("sortBy", "lastUpdatedDate", "sortOrder", "ascending",
                "pageSize", "2000"));

        source.fetch(FetchRequest.latest());

        assertThat(requests()).singleElement().satisfies(r -> {
            assertThat(param(r, "sortBy")).isEqualTo("lastUpdatedDate");
            assertThat(param(r, "sortOrder")).isEqualTo("ascending");
            assertThat(param(r, "max_results")).isEqualTo("2000");
        });
    }
}
