package io.academichub;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.academichub.error.SourceException;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceReport;
import io.academichub.source.Status;
import io.academichub.testing.InMemorySource;
import io.academichub.testing.SamplePapers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A source slower than its deadline ends with what it had, and the other sources' papers do not wait for it. */
class AcademicHubDeadlineTest {

    private static WireMockServer server;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get("/page/1").willReturn(ok("one")));
        server.stubFor(get("/page/2").willReturn(ok("two")));
        server.stubFor(get("/stuck").willReturn(ok("late").withFixedDelay(4_000)));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    /** Pages through its URLs on the transport as the shipped adapters do: a later page's failure ends PARTIAL. */
    private record PagingSource(String id, HttpTransport http, List<String> paths) implements Source {
        @Override
        public FetchResult fetch(FetchRequest request) {
            List<Paper> papers = new ArrayList<>();
            for (String path : paths) {
                try {
                    http.get(TransportRequest.get(id, URI.create(server.baseUrl() + path)).inGroup("slow"));
                } catch (SourceException e) {
                    if (papers.isEmpty()) {
                        throw e;
                    }
                    return new FetchResult(papers, SourceReport.failed(id, paths.size(), papers.size(), List.of(), e));
                }
                papers.add(SamplePapers.minimalArxiv("2606.0000" + (papers.size() + 1)).build());
            }
            return new FetchResult(papers, SourceReport.ok(id, paths.size(), papers.size(), List.of()));
        }
    }

    private static final Paper FAST_PAPER = SamplePapers.minimalArxiv("2606.10001").build();

    @Test
    void aSlowSourceEndsPartialWithWhatItHadAndTheOthersAreNotHeldUp() throws IOException {
        // the second page waits for the group's 30 s interval: far past the 1 s deadline
        try (HttpTransport http = HttpTransport.builder().limits("slow", new HostLimits(Duration.ofSeconds(30), 1))
                .build()) {
            http.get(TransportRequest.get("warm-up", URI.create(server.baseUrl() + "/page/1"))); // a loaded machine
            AcademicHub hub = AcademicHub.builder()
                    .source(new PagingSource("slow", http, List.of("/page/1", "/page/2")))
                    .source(InMemorySource.of("fast", FAST_PAPER))
                    .sourceTimeout(Duration.ofSeconds(1))
                    .build();

            long started = System.nanoTime();
            FetchSummary summary = hub.fetch(FetchRequest.latest());

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(summary.papers()).extracting(p -> p.id().toString())
                    .containsExactly("arxiv:2606.00001", "arxiv:2606.10001");
            SourceReport slow = summary.reports().get(0);
            assertThat(slow.status()).isEqualTo(Status.PARTIAL);
            assertThat(slow.received()).isEqualTo(1);
            assertThat(slow.warnings()).containsExactly("stopped at the source deadline of 1 s");
            assertThat(summary.reports().get(1).status()).isEqualTo(Status.OK);
        }
    }

    @Test
    void aSourceStuckInAReadIsNotWaitedFor() throws IOException {
        try (HttpTransport http = HttpTransport.builder().build()) {
            AcademicHub hub = AcademicHub.builder()
                    .source(new PagingSource("stuck", http, List.of("/stuck")))
                    .source(InMemorySource.of("fast", FAST_PAPER))
                    .sourceTimeout(Duration.ofMillis(300))
                    .build();

            long started = System.nanoTime();
            FetchSummary summary = hub.fetch(FetchRequest.latest());

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(summary.papers()).containsExactly(FAST_PAPER);
            assertThat(summary.reports().get(0).summary())
                    .isEqualTo("stuck FAILED: no result within the source deadline of 300 ms; not waited for");
        }
    }

    @Test
    void theSourceTimeoutIsChecked() {
        AcademicHub.Builder builder = AcademicHub.builder().sourceTimeout(Duration.ofMinutes(1));

        assertThatThrownBy(() -> builder.sourceTimeout(Duration.ofMinutes(2)))
                .isInstanceOf(IllegalStateException.class).hasMessage("sourceTimeout was already set");
        assertThatThrownBy(() -> AcademicHub.builder().sourceTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sourceTimeout must be positive: PT0S");
    }
}
