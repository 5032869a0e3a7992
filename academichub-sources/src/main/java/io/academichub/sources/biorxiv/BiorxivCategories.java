package io.academichub.sources.biorxiv;

import org.apache.commons.text.StringEscapeUtils;
import io.academichub.text.CleanText;

import java.util.regex.Pattern;

/**
 * Subject categories as the servers name them. The API writes them with spaces ({@code "animal behavior and
 * cognition"}), which is what {@link io.academichub.model.Paper#categories()} holds, and takes them with underscores
 * ({@code ?category=animal_behavior_and_cognition}), which is the form of a source's argument and id.
 */
final class BiorxivCategories {

    private static final Pattern ARGUMENT = Pattern.compile("[a-z]+(?:[ _]+[a-z]+)*");

    private BiorxivCategories() {
    }

    /** The category of an API record as clean text ({@code "cell  biology"} → {@code cell biology}), or {@code null}. */
    static String fromWire(String category) {
        String folded = CleanText.foldWhitespace(StringEscapeUtils.unescapeHtml4(category));
        return folded == null || folded.isEmpty() ? null : folded;
    }

    /**
     * A category a user configured, checked and in the underscore form, or {@code null} when blank (every category).
     *
     * @throws IllegalArgumentException when it is not lower-case words joined by underscores or spaces
     */
    static String fromArgument(String argument) {
        if (argument == null || argument.isBlank()) {
            return null;
        }
        String a = argument.strip();
        if (!ARGUMENT.matcher(a).matches()) {
            throw new IllegalArgumentException("a bioRxiv/medRxiv category is lower-case words joined by '_' or ' ', "
                    + "as the servers name them (bioinformatics, animal_behavior_and_cognition): '" + argument + "'");
        }
        return a.replaceAll("[ _]+", "_");
    }
}
