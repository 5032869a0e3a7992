package io.academichub.llm.briefing;

import java.util.Locale;

/** How a briefing was written. */
public enum BriefingPath {
    /** Every part by a language model. */
    LLM,
    /** No model: themes from term statistics, key sentences quoted from the abstracts. */
    EXTRACTIVE,
    /** A model wrote part of it; the rest (over budget, wrong language, unusable replies) is extractive. */
    MIXED;

    /**
     * The lower-case name used in the briefing's JSON: {@code llm}, {@code extractive}, {@code mixed}.
     *
     * @return the lower-case name used in the briefing's JSON: {@code llm}, {@code extractive}, {@code mixed}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
