package io.academichub;

import io.academichub.model.Paper;
import io.academichub.source.SourceReport;
import io.academichub.source.Status;

import java.util.List;

/**
 * What {@link AcademicHub#fetch} delivered: the merged papers of every source, and one report per source in the
 * order the sources were added.
 *
 * @param papers  the papers, merged across sources, in order of first appearance
 * @param reports one report per source
 */
public record FetchSummary(List<Paper> papers, List<SourceReport> reports) {

    public FetchSummary {
        papers = List.copyOf(papers);
        reports = List.copyOf(reports);
    }

    /** Whether every source succeeded (OK or NO_ANNOUNCEMENT). */
    public boolean allSucceeded() {
        return reports.stream().allMatch(r -> r.status().isSuccess());
    }

    /** Whether every source failed outright (nothing at all was fetched). */
    public boolean allFailed() {
        return !reports.isEmpty() && reports.stream().allMatch(r -> r.status() == Status.FAILED
                || r.status() == Status.RATE_LIMITED);
    }
}
