package io.academichub.llm.internal;

import io.academichub.model.Paper;

import java.util.Locale;

/**
 * The field a paper belongs to, for telling when a theme crosses fields: the arXiv archive of its primary category
 * ({@code cs} for {@code cs.AI}, {@code quant-ph}, {@code q-bio}), or a journal's or bioRxiv's first subject as
 * written ({@code microbiology}). Two arXiv categories of one archive ({@code cs.AI}, {@code cs.LG}) are one field.
 * A paper with no category or subject gets {@link #UNKNOWN}: its source (a journal such as {@code nature}) says where
 * it was published, not what it is about, and a multidisciplinary journal publishes every field.
 * {@link FieldNames} gives the readable names.
 */
public final class PaperFields {

    /** The field of a paper that names none. */
    public static final String UNKNOWN = "unknown";

    private PaperFields() {
    }

    /**
     * The paper's field.
     *
     * @param paper the paper
     * @return the paper's field: an arXiv archive, a subject as written (lower case), or {@link #UNKNOWN}
     */
    public static String of(Paper paper) {
        String primary = paper.primaryCategory();
        if (primary == null || primary.isBlank()) {
            return UNKNOWN;
        }
        if ("arxiv".equals(paper.source()) || paper.id().isArxiv()) {
            int dot = primary.indexOf('.');
            return dot > 0 ? primary.substring(0, dot) : primary;
        }
        return primary.strip().toLowerCase(Locale.ROOT);
    }
}
