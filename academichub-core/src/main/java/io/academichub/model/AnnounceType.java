package io.academichub.model;

import java.util.Locale;

/**
 * Why a paper appears in today's announcement, as arXiv says it: a new submission, a cross-list from
 * another category, a replacement (new version), or a replaced cross-list. Sources that do not announce
 * (journals, the query API) use {@link #UNKNOWN}.
 */
public enum AnnounceType {
    /** A new submission, announced for the first time. */
    NEW("new"),
    /** A cross-list: announced in a category other than its primary one. */
    CROSS("cross"),
    /** A new version of a paper announced before. */
    REPLACE("replace"),
    /** A new version of a paper cross-listed into this category. */
    REPLACE_CROSS("replace-cross"),
    /** The source does not announce (journals, the query API, harvests). */
    UNKNOWN("unknown");

    private final String wireName;

    AnnounceType(String wireName) {
        this.wireName = wireName;
    }

    /** {@return the name used in arXiv feeds and in the Paper JSON, e.g. {@code "replace-cross"}} */
    public String wireName() {
        return wireName;
    }

    /**
     * Reads an announce type as arXiv writes it ({@code new}, {@code cross}, {@code replace},
     * {@code replace-cross}); case and surrounding white space do not matter.
     *
     * @param text the name as arXiv writes it, e.g. {@code replace-cross}
     * @return the announce type
     * @throws IllegalArgumentException if the text names no announce type
     */
    public static AnnounceType fromWireName(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (AnnounceType type : values()) {
            if (type.wireName.equals(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown announce type: '" + text + "'");
    }
}
