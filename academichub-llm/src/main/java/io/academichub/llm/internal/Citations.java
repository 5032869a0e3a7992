package io.academichub.llm.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citation markers in text: {@code [3]}, {@code [3, 7]}, {@code [3; 7]}, {@code [3-5]}. A briefing keeps its
 * citations apart from the words ({@code Statement}); this class takes them out of a model's sentence, or out of a
 * sentence quoted from an abstract, where a bracketed number points into that paper's own bibliography and means
 * nothing here. A bracket right after a letter or digit ({@code x[0]}) is an index, not a citation.
 */
public final class Citations {

    private static final Pattern MARKER = Pattern.compile(
            "\\s*(?<![A-Za-z0-9_\\\\])\\[\\s*(\\d{1,5}(?:\\s*(?:[,;]|[-–])\\s*\\d{1,5})*)\\s*]");
    private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d{1,5})\\s*[-–]\\s*(\\d{1,5})|(\\d{1,5})");
    private static final int MAX_RANGE = 50;

    /**
     * A text with its citation markers taken out.
     *
     * @param text    the words, markers removed and white space tidied
     * @param numbers every number cited, in order of first appearance, without repeats
     */
    public record Extracted(String text, List<Integer> numbers) {
    }

    private Citations() {
    }

    /**
     * Takes the citation markers out of {@code text}.
     *
     * @param text the text
     * @return the words without the markers, and the numbers cited
     */
    public static Extracted extract(String text) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            Matcher n = NUMBER_OR_RANGE.matcher(m.group(1));
            while (n.find()) {
                if (n.group(3) != null) {
                    numbers.add(Integer.parseInt(n.group(3)));
                } else {
                    int from = Integer.parseInt(n.group(1));
                    int to = Integer.parseInt(n.group(2));
                    if (to >= from && to - from <= MAX_RANGE) {
                        for (int i = from; i <= to; i++) {
                            numbers.add(i);
                        }
                    } else {
                        numbers.add(from); // a reversed or huge range: keep its ends, to be checked like any other
                        numbers.add(to);
                    }
                }
            }
            m.appendReplacement(out, "");
        }
        m.appendTail(out);
        return new Extracted(tidy(out.toString()), new ArrayList<>(numbers));
    }

    /**
     * {@code text} without citation markers.
     *
     * @param text the text
     * @return {@code text} without citation markers
     */
    public static String strip(String text) {
        return extract(text).text();
    }

    /** Folds white space and removes the space a removed marker left before punctuation. */
    private static String tidy(String text) {
        return text.replaceAll("\\s+", " ").replaceAll(" ([.,;:!?。，；：！？）)])", "$1").replaceAll("\\(\\s*\\)", "")
                .strip();
    }
}
