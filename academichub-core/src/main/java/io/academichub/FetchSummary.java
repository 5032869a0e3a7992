package io.academichub;

import io.academichub.model.Paper;
import io.academichub.source.SourceReport;
import io.academichub.source.Status;

import java.util.List;

/**
 * What {@link AcademicHub#fetch} delivered: the merged papers of every source, one report per source in the order
 * the sources were added, and which records were merged into one paper.
 *
 * @param papers  the papers, merged across sources, in order of first appearance
 * @param reports one report per source
 * @param merges  one entry per paper made of two or more records (cross-listings, preprint and published version)
 */
public record FetchSummary(List<Paper> papers, List<SourceReport> reports, List<PaperMerger.Merge> merges) {

    public FetchSummary {
        papers = List.copyOf(papers);
        reports = List.copyOf(reports);
        merges = List.copyOf(merges);
    }

    /** A summary without merge notes. */
    public FetchSummary(List<Paper> papers, List<SourceReport> reports) {
        this(papers, reports, List.of());
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
