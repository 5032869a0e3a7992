package io.academichub.llm.briefing;

import java.util.List;
import java.util.Objects;

/**
 * A theme that runs through several of the day's papers, possibly across fields.
 *
 * @param name       a short name ("quantum error correction"; the extractive path names it by its telling terms)
 * @param statements what the papers on this theme say, each citing them
 * @param papers     numbers of the papers behind the theme
 * @param fields     the fields those papers come from, largest first, named in the reader's language:
 *                   "computer science", "quantitative biology", or a journal's subject
 * @param extractive whether the extractive path found it (from term statistics) rather than a model
 */
public record Theme(String name, List<Statement> statements, List<Integer> papers, List<String> fields,
                    boolean extractive) {

    /**
     * Checks the components as described above.
     *
     * @param name       a short name ("quantum error correction"; the extractive path names it by its telling terms)
     * @param statements what the papers on this theme say, each citing them
     * @param papers     numbers of the papers behind the theme
     * @param fields     the fields those papers come from, largest first, named in the reader's language:
     *                   "computer science", "quantitative biology", or a journal's subject
     * @param extractive whether the extractive path found it (from term statistics) rather than a model
     */
    public Theme {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a theme needs a name");
        }
        statements = List.copyOf(statements);
        papers = List.copyOf(papers);
        fields = List.copyOf(fields);
    }

    /**
     * A theme a model found.
     *
     * @param name       a short name
     * @param statements what the papers on this theme say, each citing them
     * @param papers     numbers of the papers behind the theme
     * @param fields     the fields those papers come from, largest first
     */
    public Theme(String name, List<Statement> statements, List<Integer> papers, List<String> fields) {
        this(name, statements, papers, fields, false);
    }

    /**
     * Whether the theme's papers come from more than one field.
     *
     * @return whether the theme's papers come from more than one field
     */
    public boolean crossesFields() {
        return fields.size() > 1;
    }
}
