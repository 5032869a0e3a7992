package io.academichub.sources.biorxiv;

import org.apache.commons.text.StringEscapeUtils;
import io.academichub.model.Author;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bioRxiv API's author list — one string, {@code "Sinha, A. K.; Lee, C."}, surname first — as {@link Author}s in
 * reading order ({@code A. K. Sinha}, {@code C. Lee}). A name without a comma (a consortium) is kept as written. The
 * corresponding author's institution becomes the affiliation of the first author whose surname and first initial
 * match the corresponding author's name ({@code "Anil K. Sinha"} matches {@code Sinha, A. K.}). HTML references
 * ({@code M&#252;ller}) are decoded before the list is split.
 */
final class BiorxivAuthors {

    private BiorxivAuthors() {
    }

    /**
     * @param list          the {@code authors} field
     * @param corresponding the {@code author_corresponding} field, or {@code null}
     * @param institution   the {@code author_corresponding_institution} field, or {@code null}
     */
    static List<Author> split(String list, String corresponding, String institution) {
        List<Author> authors = new ArrayList<>();
        if (list == null) {
            return authors;
        }
        String affiliation = BiorxivText.plain(institution);
        String[] wanted = affiliation == null ? null : surnameAndInitial(BiorxivText.plain(corresponding));
        // References first: the ';' of "M&#252;ller" is not a separator.
        for (String part : StringEscapeUtils.unescapeHtml4(list).split(";")) {
            String raw = BiorxivText.plain(part);
            if (raw == null) {
                continue; // "A, B.; ;" and a trailing ";" leave empty parts
            }
            int comma = raw.indexOf(',');
            String surname = comma < 0 ? raw : raw.substring(0, comma).strip();
            String given = comma < 0 ? "" : raw.substring(comma + 1).strip();
            String name = given.isEmpty() ? surname : surname.isEmpty() ? given : given + " " + surname;
            String aff = null;
            if (wanted != null && comma > 0 && matches(wanted, surname, given)) {
                aff = affiliation;
                wanted = null; // one corresponding author
            }
            authors.add(new Author(name, aff, null));
        }
        return authors;
    }

    /** The corresponding author's surname (last word) and first initial, folded for comparison; {@code null} if none. */
    private static String[] surnameAndInitial(String name) {
        if (name == null) {
            return null;
        }
        String[] words = name.split(" ");
        if (words.length < 2) {
            return null;
        }
        return new String[] {fold(words[words.length - 1]), fold(words[0]).substring(0, 1)};
    }

    private static boolean matches(String[] wanted, String surname, String given) {
        String s = fold(surname);
        String g = fold(given);
        // Compound surnames: "van der Berg, J." against "Jan van der Berg" compares the last word only.
        String lastWord = s.contains(" ") ? s.substring(s.lastIndexOf(' ') + 1) : s;
        return !g.isEmpty() && lastWord.equals(wanted[0]) && g.startsWith(wanted[1]);
    }

    /** Lower case without accents or punctuation, so {@code Pérez} and {@code Perez} compare equal. */
    private static String fold(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String folded = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
        return folded.isEmpty() ? " " : folded;
    }
}
