package io.academichub.llm.briefing;

import java.util.Objects;

/**
 * Why a part of a briefing was left to the extractive path. {@link BriefingLabels#reason} words it in the reader's
 * language for the briefing's notices; the prompts word it in English, with its detail, for the model's second try.
 *
 * @param cause what was wrong with the model's answer (or why none was asked)
 * @param retry what became of the one firmer retry
 */
record Fallback(Cause cause, Retry retry) {

    /** What was wrong. */
    enum Cause {
        /** The reply was JSON, but not of the schema asked for. */
        NOT_SCHEMA,
        /** The reply was not in the language asked for. */
        WRONG_LANGUAGE,
        /** Once grounded, the synthesis kept no theme or overview statement citing the papers given. */
        NOTHING_CITED,
        /** The reply was cut off by the token limit. */
        CUT_OFF,
        /** The reply was no usable JSON, even after the provider's one repair. */
        NOT_JSON,
        /** One paper is too long for the model's context. */
        PAPER_TOO_LONG,
        /** One note is too long for the model's context. */
        NOTE_TOO_LONG,
        /** The batches' syntheses together are too long to merge. */
        MERGE_TOO_LONG,
        /** The budget was spent before the synthesis could be asked. */
        BUDGET_SPENT
    }

    /** What became of the firmer retry. */
    enum Retry {
        /** None was tried (the cause is not one a firmer instruction can fix). */
        NONE,
        /** It was tried and failed the same way. */
        FAILED_TOO,
        /** The budget left no room for it. */
        NO_ROOM
    }

    Fallback {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(retry, "retry");
    }

    /** A cause no retry can fix. */
    static Fallback of(Cause cause) {
        return new Fallback(cause, Retry.NONE);
    }
}
