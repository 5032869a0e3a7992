package io.academichub.source;

import io.academichub.error.SourceRejectedException;
import io.academichub.http.HttpResult;
import io.academichub.model.Paper;
import io.academichub.testing.MockService;
import io.academichub.testing.SamplePapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rules {@link FeedSource} applies for every single-document adapter, with a small adapter written here against
 * WireMock. Its feed is plain text: an optional first line {@code announced=N}, then one record per line —
 * {@code ID DATE} (an arXiv id and its publication day), {@code bad} (a record the reader skips with a warning) or
 * {@code error} (the service's error document).
 */
class FeedSourceTest {

    @RegisterExtension
    static final MockService service = new MockService();

    /** The adapter under test: what a third party writes. */
    private final class TextFeed extends FeedSource {
        private final boolean daily;

        TextFeed(boolean daily) {
            super("text", URI.create(service.baseUrl() + "/feed"), service.transport(), "text-service", "text/plain");
            this.daily = daily;
        }

        @Override
        protected Page read(HttpResult response, FetchRequest request) {
            String[] lines = response.bodyText().split("\n");
            int announced = Page.UNKNOWN;
            List<Paper> papers = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            int records = 0;
            for (String line : lines) {
                if (line.startsWith("announced=")) {
                    announced = Integer.parseInt(line.substring(10));
                } else if (line.equals("error")) {
                    throw new SourceRejectedException(id(), response.uri(), 200, "the service's error document", null);
                } else if (line.equals("bad")) {
                    records++;
                    warnings.add("skipped a bad record");
                } else if (!line.isBlank()) {
                    records++;
                    String[] idAndDay = line.split(" ");
                    papers.add(SamplePapers.minimalArxiv(idAndDay[0]).published(LocalDate.parse(idAndDay[1])).build());
                }
            }
            return withinWindow(new Page(papers, records, announced, null, warnings), request);
        }

        @Override
        protected boolean emptyMeansNoAnnouncement() {
            return daily;
        }
    }

    private static void serve(String body) {
        service.server().stubFor(get(urlEqualTo("/feed")).willReturn(aResponse().withStatus(200).withBody(body)));
    }

    private static List<String> ids(FetchResult result) {
        return result.papers().stream().map(p -> p.id().value()).toList();
    }

    @Test
    void deliversTheFeedInOrderWithOneRequestAskingForItsFormat() {
        serve("2601.00001 2026-01-05\n2601.00002 2026-01-05\nbad\n2601.00003 2026-01-06");

        FetchResult result = new TextFeed(false).fetch(FetchRequest.latest());

        assertThat(ids(result)).containsExactly("2601.00001", "2601.00002", "2601.00003");
        // the skipped record counts as expected: received < expected shows it
        assertThat(result.report()).isEqualTo(SourceReport.ok("text", 4, 3, List.of("skipped a bad record")));
        service.server().verify(1, getRequestedFor(urlEqualTo("/feed")).withHeader("Accept", equalTo("text/plain")));
    }

    @Test
    void theLimitKeepsTheFirstPapersAndCapsExpected() {
        serve("2601.00001 2026-01-05\n2601.00002 2026-01-05\n2601.00003 2026-01-06");

        FetchResult result = new TextFeed(false).fetch(FetchRequest.latest().withLimit(2));

        assertThat(ids(result)).containsExactly("2601.00001", "2601.00002");
        assertThat(result.report()).isEqualTo(SourceReport.ok("text", 2, 2, List.of()));
    }

    @Test
    void whatTheFeedAnnouncesIsExpectedOverWhatItHolds() {
        serve("announced=5\n2601.00001 2026-01-05\n2601.00002 2026-01-05");

        FetchResult result = new TextFeed(false).fetch(FetchRequest.latest());

        assertThat(result.report()).isEqualTo(SourceReport.ok("text", 5, 2, List.of()));
    }

    @Test
    void theWindowLeavesOutPapersOutsideItAndTheirShareOfExpected() {
        serve("announced=4\n2601.00001 2026-01-04\n2601.00002 2026-01-05\n2601.00003 2026-01-06\nbad");

        FetchResult result = new TextFeed(false).fetch(
                FetchRequest.between(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6)));

        assertThat(ids(result)).containsExactly("2601.00002", "2601.00003");
        assertThat(result.report()).isEqualTo(SourceReport.ok("text", 3, 2, List.of("skipped a bad record")));
    }

    @Test
    void anEmptyFeedIsAnEmptyListingUnlessTheSourceSaysItMeansNoAnnouncement() {
        serve("");

        assertThat(new TextFeed(false).fetch(FetchRequest.latest()).report())
                .isEqualTo(SourceReport.ok("text", 0, 0, List.of()));
        assertThat(new TextFeed(true).fetch(FetchRequest.latest()).report())
                .isEqualTo(SourceReport.noAnnouncement("text", List.of()));
    }

    @Test
    void anErrorDocumentInA200KeepsTheResponseAsItsBody() {
        serve("error");

        SourceRejectedException e = catchThrowableOfType(SourceRejectedException.class,
                () -> new TextFeed(false).fetch(FetchRequest.latest()));

        assertThat(e.status()).isEqualTo(200);
        assertThat(e.responseBody()).isEqualTo("error");
    }
}
