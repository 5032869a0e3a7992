package io.academichub.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One option a source kind takes, as its {@link SourceProvider#options()} declares it: the key, the type of its
 * value, its default and what it does. The registry refuses a key no declaration names, listing the valid ones, and
 * a value that is not of the declared type; {@code academichub sources} lists the declarations.
 *
 * <pre>{@code
 * public List<SourceOption> options() {
 *     return List.of(SourceOption.number("rows", "100", "works per request, 1 to 1000"),
 *             SourceOption.text("mailto", "the contact address", "Crossref's polite-pool address"));
 * }
 * }</pre>
 *
 * @param key          the option's name, as in {@code --option crossref.rows=500}
 * @param type         what its value is
 * @param defaultValue the value when it is not set, in words ({@code "100"}, {@code "the contact address"}), or
 *                     {@code null} for none
 * @param description  what it does, one line
 */
public record SourceOption(String key, Type type, String defaultValue, String description) {

    /** The option every kind takes: a base URL that replaces the service's (a mirror, a test server). */
    public static final SourceOption BASE_URL = text(SourceConfig.BASE_URL, null,
            "a base URL replacing the service's (a mirror, a test server)");

    /** The option every kind takes: the operator's contact address, for services that ask for one. */
    public static final SourceOption CONTACT = text(SourceConfig.CONTACT, null,
            "your contact address (e-mail), for services that ask for one");

    /** What an option's value is. */
    public enum Type {
        /** Any text. */
        TEXT,
        /** A whole number. */
        NUMBER;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Checks the components as described above.
     *
     * @param key          the option's name, as in {@code --option crossref.rows=500}
     * @param type         what its value is
     * @param defaultValue the value when it is not set, in words ({@code "100"}, {@code "the contact address"}), or
     *                     {@code null} for none
     * @param description  what it does, one line
     */
    public SourceOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (key.isBlank() || !key.equals(key.strip())) {
            throw new IllegalArgumentException("option key is blank or padded: '" + key + "'");
        }
    }

    /**
     * {@return a text option}
     *
     * @param key the option's key, as in {@code --option KIND.KEY=VALUE}
     * @param defaultValue the default as listings show it, or {@code null} when there is none
     * @param description one line for listings
     */
    public static SourceOption text(String key, String defaultValue, String description) {
        return new SourceOption(key, Type.TEXT, defaultValue, description);
    }

    /**
     * {@return a whole-number option}
     *
     * @param key the option's key, as in {@code --option KIND.KEY=VALUE}
     * @param defaultValue the default as listings show it, or {@code null} when there is none
     * @param description one line for listings
     */
    public static SourceOption number(String key, String defaultValue, String description) {
        return new SourceOption(key, Type.NUMBER, defaultValue, description);
    }

    /** {@return one line for listings: {@code rows (number, default 100): works per request, 1 to 1000}} */
    public String summary() {
        return key + " (" + type + (defaultValue == null ? "" : ", default " + defaultValue) + "): " + description;
    }

    /**
     * Checks options against a kind's declarations: every key is declared (or one every kind takes) and every value
     * is of its type.
     *
     * @param kind     the kind's id, named in the message
     * @param declared what the kind declares
     * @param options the options given, by key
     * @throws IllegalArgumentException naming the unknown key and listing the valid ones, or naming the bad value
     */
    public static void check(String kind, List<SourceOption> declared, Map<String, String> options) {
        List<SourceOption> all = new ArrayList<>(declared);
        all.add(BASE_URL);
        all.add(CONTACT);
        for (Map.Entry<String, String> option : options.entrySet()) {
            SourceOption spec = all.stream().filter(o -> o.key.equals(option.getKey())).findFirst().orElse(null);
            if (spec == null) {
                TreeSet<String> valid = new TreeSet<>();
                all.forEach(o -> valid.add(o.key));
                throw new IllegalArgumentException("unknown option '" + option.getKey() + "' for source kind " + kind
                        + "; valid options: " + String.join(", ", valid));
            }
            if (spec.type == Type.NUMBER && option.getValue() != null && !option.getValue().isBlank()) {
                SourceConfig.wholeNumber(spec.key, option.getValue());
            }
        }
    }
}
