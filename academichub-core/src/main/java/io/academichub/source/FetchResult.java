package io.academichub.source;

import io.academichub.model.Paper;

import java.util.List;
import java.util.Objects;

/**
 * What one source delivered: its papers and the report on how the fetch went.
 *
 * @param papers the papers received, possibly fewer than expected when the report says PARTIAL
 * @param report the report
 */
public record FetchResult(List<Paper> papers, SourceReport report) {

    /**
     * Checks the components as described above, and copies the collections (the record is immutable).
     *
     * @param papers the papers received, possibly fewer than expected when the report says PARTIAL
     * @param report the report
     */
    public FetchResult {
        papers = List.copyOf(papers);
        Objects.requireNonNull(report, "report");
    }
}
