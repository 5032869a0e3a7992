package io.academichub.radar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.academichub.json.PaperJson;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Match JSON the CLI prints, one object per line:
 *
 * <pre>{@code
 * {"paper":{…Paper JSON…},"score":0.7312,"status":"new","profile":"quantum-error-correction",
 *  "reasons":[{"kind":"interest","text":"interest 'codes' matched …","contribution":0.61}, …]}
 * }</pre>
 *
 * The paper is written by {@link PaperJson}, so it reads back as a {@link io.academichub.model.Paper}; scores are
 * rounded to four decimals.
 */
public final class MatchJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private MatchJson() {
    }

    /**
     * The match as one line of JSON (no trailing newline).
     *
     * @param match the match
     * @return one line of JSON
     */
    public static String toJson(Match match) {
        StringWriter out = new StringWriter(4096);
        try {
            write(match, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the match as one line of JSON followed by {@code '\n'}.
     *
     * @param match the match
     * @param out where the line goes
     * @throws IOException when writing fails
     */
    public static void writeLine(Match match, Writer out) throws IOException {
        write(match, out);
        out.write('\n');
    }

    private static void write(Match m, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeFieldName("paper");
            g.writeRawValue(PaperJson.toJson(m.paper()));
            g.writeNumberField("score", round(m.score()));
            g.writeStringField("status", m.status().wireName());
            g.writeStringField("profile", m.profile());
            g.writeArrayFieldStart("reasons");
            for (Reason r : m.reasons()) {
                g.writeStartObject();
                g.writeStringField("kind", r.kind().wireName());
                g.writeStringField("text", r.text());
                g.writeNumberField("contribution", round(r.contribution()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
