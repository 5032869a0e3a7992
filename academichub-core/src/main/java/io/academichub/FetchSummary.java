package io.academichub;

import io.academichub.model.Paper;
import io.academichub.source.SourceReport;
import io.academichub.source.Status;

import java.util.List;

/**
 * What {@link AcademicHub#fetch} delivered: the merged papers of every source, one report per source in the order
 * the sources were added, which records were merged into one paper, and warnings about the fetch as a whole.
 *
 * @param papers   the papers, merged across sources, in order of first appearance
 * @param reports  one report per source
 * @param merges   one entry per paper made of two or more records (cross-listings, preprint and published version)
 * @param warnings things that went wrong outside any one source, such as records that could not be merged and are
 *                 kept as separate papers; each source's own warnings are in its report
 */
public record FetchSummary(List<Paper> papers, List<SourceReport> reports, List<PaperMerger.Merge> merges,
                           List<String> warnings) {

    /**
     * Checks the components as described above, and copies the collections (the record is immutable).
     *
     * @param papers   the papers, merged across sources, in order of first appearance
     * @param reports  one report per source
     * @param merges   one entry per paper made of two or more records (cross-listings, preprint and published version)
     * @param warnings things that went wrong outside any one source, such as records that could not be merged and are
     *                 kept as separate papers; each source's own warnings are in its report
     */
    public FetchSummary {
        papers = List.copyOf(papers);
        reports = List.copyOf(reports);
        merges = List.copyOf(merges);
        warnings = List.copyOf(warnings);
    }

    /**
     * A summary without warnings.
     *
     * @param papers the merged papers
     * @param reports one report per source, in the order the sources were configured
     * @param merges which records were merged into which paper
     */
    public FetchSummary(List<Paper> papers, List<SourceReport> reports, List<PaperMerger.Merge> merges) {
        this(papers, reports, merges, List.of());
    }

    /**
     * A summary without merge notes or warnings.
     *
     * @param papers the merged papers
     * @param reports one report per source, in the order the sources were configured
     */
    public FetchSummary(List<Paper> papers, List<SourceReport> reports) {
        this(papers, reports, List.of());
    }

    /** {@return whether every source succeeded (OK or NO_ANNOUNCEMENT)} */
    public boolean allSucceeded() {
        return reports.stream().allMatch(r -> r.status().isSuccess());
    }

    /** {@return whether every source failed outright (nothing at all was fetched)} */
    public boolean allFailed() {
        return !reports.isEmpty() && reports.stream().allMatch(r -> r.status() == Status.FAILED
                || r.status() == Status.RATE_LIMITED);
    }
}
