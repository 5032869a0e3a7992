package io.academichub;

import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.source.SourceReport;
import io.academichub.source.Status;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FetchSummaryTest {

    private static final SourceReport OK = SourceReport.ok("a", 3, 3, List.of());
    private static final SourceReport WEEKEND = SourceReport.noAnnouncement("b", List.of("no announcement on Saturday"));
    private static final SourceUnavailableException DOWN =
            new SourceUnavailableException("c", URI.create("https://c.test/feed"), 503, "HTTP 503", null);
    private static final SourceReport FAILED = SourceReport.failed("c", SourceReport.UNKNOWN, 0, List.of(), DOWN);
    private static final SourceReport PARTIAL = SourceReport.failed("d", 100, 40, List.of(), DOWN);
    private static final SourceReport LIMITED = SourceReport.failed("e", SourceReport.UNKNOWN, 0, List.of(),
            new RateLimitedException("e", URI.create("https://e.test/"), null, "HTTP 429"));

    private static FetchSummary of(SourceReport... reports) {
        return new FetchSummary(List.of(), List.of(reports));
    }

    @Test
    void allSucceededCountsNoAnnouncementAsSuccess() {
        assertThat(of(OK, WEEKEND).allSucceeded()).isTrue();
        assertThat(of(OK, PARTIAL).allSucceeded()).isFalse();
        assertThat(of(OK, FAILED).allSucceeded()).isFalse();
    }

    @Test
    void allFailedMeansNothingAtAll() {
        assertThat(of(FAILED, LIMITED).allFailed()).isTrue();
        assertThat(of(FAILED, PARTIAL).allFailed()).isFalse();
        assertThat(of(FAILED, OK).allFailed()).isFalse();
        assertThat(of().allFailed()).isFalse();
    }

    @Test
    void failedChoosesTheStatusByWhatArrived() {
        assertThat(FAILED.status()).isEqualTo(Status.FAILED);
        assertThat(PARTIAL.status()).isEqualTo(Status.PARTIAL);
        assertThat(LIMITED.status()).isEqualTo(Status.RATE_LIMITED);
    }

    @Test
    void summaries() {
        assertThat(OK.summary()).isEqualTo("a OK 3/3");
        assertThat(WEEKEND.summary()).isEqualTo("b NO_ANNOUNCEMENT 0/0 [warning: no announcement on Saturday]");
        assertThat(FAILED.summary()).isEqualTo("c FAILED: HTTP 503 (https://c.test/feed)");
        assertThat(PARTIAL.summary()).isEqualTo("d PARTIAL 40/100: c: HTTP 503 (https://c.test/feed)");
        assertThat(LIMITED.summary()).isEqualTo("e RATE_LIMITED: HTTP 429 (https://e.test/)");
    }

    @Test
    void aFailureKeepsTheCountTheServiceAnnounced() {
        assertThat(SourceReport.failed("c", 100, 0, List.of(), DOWN).summary())
                .isEqualTo("c FAILED 0/100: HTTP 503 (https://c.test/feed)");
    }

    @Test
    void reportsAreValidated() {
        assertThatThrownBy(() -> new SourceReport("a", Status.OK, 1, 1, List.of(), DOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("status OK does not fit error ");
        assertThatThrownBy(() -> new SourceReport("a", Status.FAILED, 1, 0, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("status FAILED does not fit error null");
        assertThatThrownBy(() -> SourceReport.ok("a", 1, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("negative count: expected=1, received=-1");
    }

    @Test
    void listsAreCopied() {
        FetchSummary s = of(OK);

        assertThatThrownBy(() -> s.reports().add(FAILED)).isInstanceOf(UnsupportedOperationException.class);
    }
}
