package io.academichub.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson's parse and mapping failures, of JSON and of YAML, as a person reads them: the line and column, and one
 * line of plain words ({@code expected text, found a list}, {@code the file is empty}, {@code this line's
 * indentation does not match the lines above it}), never a Java type, a token name or a second line. Readers of
 * Paper JSON lines, radar profiles and the daily configuration put the file's name in front.
 *
 * <p>Jackson's own {@code getMessage()} appends a {@code [Source: …]} location on a second line, and its original
 * message names Java types ({@code Cannot deserialize value of type `java.lang.String` from Array value}); YAML
 * syntax errors carry SnakeYAML's multi-line text with the offending line drawn under a caret. This class reads
 * {@link JsonProcessingException#getOriginalMessage()} and {@link JsonProcessingException#getLocation()} instead.
 */
public final class JsonProblems {

    /** SnakeYAML's mark line: {@code  in 'reader', line 4, column 9:}. */
    private static final Pattern YAML_MARK = Pattern.compile("^ in '[^']*', line (\\d+), column (\\d+):?$",
            Pattern.MULTILINE);
    private static final Pattern FOUND = Pattern.compile("(?:from|coerce) (Array|Object|String|Number|Integer"
            + "|Floating-point|Boolean|Null|Embedded Object) value");
    /** The text Jackson quotes after {@code String value}: {@code ('arxiv:cs.AI')} or {@code ("heavy")}. */
    private static final Pattern FOUND_TEXT = Pattern.compile("String value \\((['\"])(.*?)\\1\\)");
    private static final String NO_CONTENT = "No content to map due to end-of-input";
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile(
            "^Unexpected character \\('(.+?)' \\(code \\d+\\)\\):? ?(?:was expecting |expected )?(.*)$");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)'");

    private JsonProblems() {
    }

    /**
     * Where the problem is, to put in front of {@link #reason}: {@code "qec.yaml line 4, column 12: "}, or
     * {@code "qec.yaml: "} when Jackson knows no line.
     *
     * @param name the file (or other input) as the user named it
     * @param e    the failure
     * @return the name, line and column, ending in {@code ": "}
     */
    public static String at(String name, JsonProcessingException e) {
        int[] place = place(e);
        if (place[0] < 1) {
            return name + ": ";
        }
        return name + " line " + place[0] + (place[1] > 0 ? ", column " + place[1] : "") + ": ";
    }

    /**
     * The line the problem is on (1 for the first), or 0 when Jackson does not know it.
     *
     * @param e the failure
     * @return the line, from 1; or 0
     */
    public static int line(JsonProcessingException e) {
        return place(e)[0];
    }

    /**
     * The column the problem is at (1 for the first character), or 0 when Jackson does not know it.
     *
     * @param e the failure
     * @return the column, from 1; or 0
     */
    public static int column(JsonProcessingException e) {
        return place(e)[1];
    }

    /**
     * What is wrong, in one line of plain words without the place.
     *
     * @param e the failure
     * @return e.g. {@code expected text, found a list}
     */
    public static String reason(JsonProcessingException e) {
        JsonProcessingException p = innermost(e);
        String message = p.getOriginalMessage() == null ? "" : p.getOriginalMessage();
        if (YAML_MARK.matcher(message).find()) {
            return yamlSyntax(message).words;
        }
        if (p instanceof MismatchedInputException m) {
            return mismatch(m, message);
        }
        return jsonSyntax(message);
    }

    // The YAML module wraps SnakeYAML's error in a JsonProcessingException of its own, which a mapping exception may
    // wrap again: the inner one holds the text and the place.
    private static JsonProcessingException innermost(JsonProcessingException e) {
        JsonProcessingException p = e;
        while (p instanceof JsonMappingException && p.getCause() instanceof JsonProcessingException cause) {
            p = cause;
        }
        return p;
    }

    private static int[] place(JsonProcessingException e) {
        JsonProcessingException p = innermost(e);
        String message = p.getOriginalMessage() == null ? "" : p.getOriginalMessage();
        if (YAML_MARK.matcher(message).find()) {
            YamlProblem yaml = yamlSyntax(message);
            return new int[] {yaml.line, yaml.column};
        }
        JsonLocation location = p.getLocation();
        if (location == null || location.getLineNr() < 1 || message.startsWith(NO_CONTENT)) { // the whole file
            return new int[] {0, 0};
        }
        return new int[] {location.getLineNr(), Math.max(0, location.getColumnNr())};
    }

    private record YamlProblem(String words, int line, int column) {
    }

    /**
     * SnakeYAML's text is a context line and its mark, then the problem line and its mark ({@code while parsing a
     * block mapping / in 'reader', line 1, column 1: / … / expected <block end>, but found '-' / in 'reader', line
     * 4, column 2: / …}); the marks' snippets are indented. Some problems are best shown at the context's mark (where
     * an unclosed quote opened), most at the problem's.
     */
    private static YamlProblem yamlSyntax(String message) {
        List<String> texts = new ArrayList<>();
        List<int[]> marks = new ArrayList<>();
        for (String line : message.split("\n")) {
            Matcher mark = YAML_MARK.matcher(line);
            if (mark.matches() && !texts.isEmpty() && marks.get(marks.size() - 1) == null) {
                marks.set(marks.size() - 1, new int[] {Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2))});
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                texts.add(line.strip());
                marks.add(null);
            }
        }
        if (texts.isEmpty()) {
            return new YamlProblem("not valid YAML", 0, 0);
        }
        int last = texts.size() - 1;
        String problem = texts.get(last);
        String context = last > 0 ? texts.get(last - 1) : null;
        int[] problemMark = marks.get(last);
        int[] contextMark = last > 0 ? marks.get(last - 1) : null;
        boolean atContext = false;
        String words;
        if (problem.startsWith("mapping values are not allowed here")) {
            words = "a 'key: value' in an unexpected place (check the indentation, or quote a value that "
                    + "contains ': ')";
        } else if (problem.startsWith("expected <block end>")) {
            words = "this line's indentation does not match the lines above it";
        } else if (problem.startsWith("could not find expected ':'")) {
            words = "a line that is neither 'key: value' nor a list item '- …' (check the indentation)";
            atContext = true;
        } else if (problem.startsWith("found unexpected end of stream")) {
            words = context != null && context.contains("quoted")
                    ? "a quoted value whose closing quote is missing" : "the file ends too early";
            atContext = true;
        } else if (problem.contains("(TAB)")) {
            words = "a tab in the indentation (YAML indents with spaces)";
        } else if (problem.startsWith("expected ',' or ']'")) {
            words = "a list '[…' that is not closed with ']'";
            atContext = true;
        } else if (problem.startsWith("expected ',' or '}'")) {
            words = "a mapping '{…' that is not closed with '}'";
            atContext = true;
        } else if (problem.startsWith("expected the node content, but found ")) {
            words = "expected a value, found " + problem.substring("expected the node content, but found ".length());
        } else {
            words = "not valid YAML: " + problem;
        }
        int[] at = atContext && contextMark != null ? contextMark : problemMark != null ? problemMark : new int[2];
        return new YamlProblem(words, at[0], at[1]);
    }

    private static String mismatch(MismatchedInputException e, String message) {
        if (message.startsWith(NO_CONTENT)) {
            return "the file is empty";
        }
        String expected = kind(e.getTargetType());
        String found = null;
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text) {
            found = "'" + ServerText.clean(text, 60) + "'";
        } else {
            Matcher m = FOUND.matcher(message);
            Matcher text = FOUND_TEXT.matcher(message);
            if (text.find()) {
                found = "'" + ServerText.clean(text.group(2), 60) + "'";
            } else if (m.find()) {
                found = switch (m.group(1)) {
                    case "Array" -> "a list";
                    case "Object", "Embedded Object" -> "a mapping";
                    case "String" -> "text";
                    case "Boolean" -> "true or false";
                    case "Null" -> "nothing";
                    default -> "a number";
                };
            }
        }
        if (expected == null) {
            return found == null ? "a value of the wrong kind" : "a value of the wrong kind: " + found;
        }
        return "expected " + expected + (found == null ? "" : ", found " + found);
    }

    /** What a value of the type looks like in the file. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        return "a mapping (keys and values)"; // a map, a record or a bean
    }

    private static String jsonSyntax(String message) {
        String first = message.lines().findFirst().orElse("").strip();
        Matcher token = UNRECOGNIZED_TOKEN.matcher(first);
        if (token.find()) {
            return "unexpected text '" + ServerText.clean(token.group(1), 60) + "'";
        }
        if (first.startsWith("Unexpected end-of-input")) {
            return "the JSON ends too early (a '{', '[' or '\"' is not closed)";
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(first);
        if (character.find()) {
            String expected = character.group(2).strip();
            return "unexpected '" + character.group(1) + "'" + (expected.isEmpty() ? "" : " (expected " + expected + ")");
        }
        Matcher escape = ESCAPE.matcher(first);
        if (escape.find()) {
            return "unknown escape '\\" + escape.group(1) + "' in a string";
        }
        if (first.startsWith("Illegal unquoted character")) {
            return "a control character inside a string (it must be escaped)";
        }
        if (first.startsWith("Illegal character")) {
            return "a control character between values";
        }
        // Anything else: Jackson's words without its location and character codes.
        String cleaned = first.replaceAll("\\s*\\(?(start marker )?at \\[Source:.*?\\]\\)?", "")
                .replaceAll(" \\(code \\d+\\)", "").strip();
        if (cleaned.isEmpty()) {
            return "not valid JSON";
        }
        return Character.toLowerCase(cleaned.charAt(0)) + cleaned.substring(1);
    }
}
