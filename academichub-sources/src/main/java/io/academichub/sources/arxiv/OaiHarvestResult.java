package io.academichub.sources.arxiv;

import io.academichub.source.SourceReport;

import java.util.Objects;

/**
 * How a streaming harvest through {@link ArxivOaiSource#harvest} ended. The papers themselves went to the caller's
 * consumer as they arrived; this holds what is left to know.
 *
 * @param report          the source report: status, expected ({@code completeListSize}) and received counts,
 *                        warnings (deleted and skipped records), the error if the harvest stopped on one
 * @param pages           responses read in full
 * @param deleted         records the repository marked deleted, skipped
 * @param resumptionToken when the harvest stopped before the end of the list (the request's limit, or a failure
 *                        after some pages), the token to go on from with {@code ?verb=ListRecords&resumptionToken=};
 *                        {@code null} when the list was read to its end or there is nothing to resume
 */
public record OaiHarvestResult(SourceReport report, int pages, int deleted, String resumptionToken) {

    /**
     * Checks the components as described above.
     *
     * @param report          the source report: status, expected ({@code completeListSize}) and received counts,
     *                        warnings (deleted and skipped records), the error if the harvest stopped on one
     * @param pages           responses read in full
     * @param deleted         records the repository marked deleted, skipped
     * @param resumptionToken when the harvest stopped before the end of the list (the request's limit, or a failure
     *                        after some pages), the token to go on from with {@code ?verb=ListRecords&resumptionToken=};
     *                        {@code null} when the list was read to its end or there is nothing to resume
     */
    public OaiHarvestResult {
        Objects.requireNonNull(report, "report");
        if (pages < 0 || deleted < 0) {
            throw new IllegalArgumentException("negative count: pages=" + pages + ", deleted=" + deleted);
        }
    }
}
