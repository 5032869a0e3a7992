package io.academichub.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Jackson's failures in plain words: one line, no Java type, no token name, no quoted source. */
class JsonProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shape of a small configuration file. */
    public static final class Settings {
        public String name;
        public List<String> sources;
        public Integer limit;
        public boolean enabled;
    }

    private static String problem(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue(json, Settings.class));
        assertThat(e).as(json).isNotNull();
        return JsonProblems.at("s.json", e) + JsonProblems.reason(e);
    }

    @Test
    void syntaxErrorsNameTheLineTheColumnAndWhatWasWrong() {
        assertThat(problem("garbage")).isEqualTo("s.json line 1, column 1: unexpected text 'garbage'");
        assertThat(problem("{\"name\": \"x\",\n \"sources\": [\"a\",")).isEqualTo(
                "s.json line 2, column 18: the JSON ends too early (a '{', '[' or '\"' is not closed)");
        assertThat(problem("{\"name\" 1}")).isEqualTo(
                "s.json line 1, column 9: unexpected '1' (expected a colon to separate field name and value)");
        assertThat(problem("{\"name\": \"a\\qb\"}")).isEqualTo("s.json line 1, column 13: unknown escape '\\q' in a string");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatWasExpectedAndWhatWasFound() {
        assertThat(problem("{\"name\": [\"a\"]}")).isEqualTo("s.json line 1, column 10: expected text, found a list");
        assertThat(problem("{\"sources\": \"arxiv:cs.AI\"}"))
                .isEqualTo("s.json line 1, column 13: expected a list, found 'arxiv:cs.AI'");
        assertThat(problem("{\"limit\": \"many\"}")).isEqualTo("s.json line 1, column 11: expected a number, found 'many'");
        assertThat(problem("{\"enabled\": [1]}")).isEqualTo("s.json line 1, column 13: expected true or false, found a list");
        assertThat(problem("")).isEqualTo("s.json: the file is empty");
    }

    @Test
    void noMessageCarriesAJavaTypeOrASecondLine() {
        for (String json : List.of("garbage", "{", "{\"name\": {}}", "[1]", "{\"limit\": true}", "{\"a\":\u0001}")) {
            String problem = problem(json);
            assertThat(problem).as(json).doesNotContain("java.", "`", "Source", "token", "\n");
        }
    }
}
