package io.academichub.llm.briefing;

import java.util.Objects;

/**
 * A bridge between fields: a method, dataset or idea from one field used in, or useful to, another.
 *
 * @param idea      the method, dataset or idea, in a few words
 * @param fromField the field it comes from
 * @param toField   the field it is used in or useful to
 * @param statement what links them, citing a paper on each side where there is one
 * @param extractive whether the extractive path found it (a rare term that papers of two fields are about) rather
 *                   than a model
 */
public record Bridge(String idea, String fromField, String toField, Statement statement, boolean extractive) {

    /**
     * Checks the components as described above.
     *
     * @param idea      the method, dataset or idea, in a few words
     * @param fromField the field it comes from
     * @param toField   the field it is used in or useful to
     * @param statement what links them, citing a paper on each side where there is one
     * @param extractive whether the extractive path found it rather than a model
     */
    public Bridge {
        Objects.requireNonNull(idea, "idea");
        Objects.requireNonNull(fromField, "fromField");
        Objects.requireNonNull(toField, "toField");
        Objects.requireNonNull(statement, "statement");
        if (idea.isBlank()) {
            throw new IllegalArgumentException("a bridge needs an idea");
        }
    }

    /**
     * A bridge a model found.
     *
     * @param idea      the method, dataset or idea, in a few words
     * @param fromField the field it comes from
     * @param toField   the field it is used in or useful to
     * @param statement what links them
     */
    public Bridge(String idea, String fromField, String toField, Statement statement) {
        this(idea, fromField, toField, statement, false);
    }
}
