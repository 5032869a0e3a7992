package io.academichub.llm.briefing;

import io.academichub.model.Paper;

import java.util.Objects;

/**
 * A paper as the briefing numbers and summarises it; the number is what citations {@code [n]} refer to.
 *
 * @param number     the paper's number, from 1, in input order
 * @param paper      the paper
 * @param field      the field it belongs to (an arXiv archive such as {@code cs}, or a journal's subject)
 * @param tldr       one line saying what the paper does, in the reader's language (the extractive path quotes the
 *                   abstract's key sentence, in the abstract's language)
 * @param extractive whether {@code tldr} was picked from the abstract rather than written by a model
 */
public record BriefedPaper(int number, Paper paper, String field, String tldr, boolean extractive) {

    /**
     * Checks the components as described above.
     *
     * @param number     the paper's number, from 1, in input order
     * @param paper      the paper
     * @param field      the field it belongs to (an arXiv archive such as {@code cs}, or a journal's subject)
     * @param tldr       one line saying what the paper does, in the reader's language (the extractive path quotes the
     *        abstract's key sentence, in the abstract's language)
     * @param extractive whether {@code tldr} was picked from the abstract rather than written by a model
     */
    public BriefedPaper {
        if (number < 1) {
            throw new IllegalArgumentException("paper numbers start at 1: " + number);
        }
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(tldr, "tldr");
    }
}
