package io.academichub.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.json.PaperJson;
import io.academichub.model.Paper;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The papers a command is given with {@code --in}, read the same way by {@code radar} and {@code brief}: a file of
 * Paper JSON lines (as {@code fetch} and {@code parse} print them) or of radar matches (whose {@code paper} field
 * holds one), gunzipped when its name ends in {@code .gz}, or stdin for {@code -}. Every problem is a
 * {@link UsageException} naming the file and, for a bad line, the line.
 */
final class PaperInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PaperInput() {
    }

    /**
     * Reads the papers.
     *
     * @param option the option that named the input, for messages ({@code --in})
     * @param input  a file, or {@code -} for {@code stdin}
     * @param stdin  what {@code -} reads
     * @throws UsageException when the file is missing, a directory, unreadable, not gzip, or has a bad line
     */
    static List<Paper> read(String option, String input, InputStream stdin) {
        if (input.equals("-")) {
            return read(stdin, "stdin");
        }
        Path file = Path.of(input);
        Locations.requireReadableFile(option, file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream stream = input.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return read(stream, input);
        } catch (IOException e) {
            throw new UsageException("cannot read " + input + ": " + Locations.reason(e, Locations.Access.READ), e);
        }
    }

    private static List<Paper> read(InputStream in, String name) {
        List<Paper> papers = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        try {
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    papers.add(paper(line));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(name + " line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + name + ": " + Locations.reason(e, Locations.Access.READ), e);
        }
        return papers;
    }

    /** A Paper JSON line, or a match line's paper; a line that is neither gets the Paper JSON reader's message. */
    private static Paper paper(String line) {
        // a match line (MatchJson writes its paper first) goes straight to its paper, not through a failed read
        boolean matchFirst = line.startsWith("{\"paper\":");
        JsonNode paper = matchFirst ? matchPaper(line) : null;
        if (paper != null) {
            return PaperJson.fromJson(paper.toString());
        }
        try {
            return PaperJson.fromJson(line);
        } catch (IllegalArgumentException notAPaper) {
            paper = !matchFirst && line.contains("\"paper\"") ? matchPaper(line) : null;
            if (paper == null) {
                throw notAPaper;
            }
            return PaperJson.fromJson(paper.toString());
        }
    }

    /** The {@code paper} object of a match line; {@code null} when the line is not JSON or has none. */
    private static JsonNode matchPaper(String line) {
        try {
            JsonNode paper = JSON.readTree(line).get("paper");
            return paper != null && paper.isObject() ? paper : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
