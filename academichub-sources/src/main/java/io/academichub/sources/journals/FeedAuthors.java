package io.academichub.sources.journals;

import io.academichub.model.Author;
import io.academichub.text.TexAccents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author names as feeds write them, into {@link Author}s:
 * <ul>
 *   <li>a whole byline in one {@code dc:creator}, as HighWire's journal and preprint feeds (bioRxiv's subject feeds)
 *       give it — {@code "Smith, J., Doe, A. B., van der Berg, K.-L."} or with semicolons — becomes one author per
 *       {@code Surname, Initials} pair, written {@code J. Smith};</li>
 *   <li>an e-mail address beside a name is dropped: {@code "Jane Doe (jdoe@example.org)"},
 *       {@code "Jane Doe <jdoe@example.org>"} and RSS 2.0's {@code "jdoe@example.org (Jane Doe)"} are Jane Doe; a bare
 *       address stays, as the only name there is;</li>
 *   <li>HTML and TeX accents become text; the same name twice is one author; a "name" with no letter or digit is
 *       dropped with a warning.</li>
 * </ul>
 */
final class FeedAuthors {

    // Initials: "J.", "A. B.", "J.-P.", "AB" (up to four capitals), each optionally dotted.
    private static final String INITIALS = "(?:\\p{Lu}\\.?(?:[ -]?\\p{Lu}\\.?){0,3})";
    private static final String SURNAME = "[^,;()<>@]+?";
    private static final Pattern BYLINE = Pattern.compile(
            "\\s*" + SURNAME + ",\\s*" + INITIALS + "(?:\\s*[,;]\\s*" + SURNAME + ",\\s*" + INITIALS + ")+\\s*[,;]?\\s*");
    private static final Pattern PAIR = Pattern.compile("(" + SURNAME + "),\\s*(" + INITIALS + ")\\s*(?:[,;]|$)");
    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    private static final Pattern NAME_THEN_EMAIL = Pattern.compile("(.+?)\\s*[(<]\\s*[^\\s()<>]+@[^\\s()<>]+\\s*[)>]");

    private FeedAuthors() {
    }

    /**
     * The authors of an item from the names the feed gave, in order.
     *
     * @param where   names the item in warnings ({@code "item 3 (https://…)"})
     * @param dropped told of each name dropped because it names nobody
     */
    static List<Author> of(List<String> raw, String where, Consumer<String> dropped) {
        Set<String> names = new LinkedHashSet<>();
        for (String r : raw) {
            if (r == null) {
                continue;
            }
            String text = FeedText.fromHtml(TexAccents.toUnicode(r));
            if (BYLINE.matcher(text).matches()) {
                Matcher pair = PAIR.matcher(text);
                while (pair.find()) {
                    names.add(pair.group(2).strip() + " " + pair.group(1).strip());
                }
            } else if (!text.isEmpty()) {
                names.add(withoutEmail(text));
            }
        }
        List<Author> authors = new ArrayList<>(names.size());
        for (String name : names) {
            if (Author.isName(name)) {
                authors.add(Author.of(name));
            } else {
                dropped.accept(where + ": author '" + name + "' dropped: it holds no letter or digit");
            }
        }
        return authors;
    }

    private static String withoutEmail(String text) {
        Matcher m = EMAIL_THEN_NAME.matcher(text);
        if (m.matches()) {
            return m.group(1).strip();
        }
        m = NAME_THEN_EMAIL.matcher(text);
        if (m.matches() && !m.group(1).isBlank()) {
            return m.group(1).strip();
        }
        return text;
    }
}
