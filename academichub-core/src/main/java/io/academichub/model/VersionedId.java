package io.academichub.model;

import java.util.Objects;

/**
 * A canonical {@link PaperId} together with the arXiv version an identifier named, as in {@code 2606.20005v3}.
 *
 * @param id      the canonical id (never versioned)
 * @param version the version, {@code >= 1}, or {@code 0} when the identifier named none
 */
public record VersionedId(PaperId id, int version) {

    /**
     * Checks the components as described above.
     *
     * @param id      the canonical id (never versioned)
     * @param version the version, {@code >= 1}, or {@code 0} when the identifier named none
     */
    public VersionedId {
        Objects.requireNonNull(id, "id");
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0: " + version);
        }
    }
}
