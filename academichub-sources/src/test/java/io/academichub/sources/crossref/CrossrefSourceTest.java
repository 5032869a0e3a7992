package io.academichub.sources.crossref;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.academichub.error.FeedFormatException;
import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.Status;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link CrossrefSource} against WireMock. The pages are cut from the real widget page (its 20 real items; only
 * {@code total-results}, {@code next-cursor} and {@code items-per-page} are set per page); the first page's cursor is
 * the real 1512-character {@code next-cursor} Crossref gave.
 */
class CrossrefSourceTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String REAL_CURSOR = CrossrefFixtures.tree(CrossrefFixtures.WIDGET_PAGE)
            .get("message").get("next-cursor").asText();
    private static final String MAILTO = "team@example.org";
    // the warnings the first two real items bring: they have no publication date
    private static final String NO_DATE_0 = "DOI 10.1007/978-1-4302-0197-7_9 has no publication date; used the date "
            + "Crossref created the record, 2007-09-08";
    private static final String NO_DATE_1 = "DOI 10.1007/springerreference_66110 has no publication date; used the "
            + "date Crossref created the record, 2011-08-29";

    private final FakeTimeSource time = new FakeTimeSource();
    private HttpTransport transport =
            HttpTransport.builder().limits("crossref", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    private Source source(String argument, int rows) {
        Map<String, String> options = new HashMap<>();
        options.put(SourceConfig.BASE_URL, wm.baseUrl());
        options.put(CrossrefProvider.MAILTO, MAILTO);
        options.put(CrossrefProvider.ROWS, Integer.toString(rows));
        return new CrossrefProvider().create(new SourceConfig(argument, options, transport));
    }

    private static void page(String cursor, String body) {
        page(cursor, 200, body);
    }

    private static void page(String cursor, int status, String body) {
        wm.stubFor(get(urlPathEqualTo("/works")).withQueryParam("cursor", equalTo(cursor))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static List<LoggedRequest> requests() {
        return wm.findAll(getRequestedFor(urlPathEqualTo("/works")));
    }

    private static List<String> cursorsAsked() {
        return requests().stream().map(r -> r.queryParameter("cursor").firstValue()).toList();
    }

    /** Three pages of 8, 8 and 4 real works: {@code total-results} 20. */
    private static void threePages(int total) {
        page("*", CrossrefFixtures.widgetSlice(0, 8, total, REAL_CURSOR, 8));
        page(REAL_CURSOR, CrossrefFixtures.widgetSlice(8, 16, total, "cursor-3", 8));
        page("cursor-3", CrossrefFixtures.widgetSlice(16, 20, total, "cursor-4", 8));
    }

    @Test
    void deepPagingFollowsNextCursorUntilAShortPage() {
        threePages(454); // as the real page says: only the short third page ends the paging
        Source source = source("1932-6203", 8);

        FetchResult result = source.fetch(FetchRequest.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7)));

        assertThat(result.papers()).hasSize(20);
        assertThat(result.papers().get(0).id()).isEqualTo(PaperId.doi("10.1007/978-1-4302-0197-7_9"));
        assertThat(result.papers().get(19).id()).isEqualTo(PaperId.doi("10.59350/7mtwq-q3661"));
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(result.report().expected()).isEqualTo(454);
        assertThat(result.report().received()).isEqualTo(20);
        assertThat(result.report().sourceId()).isEqualTo("crossref:1932-6203");
        assertThat(cursorsAsked()).containsExactly("*", REAL_CURSOR, "cursor-3");
        for (LoggedRequest r : requests()) {
            assertThat(r.queryParameter("filter").firstValue())
                    .isEqualTo("issn:1932-6203,from-pub-date:2026-06-01,until-pub-date:2026-06-07");
            assertThat(r.queryParameter("mailto").firstValue()).isEqualTo(MAILTO);
            assertThat(r.queryParameter("rows").firstValue()).isEqualTo("8");
            assertThat(r.queryParameter("sort").firstValue() + " " + r.queryParameter("order").firstValue())
                    .isEqualTo("published desc");
            assertThat(r.getHeader("Accept")).isEqualTo("application/json");
        }
        // the real cursor's '=' padding travels percent-encoded
        assertThat(requests().get(1).getUrl()).contains("cursor=" + REAL_CURSOR.replace("=", "%3D"));
    }

    @Test
    void anEmptyPageEndsThePaging() {
        page("*", CrossrefFixtures.widgetSlice(0, 10, 454, "c2", 10));
        page("c2", CrossrefFixtures.widgetSlice(10, 20, 454, "c3", 10));
        page("c3", CrossrefFixtures.widgetSlice(0, 0, 454, "c4", 10));

        FetchResult result = source("filter:type:book-chapter", 10).fetch(FetchRequest.latest());

        assertThat(result.papers()).hasSize(20);
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(cursorsAsked()).containsExactly("*", "c2", "c3");
        assertThat(requests().get(0).queryParameter("filter").firstValue()).isEqualTo("type:book-chapter");
        assertThat(result.report().sourceId()).isEqualTo("crossref:filter:type:book-chapter");
    }

    @Test
    void totalResultsReachedEndsThePagingWithoutAnotherRequest() {
        threePages(16);
        FetchResult result = source("1932-6203", 8).fetch(FetchRequest.latest());

        assertThat(result.papers()).hasSize(16);
        assertThat(result.report().expected()).isEqualTo(16);
        assertThat(cursorsAsked()).containsExactly("*", REAL_CURSOR);
    }

    @Test
    void theLimitAsksOnlyForWhatIsStillNeeded() {
        threePages(20);

        FetchResult result = source("1932-6203", 8).fetch(FetchRequest.latest().withLimit(10));

        assertThat(result.papers()).hasSize(10);
        assertThat(result.report().expected()).isEqualTo(10);
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(requests()).extracting(r -> r.queryParameter("rows").firstValue()).containsExactly("8", "2");
    }

    @Test
    void aRepeatedCursorIsNotFollowedTwice() {
        page("*", CrossrefFixtures.widgetSlice(0, 8, 454, "same", 8));
        page("same", CrossrefFixtures.widgetSlice(8, 16, 454, "same", 8));

        FetchResult result = source("1932-6203", 8).fetch(FetchRequest.latest());

        assertThat(cursorsAsked()).containsExactly("*", "same");
        assertThat(result.papers()).hasSize(16);
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().warnings()).containsExactly(NO_DATE_0, NO_DATE_1,
                "the service handed out the paging pointer 'same' a second time; stopped paging after 16 papers so "
                        + "the fetch does not loop");
        assertThat(result.report().error()).isInstanceOf(SourceUnavailableException.class);
    }

    @Test
    void worksRepeatedOnALaterPageAreKeptOnce() {
        page("*", CrossrefFixtures.widgetSlice(0, 8, 20, "c2", 8));
        page("c2", CrossrefFixtures.widgetSlice(4, 12, 20, "c3", 8));
        page("c3", CrossrefFixtures.widgetSlice(12, 16, 20, "c4", 8));

        FetchResult result = source("1932-6203", 8).fetch(FetchRequest.latest());

        assertThat(result.papers()).hasSize(16).extracting(Paper::id).doesNotHaveDuplicates();
        assertThat(result.report().warnings()).contains("4 papers listed more than once were each kept once");
    }

    @Test
    void a429WaitsAsRetryAfterSaysThenSucceeds() throws IOException {
        transport.close();
        transport = HttpTransport.builder().timeSource(time).limits("crossref", new HostLimits(Duration.ZERO, 1))
                .maxAttempts(2).build();
        wm.stubFor(get(urlPathEqualTo("/works")).inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                        .withHeader("x-rate-limit-limit", "5").withHeader("x-rate-limit-interval", "1s")
                        .withBody("Social activity too high... try again later"))
                .willSetStateTo("calm"));
        wm.stubFor(get(urlPathEqualTo("/works")).inScenario("rate").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withBody(CrossrefFixtures.widgetSlice(0, 5, 5, "c2", 8))));

        FetchResult result = source("1932-6203", 8).fetch(FetchRequest.latest());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(result.papers()).hasSize(5);
        assertThat(result.report().status()).isEqualTo(Status.OK);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void a429ThatPersistsOnTheFirstPageIsRateLimited() {
        page("*", 429, "Social activity too high... try again later");

        assertThatThrownBy(() -> source("1932-6203", 8).fetch(FetchRequest.latest()))
                .isInstanceOf(RateLimitedException.class).hasMessageContaining("crossref:1932-6203");
    }

    @Test
    void a500AfterTheFirstPageKeepsWhatArrived() {
        page("*", CrossrefFixtures.widgetSlice(0, 8, 20, "c2", 8));
        page("c2", 500, "Internal Server Error");

        FetchResult result = source("1932-6203", 8).fetch(FetchRequest.latest());

        assertThat(result.papers()).hasSize(8);
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().expected()).isEqualTo(20);
        assertThat(result.report().received()).isEqualTo(8);
        assertThat(result.report().error()).isInstanceOfSatisfying(SourceUnavailableException.class,
                e -> assertThat(e.status()).isEqualTo(500));
    }

    @Test
    void aMalformedBodyIsAFormatErrorOrPartialLater() {
        page("*", "{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"items\":[{\"DOI\":");

        assertThatThrownBy(() -> source("1932-6203", 8).fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.uri().toString()).startsWith(wm.baseUrl() + "/works?filter=issn%3A1932-6203");
                });

        wm.resetAll();
        page("*", CrossrefFixtures.widgetSlice(0, 8, 20, "c2", 8));
        page("c2", "<html><body>Bad gateway</body></html>");
        FetchResult result = source("1932-6203", 8).fetch(FetchRequest.latest());
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().error()).isInstanceOf(FeedFormatException.class);
    }

    @Test
    void aValidationFailureQuotesCrossref() {
        page("*", 400, "{\"status\":\"failed\",\"message-type\":\"validation-failure\",\"message\":[{\"type\":"
                + "\"filter-not-available\",\"value\":\"bogus\",\"message\":\"Filter bogus specified but there is no "
                + "such filter for this route.\"}]}");

        assertThatThrownBy(() -> source("filter:bogus:1", 8).fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).startsWith("HTTP 400").endsWith(": Crossref rejected the request: "
                            + "Filter bogus specified but there is no such filter for this route.");
                });
    }

    @Test
    void aPlainTextRefusalIsQuoted() {
        page("*", 404, "Resource not found.");

        assertThatThrownBy(() -> source("1932-6203", 8).fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceRejectedException.class,
                        e -> assertThat(e.detail()).startsWith("HTTP 404").endsWith(": Resource not found."));
    }

    @Test
    void aBoundTheFilterSetsIsKeptAndTheRequestsIsReported() {
        page("*", CrossrefFixtures.widgetSlice(0, 3, 3, "c2", 8));

        FetchResult result = source("filter:from-pub-date:2026-01-01,type:journal-article", 8)
                .fetch(FetchRequest.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7)));

        assertThat(requests().get(0).queryParameter("filter").firstValue())
                .isEqualTo("from-pub-date:2026-01-01,type:journal-article,until-pub-date:2026-06-07");
        assertThat(result.report().warnings()).containsExactly(NO_DATE_0, NO_DATE_1,
                "the configured filter sets from-pub-date; the request's 2026-06-01 was not applied");
    }
}
