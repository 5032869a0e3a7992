package io.academichub.model;

import java.util.Objects;

/**
 * One author of a paper.
 *
 * @param name        the name as a person reads it, in Unicode ({@code "José Pérez"}); never blank
 * @param affiliation the affiliation, or {@code null} when the source gives none
 * @param orcid       the ORCID iD without URL prefix ({@code "0000-0002-1825-0097"}), or {@code null}
 *
 * <p>A name longer than {@value #MAX_NAME_CHARS} characters and an affiliation longer than
 * {@value #MAX_AFFILIATION_CHARS} are cut there, ending in {@code …}.
 */
public record Author(String name, String affiliation, String orcid) {

    /** Longest name an author holds; a longer one is cut. */
    public static final int MAX_NAME_CHARS = 1_000;
    /** Longest affiliation an author holds; a longer one is cut. */
    public static final int MAX_AFFILIATION_CHARS = 4_000;

    /**
     * Checks the components as described above.
     *
     * @param name        the name as a person reads it, in Unicode ({@code "José Pérez"}); never blank
     * @param affiliation the affiliation, or {@code null} when the source gives none
     * @param orcid       the ORCID iD without URL prefix ({@code "0000-0002-1825-0097"}), or {@code null}
     */
    public Author {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("author name is blank");
        }
        name = Paper.cut(name, MAX_NAME_CHARS);
        affiliation = Paper.cut(blankToNull(affiliation), MAX_AFFILIATION_CHARS);
        orcid = blankToNull(orcid);
    }

    /**
     * {@return an author known only by name}
     *
     * @param name the name as written
     */
    public static Author of(String name) {
        return new Author(name, null, null);
    }

    /**
     * {@return an author with an affiliation}
     *
     * @param name the name as written
     * @param affiliation the affiliation, or {@code null}
     */
    public static Author of(String name, String affiliation) {
        return new Author(name, affiliation, null);
    }

    /**
     * {@return whether {@code text} can name someone: it holds at least one letter or digit} Adapters drop (with a
     * warning) the "authors" that fail this — punctuation left over when a feed's author list was split in the wrong
     * place, such as arXiv's {@code ":"} from a collaboration written {@code "X Collaboration: A, B"}.
     *
     * @param text a name as a source wrote it
     */
    public static boolean isName(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
