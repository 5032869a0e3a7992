package io.academichub.llm.internal;

import io.academichub.model.Paper;

import java.util.Locale;

/**
 * The field a paper belongs to, for telling when a theme crosses fields: the arXiv archive of its primary category
 * ({@code cs} for {@code cs.AI}, {@code quant-ph}, {@code q-bio}), a journal's or bioRxiv's subject as written, or
 * else the source. Two arXiv categories of one archive ({@code cs.AI}, {@code cs.LG}) are one field.
 */
public final class PaperFields {

    private PaperFields() {
    }

    /**
     * The paper's field.
     *
     * @param paper the paper
     * @return the paper's field
     */
    public static String of(Paper paper) {
        String primary = paper.primaryCategory();
        if (primary == null || primary.isBlank()) {
            return paper.source();
        }
        if ("arxiv".equals(paper.source()) || paper.id().isArxiv()) {
            int dot = primary.indexOf('.');
            return dot > 0 ? primary.substring(0, dot) : primary;
        }
        return primary.strip().toLowerCase(Locale.ROOT);
    }
}
