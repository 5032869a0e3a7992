package io.academichub.llm.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import io.academichub.llm.internal.Citations;
import io.academichub.llm.internal.FieldNames;
import io.academichub.llm.internal.ThinkingText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a model's synthesis against the papers it was given: every {@code [n]} must name one of them. A citation to
 * any other number is removed; a statement left with no valid citation (or that never had one) is dropped; a theme
 * keeps only the given papers, a reading pick must name one, a bridge needs its statement. What was removed is
 * counted for the briefing's metadata. Thinking text and the markers themselves never reach the statements' words.
 */
final class Grounding {

    /**
     * A synthesis in the briefing's structure.
     *
     * @param title the model's title, possibly empty
     */
    record Parts(String title, List<Statement> overview, List<Theme> themes, List<Bridge> bridges,
                 List<ReadingPick> readFirst) {
    }

    private final Set<Integer> allowed;
    private final List<String> fields;
    private final String language;
    private int citationsRemoved;
    private int statementsRemoved;

    /**
     * @param allowed  the numbers of the papers this synthesis was written on
     * @param fields   the field of every paper of the briefing, by number - 1 (as {@code PaperFields} gives it)
     * @param language the reader's language, for the fields' names
     */
    Grounding(Set<Integer> allowed, List<String> fields, String language) {
        this.allowed = Set.copyOf(allowed);
        this.fields = fields;
        this.language = language;
    }

    int citationsRemoved() {
        return citationsRemoved;
    }

    int statementsRemoved() {
        return statementsRemoved;
    }

    /** The synthesis in {@code json} (following {@link Prompts#SYNTHESIS_SCHEMA}), grounded. */
    Parts ground(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the synthesis is not a JSON object");
        }
        String title = clean(json.path("title").asText(""));
        List<Statement> overview = new ArrayList<>();
        for (JsonNode s : json.path("overview")) {
            statement(s.asText("")).ifPresent(overview::add);
        }
        List<Theme> themes = new ArrayList<>();
        for (JsonNode t : json.path("themes")) {
            String name = Citations.strip(clean(t.path("name").asText("")));
            List<Statement> statements = new ArrayList<>();
            for (JsonNode s : t.path("statements")) {
                statement(s.asText("")).ifPresent(statements::add);
            }
            Set<Integer> papers = new LinkedHashSet<>();
            for (JsonNode n : t.path("papers")) {
                if (n.canConvertToInt() && allowed.contains(n.asInt())) {
                    papers.add(n.asInt());
                } else {
                    citationsRemoved++;
                }
            }
            statements.forEach(s -> papers.addAll(s.citations()));
            if (!name.isEmpty() && !papers.isEmpty()) {
                List<Integer> sorted = papers.stream().sorted().toList();
                themes.add(new Theme(name, statements, sorted, fieldsBySize(sorted)));
            } else {
                statementsRemoved += statements.size();
            }
        }
        List<Bridge> bridges = new ArrayList<>();
        for (JsonNode b : json.path("bridges")) {
            Optional<Statement> s = statement(b.path("statement").asText(""));
            String idea = Citations.strip(clean(b.path("idea").asText("")));
            // the prompt gives fields as arXiv archive codes, which a model often answers with: named as the
            // extractive path names them ("cs" → "computer science"); any other answer is kept as written
            String from = FieldNames.of(Citations.strip(clean(b.path("from").asText(""))), language);
            String to = FieldNames.of(Citations.strip(clean(b.path("to").asText(""))), language);
            if (s.isPresent() && !idea.isEmpty() && !from.isEmpty() && !to.isEmpty()) {
                bridges.add(new Bridge(idea, from, to, s.get()));
            } else if (s.isPresent()) {
                statementsRemoved++;
            }
        }
        List<ReadingPick> readFirst = new ArrayList<>();
        Set<Integer> picked = new LinkedHashSet<>();
        for (JsonNode r : json.path("readFirst")) {
            JsonNode paper = r.path("paper");
            if (!paper.canConvertToInt() || !allowed.contains(paper.asInt())) {
                citationsRemoved++;
                statement(r.path("why").asText("")).ifPresent(s -> statementsRemoved++);
                continue;
            }
            int n = paper.asInt();
            Citations.Extracted why = Citations.extract(clean(r.path("why").asText("")));
            List<Integer> cited = new ArrayList<>();
            cited.add(n); // the pick names its paper; the reason cites it and whatever else it rests on
            for (int c : why.numbers()) {
                if (!allowed.contains(c)) {
                    citationsRemoved++;
                } else if (c != n) {
                    cited.add(c);
                }
            }
            if (why.text().isEmpty()) {
                continue;
            }
            if (picked.add(n)) {
                readFirst.add(new ReadingPick(n, new Statement(why.text(), cited)));
            }
        }
        return new Parts(title, overview, themes, bridges, readFirst);
    }

    /** A statement from a model's sentence with {@code [n]} markers, or empty when no valid citation is left. */
    Optional<Statement> statement(String sentence) {
        Citations.Extracted e = Citations.extract(clean(sentence));
        if (e.text().isEmpty()) {
            return Optional.empty();
        }
        List<Integer> valid = new ArrayList<>();
        for (int n : e.numbers()) {
            if (allowed.contains(n)) {
                valid.add(n);
            } else {
                citationsRemoved++;
            }
        }
        if (valid.isEmpty()) {
            statementsRemoved++;
            return Optional.empty();
        }
        return Optional.of(new Statement(e.text(), valid));
    }

    /** The words a reader reads in {@code parts} (statements, no names), for the language check. */
    static String prose(Parts parts) {
        StringBuilder s = new StringBuilder();
        parts.overview().forEach(x -> s.append(x.text()).append('\n'));
        parts.themes().forEach(t -> t.statements().forEach(x -> s.append(x.text()).append('\n')));
        parts.bridges().forEach(b -> s.append(b.statement().text()).append('\n'));
        parts.readFirst().forEach(r -> s.append(r.why().text()).append('\n'));
        return s.toString();
    }

    /** A grounded synthesis as text with {@code [n]} markers, as the merge step reads it. */
    static String render(Parts parts) {
        StringBuilder s = new StringBuilder();
        if (!parts.title().isEmpty()) {
            s.append("Title: ").append(parts.title()).append('\n');
        }
        parts.overview().forEach(x -> s.append("Overview: ").append(cited(x)).append('\n'));
        for (Theme t : parts.themes()) {
            s.append("Theme: ").append(t.name()).append(" (papers ").append(marks(t.papers())).append(")\n");
            t.statements().forEach(x -> s.append("  - ").append(cited(x)).append('\n'));
        }
        for (Bridge b : parts.bridges()) {
            s.append("Bridge: ").append(b.idea()).append(" (").append(b.fromField()).append(" -> ")
                    .append(b.toField()).append("): ").append(cited(b.statement())).append('\n');
        }
        for (ReadingPick r : parts.readFirst()) {
            s.append("Read first: [").append(r.paper()).append("] ").append(cited(r.why())).append('\n');
        }
        return s.toString().strip();
    }

    private static String cited(Statement s) {
        return s.text() + " " + marks(s.citations());
    }

    private static String marks(List<Integer> numbers) {
        return numbers.stream().map(n -> "[" + n + "]").collect(Collectors.joining(""));
    }

    private List<String> fieldsBySize(List<Integer> papers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int p : papers) {
            counts.merge(fields.get(p - 1), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> FieldNames.of(e.getKey(), language))
                .toList();
    }

    private static String clean(String text) {
        return ThinkingText.strip(text).replaceAll("\\s+", " ").strip();
    }
}
