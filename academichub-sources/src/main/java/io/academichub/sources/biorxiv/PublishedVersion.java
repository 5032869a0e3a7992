package io.academichub.sources.biorxiv;

import io.academichub.model.PaperId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A bioRxiv or medRxiv preprint and the journal article it became, as the API's {@code /pubs/} endpoint links them.
 *
 * @param preprint      the preprint's id ({@code doi:10.1101/…})
 * @param published     the journal article's id ({@code doi:10.1038/…})
 * @param journal       the journal's name as the API gives it, or {@code null}
 * @param preprintDate  when the preprint was posted, or {@code null} when the API did not say
 * @param publishedDate when the article was published, or {@code null} when the API did not say
 */
public record PublishedVersion(PaperId preprint, PaperId published, String journal, LocalDate preprintDate,
                               LocalDate publishedDate) {

    /**
     * Checks the components as described above.
     *
     * @param preprint      the preprint's id ({@code doi:10.1101/…})
     * @param published     the journal article's id ({@code doi:10.1038/…})
     * @param journal       the journal's name as the API gives it, or {@code null}
     * @param preprintDate  when the preprint was posted, or {@code null} when the API did not say
     * @param publishedDate when the article was published, or {@code null} when the API did not say
     */
    public PublishedVersion {
        Objects.requireNonNull(preprint, "preprint");
        Objects.requireNonNull(published, "published");
        if (preprint.equals(published)) {
            throw new IllegalArgumentException("a preprint is not its own published version: " + preprint);
        }
        if (journal != null && journal.isBlank()) {
            journal = null;
        }
    }
}
