package io.academichub.internal;

/**
 * Fills the {@code {name}} placeholders of a template, as the per-language word tables (the radar's reasons, the
 * digest's labels) write their sentences. One pass over the template: a value that itself holds braces (a paper title
 * with "{n}") is inserted as it is, never read as a placeholder.
 */
public final class Placeholders {

    private Placeholders() {
    }

    /**
     * {@return the template with each placeholder replaced by its value}
     *
     * @param template        the text, with {@code {name}} placeholders
     * @param namesAndValues  name, value, name, value …
     * @throws IllegalArgumentException when the template names a placeholder that is not given (a table's mistake)
     */
    public static String fill(String template, String... namesAndValues) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open).append(value(template, template.substring(open + 1, close), namesAndValues));
            at = close + 1;
        }
        return out.toString();
    }

    private static String value(String template, String name, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return namesAndValues[i + 1];
            }
        }
        throw new IllegalArgumentException("'" + template + "' uses {" + name + "}, which is not given");
    }
}
