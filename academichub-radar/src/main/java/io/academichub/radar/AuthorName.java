package io.academichub.radar;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A person's name reduced to what survives the ways feeds write it: accents folded, case ignored, "Last, First"
 * turned around, given names kept as words or initials. "Y. LeCun", "Yann LeCun", "LeCun, Yann" and "Yann Le Cun"
 * are one person; "Yann LeCun" and "Yves LeCun" are not, and "Y. LeCun" matches both (the initial is all it says).
 */
final class AuthorName {

    private final String display;
    private final String surname;
    private final List<String> given; // words or single-letter initials, lower case, accents folded

    private AuthorName(String display, String surname, List<String> given) {
        this.display = display;
        this.surname = surname;
        this.given = given;
    }

    /**
     * Reads a name as people write it.
     *
     * @throws IllegalArgumentException when no surname is left (blank, or only initials)
     */
    static AuthorName parse(String name) {
        Objects.requireNonNull(name, "name");
        String display = name.strip();
        String text = fold(display);
        List<String> surnameWords;
        List<String> givenWords;
        int comma = text.indexOf(',');
        if (comma >= 0) { // "LeCun, Yann"
            surnameWords = words(text.substring(0, comma));
            givenWords = words(text.substring(comma + 1));
        } else {
            List<String> all = words(text);
            if (all.isEmpty()) {
                throw new IllegalArgumentException("not a name: '" + name + "'");
            }
            // The surname is the last word, with lower-case particles before it ("van der Berg", "de Souza").
            int start = all.size() - 1;
            while (start > 0 && PARTICLES.contains(all.get(start - 1))) {
                start--;
            }
            surnameWords = all.subList(start, all.size());
            givenWords = all.subList(0, start);
        }
        String surname = String.join("", surnameWords);
        if (surname.length() < 2) {
            throw new IllegalArgumentException("no surname in '" + name + "'");
        }
        List<String> given = new ArrayList<>();
        for (String w : givenWords) {
            given.add(w);
        }
        return new AuthorName(display, surname, List.copyOf(given));
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of(
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "ter", "ten");

    /** As the profile wrote it. */
    String display() {
        return display;
    }

    /**
     * Whether the two names can be the same person: same surname (particles and spaces ignored), and given names
     * that agree as far as both go (an initial agrees with any word it starts).
     */
    boolean sameAs(AuthorName other) {
        if (!surname.equals(other.surname)) {
            return false;
        }
        int n = Math.min(given.size(), other.given.size());
        for (int i = 0; i < n; i++) {
            String a = given.get(i);
            String b = other.given.get(i);
            if (a.length() == 1 || b.length() == 1) {
                if (a.charAt(0) != b.charAt(0)) {
                    return false;
                }
            } else if (!a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    /** The folded surname: the key to look a name up by. */
    String surnameKey() {
        return surname;
    }

    /**
     * The surname key of a byline name, or {@code null} when it has none (a collaboration's initials, a blank): what
     * a followed author's {@link #surnameKey()} must equal for {@link #sameAs} to hold.
     */
    static String surnameKeyOf(String name) {
        try {
            return parse(name).surname;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The name's letters and digits, folded as {@link #parse} folds them (accents, "ł", "ø", "ß" as "ss", case): a
     * byline name whose letters hold a followed author's {@link #surnameKey()} is worth parsing. Run for every byline
     * name, so a name in ASCII skips the folding.
     */
    static String letters(String name) {
        String s = name;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                s = fold(name);
                break;
            }
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace("ß", "ss").toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        // "J.-P." and "Jean-Pierre" split into initials/words; dots and hyphens separate.
        for (String w : s.split("[\\s.\\-]+")) {
            String letters = w.replaceAll("[^\\p{L}\\p{N}']", "").replace("'", "");
            if (!letters.isEmpty()) {
                out.add(letters);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return display;
    }
}
