package io.academichub.radar;

import io.academichub.model.Paper;

import java.util.Objects;

/**
 * A paper a profile's filters removed, and why ("exclusion 'no surveys'", "category cs.CV is excluded").
 *
 * @param paper  the paper
 * @param reason the filter that removed it, in words, in the radar's language
 *               ({@link Radar.Builder#language(java.util.Locale)})
 */
public record Excluded(Paper paper, String reason) {

    /**
     * Checks that both components are present.
     *
     * @param paper the paper
     * @param reason the filter that removed it
     */
    public Excluded {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(reason, "reason");
    }
}
