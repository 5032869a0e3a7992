package io.academichub.source;

import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HttpResult;
import io.academichub.model.Paper;
import io.academichub.testing.MockService;
import io.academichub.testing.SamplePapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules {@link PagedSource} applies for every adapter, with a small adapter written here against WireMock. Its
 * pages are plain text: a first line {@code total=N next=POINTER} (either may be left out), then one arXiv id per
 * record ({@code bad} is a record the reader skips with a warning, {@code error} makes the page the service's error
 * document). It pages by offset when a page gives no pointer, else by the pointer.
 */
class PagedSourceTest {

    @RegisterExtension
    static final MockService service = new MockService();

    /** The adapter under test: what a third party writes. */
    private final class TextSource extends PagedSource {
        private final boolean keepLater;

        TextSource(boolean keepLater) {
            super("text", service.transport(), "text-service", "text/plain");
            this.keepLater = keepLater;
        }

        @Override
        protected Pager pager(FetchRequest request) {
            return new Pager() {
                private int offset;

                @Override
                public URI first() {
                    return URI.create(service.baseUrl() + "/list?offset=0&size=" + Math.min(3, request.limit()));
                }

                @Override
                public Page read(HttpResult response, Consumer<Paper> sink) {
                    return parse(response);
                }

                @Override
                public URI next(Page page, int remaining) {
                    offset += page.records();
                    if (page.hasNext()) {
                        return URI.create(service.baseUrl() + "/list?pointer=" + page.next());
                    }
                    if (page.total() == Page.UNKNOWN || offset >= page.total()) {
                        return null;
                    }
                    if (page.records() == 0) {
                        throw cameUpShort(response(offset), "no records at offset " + offset);
                    }
                    return response(offset);
                }

                private URI response(int at) {
                    return URI.create(service.baseUrl() + "/list?offset=" + at + "&size=3");
                }

                @Override
                public List<String> summary() {
                    return List.of("read up to offset " + offset);
                }
            };
        }

        @Override
        protected Paper keep(Paper earlier, Paper later) {
            return keepLater ? later : earlier;
        }

        @Override
        protected SourceException failed(SourceException e) {
            return e instanceof SourceRejectedException r
                    ? new SourceRejectedException(id(), r.uri(), r.status(), "refused: " + r.responseBody().strip(),
                    r.responseBody())
                    : e;
        }

        private Page parse(HttpResult response) {
            String[] lines = response.bodyText().split("\n");
            int total = Page.UNKNOWN;
            String next = null;
            for (String field : lines[0].split(" ")) {
                if (field.startsWith("total=")) {
                    total = Integer.parseInt(field.substring(6));
                } else if (field.startsWith("next=")) {
                    next = field.substring(5);
                }
            }
            List<Paper> papers = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.equals("error")) {
                    throw new SourceRejectedException(id(), response.uri(), 200, "the service's error document", null);
                } else if (line.startsWith("bad")) {
                    warnings.add("skipped " + line);
                } else {
                    String[] idAndTitle = line.split(" ", 2);
                    Paper.Builder b = SamplePapers.minimalArxiv(idAndTitle[0]);
                    papers.add((idAndTitle.length > 1 ? b.title(idAndTitle[1]) : b).build());
                }
            }
            return new Page(papers, lines.length - 1, total, next, warnings);
        }
    }

    private static void serve(String query, String body) {
        serve(query, 200, body);
    }

    private static void serve(String query, int status, String body) {
        service.server().stubFor(get(urlEqualTo("/list?" + query)).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    private static List<String> requested() {
        return service.server().findAll(getRequestedFor(urlPathEqualTo("/list"))).stream().map(r -> r.getUrl()).toList();
    }

    private static List<String> ids(FetchResult result) {
        return result.papers().stream().map(p -> p.id().value()).toList();
    }

    @Test
    void pagesByOffsetToTheTotal() {
        serve("offset=0&size=3", "total=5\n2601.00001\n2601.00002\n2601.00003");
        serve("offset=3&size=3", "total=5\n2601.00004\n2601.00005");

        FetchResult result = new TextSource(false).fetch(FetchRequest.latest());

        assertThat(ids(result)).containsExactly("2601.00001", "2601.00002", "2601.00003", "2601.00004", "2601.00005");
        assertThat(result.report()).isEqualTo(SourceReport.ok("text", 5, 5, List.of("read up to offset 5")));
        assertThat(requested()).containsExactly("/list?offset=0&size=3", "/list?offset=3&size=3");
    }

    @Test
    void theLimitStopsDeliveryAndPagingAndCapsExpected() {
        serve("offset=0&size=2", "total=5\n2601.00001\n2601.00002\n2601.00003");

        FetchResult result = new TextSource(false).fetch(FetchRequest.latest().withLimit(2));

        assertThat(ids(result)).containsExactly("2601.00001", "2601.00002");
        assertThat(result.report().summary()).startsWith("text OK 2/2");
        assertThat(requested()).hasSize(1);
    }

    @Test
    void aPaperOnTwoPagesIsKeptOnceAsTheSourceChooses() {
        serve("offset=0&size=3", "total=6\n2601.00001 First listing\n2601.00002\n2601.00003");
        serve("offset=3&size=3", "total=6\n2601.00003\n2601.00001 Second listing\n2601.00004");

        FetchResult first = new TextSource(false).fetch(FetchRequest.latest());
        FetchResult later = new TextSource(true).fetch(FetchRequest.latest());

        assertThat(ids(first)).containsExactly("2601.00001", "2601.00002", "2601.00003", "2601.00004");
        assertThat(first.papers().get(0).title()).isEqualTo("First listing");
        assertThat(later.papers().get(0).title()).isEqualTo("Second listing");
        assertThat(first.report().warnings()).containsExactly("read up to offset 6",
                "2 papers listed more than once were each kept once");
    }

    @Test
    void theFirstPageFailingIsThrown() {
        serve("offset=0&size=3", 503, "down");

        assertThatThrownBy(() -> new TextSource(false).fetch(FetchRequest.latest()))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void aLaterPageFailingEndsAsPartialWithThePapersSoFar() {
        serve("offset=0&size=3", "total=6\n2601.00001\n2601.00002\n2601.00003");
        serve("offset=3&size=3", 503, "down");

        ch.qos.logback.classic.Logger log =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(PagedSource.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        log.addAppender(logged);
        log.setLevel(ch.qos.logback.classic.Level.WARN); // the tests' root logs nothing (logback-test.xml)
        FetchResult result;
        try {
            result = new TextSource(false).fetch(FetchRequest.latest());
        } finally {
            log.detachAppender(logged);
            log.setLevel(null);
        }

        assertThat(ids(result)).hasSize(3);
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().expected()).isEqualTo(6);
        assertThat(result.report().error()).isInstanceOf(SourceUnavailableException.class);
        // one page, said in the singular, and the source named once
        assertThat(logged.list).extracting(e -> e.getFormattedMessage())
                .containsExactly("text: stopped after 1 page, 3 papers: HTTP 503 Service Unavailable ("
                        + result.report().error().uri() + ")");
    }

    @Test
    void aListingThatComesUpShortEndsAsPartialWithTheReason() {
        serve("offset=0&size=3", "total=9\n2601.00001\n2601.00002\n2601.00003");
        serve("offset=3&size=3", "total=9");

        FetchResult result = new TextSource(false).fetch(FetchRequest.latest());

        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().warnings()).containsExactly("no records at offset 3", "read up to offset 3");
        assertThat(result.report().error().detail()).isEqualTo("no records at offset 3");
    }

    @Test
    void aRepeatedPointerStopsThePaging() {
        serve("offset=0&size=3", "total=9 next=abc\n2601.00001");
        serve("pointer=abc", "total=9 next=abc\n2601.00002");

        FetchResult result = new TextSource(false).fetch(FetchRequest.latest());

        assertThat(requested()).containsExactly("/list?offset=0&size=3", "/list?pointer=abc");
        assertThat(ids(result)).containsExactly("2601.00001", "2601.00002");
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().error()).hasMessageContaining(
                "the service handed out the paging pointer 'abc' a second time; stopped paging after 2 papers");
    }

    @Test
    void aPointerCycleOverSeveralPagesStopsThePaging() {
        serve("offset=0&size=3", "total=9 next=x\n2601.00001");
        serve("pointer=x", "total=9 next=y\n2601.00002");
        serve("pointer=y", "total=9 next=x\n2601.00003");

        FetchResult result = new TextSource(false).fetch(FetchRequest.latest());

        assertThat(requested()).hasSize(3);
        assertThat(result.report().status()).isEqualTo(Status.PARTIAL);
        assertThat(result.report().error()).hasMessageContaining("'x' a second time");
    }

    @Test
    void warningsBeyondTheCapAreCountedInOneLine() {
        StringBuilder body = new StringBuilder("total=30");
        for (int i = 0; i < 30; i++) {
            body.append("\nbad").append(i);
        }
        serve("offset=0&size=3", body.toString());

        FetchResult result = new TextSource(false).fetch(FetchRequest.latest());

        assertThat(result.report().warnings()).hasSize(PagedSource.MAX_WARNINGS + 2)
                .contains("skipped bad0", "skipped bad19", "10 more warnings left out", "read up to offset 30")
                .doesNotContain("skipped bad20");
    }

    @Test
    void anErrorDocumentWithA200KeepsTheResponseAsItsBody() {
        serve("offset=0&size=3", "total=1\nerror");

        assertThatThrownBy(() -> new TextSource(false).fetch(FetchRequest.latest()))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.responseBody()).isEqualTo("total=1\nerror");
                });
    }

    @Test
    void aRefusalIsPutInTheServicesWordsByTheSource() {
        serve("offset=0&size=3", 400, "unknown field 'sizee'");

        assertThatThrownBy(() -> new TextSource(false).fetch(FetchRequest.latest()))
                .isInstanceOf(SourceRejectedException.class).hasMessageContaining("refused: unknown field 'sizee'");
    }

    @Test
    void aLongBodyIsCutOnceWhereTheRefusalKeepsIt() {
        String body = "x".repeat(SourceRejectedException.MAX_BODY_CHARS + 10);

        SourceRejectedException e = new SourceRejectedException("s", null, 400, "HTTP 400", body);

        assertThat(e.responseBody()).hasSize(SourceRejectedException.MAX_BODY_CHARS);
    }

    @Test
    void streamingDeliversEveryListingAndSaysWhereToResume() {
        serve("offset=0&size=3", "total=9 next=p2\n2601.00001\n2601.00002\n2601.00003");
        serve("pointer=p2", "total=9 next=p3\n2601.00003\n2601.00004\n2601.00005");
        List<String> delivered = new ArrayList<>();
        TextSource source = new TextSource(false);

        FetchRequest request = FetchRequest.latest().withLimit(5);
        PagedSource.Streamed streamed = source.stream(request, source.pager(request), p -> delivered.add(p.id().value()));

        assertThat(delivered).containsExactly("2601.00001", "2601.00002", "2601.00003", "2601.00003", "2601.00004");
        assertThat(streamed.pages()).isEqualTo(2);
        assertThat(streamed.resumeFrom()).isEqualTo("p3");
        assertThat(streamed.report().summary()).startsWith("text OK 5/5");
    }
}
