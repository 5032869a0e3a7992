package io.academichub.radar;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason a paper is on a profile's list, in words a person reads: English unless the radar was given another
 * language ({@link Radar.Builder#language(java.util.Locale)}); the kind and the contribution are the same in every
 * language.
 *
 * @param kind         what kind of evidence it is
 * @param text         the sentence, e.g. {@code interest 'codes' matched "surface code" in the title: A **surface
 *                     code** decoder …}; matched words are marked {@code **like this**}
 * @param contribution the component's value in the score formula (see {@link Radar}): in [0, 1] for evidence, the
 *                     fraction taken off (negative) for a dismissal, the final score for {@link Kind#SCORE}
 */
public record Reason(Kind kind, String text, double contribution) {

    /**
     * {@return the text without the marks around matched words}, for plain-text readers (an HTML note, a feed
     * summary): {@code A **surface code** decoder} → {@code A surface code decoder}
     */
    public String plainText() {
        return String.join("", parts());
    }

    /**
     * {@return the text cut at its marks: plain, marked, plain, … — even positions plain, odd ones marked; one part
     * when nothing is marked}, for a reader that shows the matched words its own way ({@code <b>} in a feed, kept
     * {@code **} around escaped Markdown). A mark left open (a quotation cut short inside one, {@code **L…}) runs
     * to the end: the last part is then a marked one.
     */
    public List<String> parts() {
        return List.of(text.split("\\*\\*", -1));
    }

    /** What a reason is about. */
    public enum Kind {
        /** an interest's query matched */
        INTEREST,
        /** a followed author is on the byline */
        AUTHOR,
        /** the paper is like a seed paper (or a liked one) */
        SEED,
        /** the paper resembles one the reader dismissed */
        FEEDBACK,
        /** the final score and how it was made */
        SCORE;

        /**
         * The lower-case name used in JSON.
         *
         * @return {@code interest}, {@code author}, {@code seed}, {@code feedback} or {@code score}
         */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Checks that the kind and text are present.
     *
     * @param kind what kind of evidence
     * @param text the sentence
     * @param contribution the component's value in the score formula
     */
    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
