package io.academichub.source;

import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceException;
import io.academichub.internal.Redaction;
import io.academichub.internal.ServerText;

import java.util.List;
import java.util.Objects;

/**
 * What happened when one source was fetched: its status, how many papers the service said there were and how
 * many arrived (so a silently short fetch shows), warnings, and the error if there was one.
 *
 * @param sourceId the source's id
 * @param status   how the fetch ended
 * @param expected how many papers the service said there were, or {@code -1} when it does not say
 * @param received how many papers were received
 * @param warnings things a user may want to know that did not stop the fetch (a skipped malformed entry …); each
 *                 kept as one line of at most {@value SourceException#MAX_DETAIL} characters, credentials masked
 * @param error    the failure, or {@code null} when the status is a success
 */
public record SourceReport(String sourceId, Status status, int expected, int received, List<String> warnings,
                           SourceException error) {

    /** The value of {@code expected} when the service does not say how many papers there are. */
    public static final int UNKNOWN = -1;

    /**
     * Checks the components as described above, and copies the collections (the record is immutable).
     *
     * @param sourceId the source's id
     * @param status   how the fetch ended
     * @param expected how many papers the service said there were, or {@code -1} when it does not say
     * @param received how many papers were received
     * @param warnings things a user may want to know that did not stop the fetch (a skipped malformed entry …); each
     *                 kept as one line of at most {@value SourceException#MAX_DETAIL} characters, credentials masked
     * @param error    the failure, or {@code null} when the status is a success
     */
    public SourceReport {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        // Warnings quote servers and name URLs: one line each, capped, no credentials (see SourceException).
        warnings = List.copyOf(warnings).stream()
                .map(w -> Redaction.redact(ServerText.clean(w, SourceException.MAX_DETAIL)))
                .toList();
        if (received < 0 || expected < UNKNOWN) {
            throw new IllegalArgumentException("negative count: expected=" + expected + ", received=" + received);
        }
        if (status.isSuccess() != (error == null)) {
            throw new IllegalArgumentException("status " + status + " does not fit error " + error);
        }
    }

    /**
     * {@return a complete fetch}
     *
     * @param sourceId the source the report is about
     * @param expected how many papers the source said it had for the request, or {@link #UNKNOWN}
     * @param received how many papers arrived
     * @param warnings what a user may want to know, one line each
     */
    public static SourceReport ok(String sourceId, int expected, int received, List<String> warnings) {
        return new SourceReport(sourceId, Status.OK, expected, received, warnings, null);
    }

    /**
     * {@return no announcement today (weekend, holiday)}
     *
     * @param sourceId the source the report is about
     * @param warnings what a user may want to know, one line each
     */
    public static SourceReport noAnnouncement(String sourceId, List<String> warnings) {
        return new SourceReport(sourceId, Status.NO_ANNOUNCEMENT, 0, 0, warnings, null);
    }

    /**
     * {@return a fetch that ended in {@code error}: {@link Status#PARTIAL} when some papers arrived, otherwise
     * {@link Status#RATE_LIMITED} or {@link Status#FAILED} by the kind of error}
     *
     * @param sourceId the source the report is about
     * @param expected how many papers the source said it had for the request, or {@link #UNKNOWN}
     * @param received how many papers arrived
     * @param warnings what a user may want to know, one line each
     * @param error what ended the fetch
     */
    public static SourceReport failed(String sourceId, int expected, int received, List<String> warnings,
                                      SourceException error) {
        Objects.requireNonNull(error, "error");
        Status status = received > 0 ? Status.PARTIAL
                : error instanceof RateLimitedException ? Status.RATE_LIMITED : Status.FAILED;
        return new SourceReport(sourceId, status, expected, received, warnings, error);
    }

    /**
     * {@return one line for people: the source, the status, the papers received out of those announced, then the
     * error and any warnings}
     *
     * <p>For example {@code arxiv:cs.AI OK 212/212}, {@code biorxiv PARTIAL 100/245: HTTP 503 (https://…)}, or, when
     * nothing arrived and the service never said how many there were, just the status and the reason:
     * {@code nature FAILED: HTTP 503 Service Unavailable (https://www.nature.com/nature.rss)}.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder(sourceId).append(' ').append(status);
        // A lone "0" beside a failure says nothing the status does not; counts stay when there are any to show.
        if (error == null || received > 0 || expected != UNKNOWN) {
            sb.append(' ').append(received);
            if (expected != UNKNOWN) {
                sb.append('/').append(expected);
            }
        }
        if (error != null) {
            // The line already starts with the source id; the error's own message would repeat it.
            sb.append(": ").append(error.sourceId().equals(sourceId)
                    ? error.detail() + (error.uri() == null ? "" : " (" + error.uri() + ")")
                    : error.getMessage());
        }
        for (String w : warnings) {
            sb.append(" [warning: ").append(w).append(']');
        }
        return sb.toString();
    }
}
