package io.academichub.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.internal.JsonProblems;
import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The Paper JSON wire contract (the CLI's output, stores' lines): one object per paper, one per line in
 * {@code .jsonl}. Writing then reading gives an equal {@link Paper}.
 *
 * <pre>{@code
 * {"id":"arxiv:2606.20005","source":"arxiv","title":"…","authors":[{"name":"José Pérez","affiliation":null}],
 *  "abstract":"…","categories":["cs.AI","cs.LG"],"primaryCategory":"cs.AI","published":"2026-06-19",
 *  "updated":null,"version":1,"announceType":"cross","type":"preprint","doi":null,"journalRef":null,
 *  "url":"https://arxiv.org/abs/2606.20005","pdfUrl":"https://arxiv.org/pdf/2606.20005v1","license":null,"sameAs":[]}
 * }</pre>
 *
 * {@code "published":null} is a paper whose date the source did not give (an unknown date, see
 * {@link Paper#published()}). An author's {@code orcid} is written only when known. Reading ignores unknown fields, so newer writers stay
 * readable; a missing required field or a bad value is an {@link IllegalArgumentException} naming it.
 */
public final class PaperJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PaperJson() {
    }

    /**
     * {@return the paper as one line of JSON (no trailing newline)}
     *
     * @param paper the paper
     */
    public static String toJson(Paper paper) {
        StringWriter out = new StringWriter(2048);
        try {
            writeTo(paper, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the paper as one line of JSON followed by {@code '\n'}.
     *
     * @param paper the paper
     * @param out where the line goes; not closed
     * @throws IOException when writing fails
     */
    public static void writeLine(Paper paper, Writer out) throws IOException {
        writeTo(paper, out);
        out.write('\n');
    }

    private static void writeTo(Paper p, Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("id", p.id().toString());
            g.writeStringField("source", p.source());
            g.writeStringField("title", p.title());
            g.writeArrayFieldStart("authors");
            for (Author a : p.authors()) {
                g.writeStartObject();
                g.writeStringField("name", a.name());
                g.writeStringField("affiliation", a.affiliation());
                if (a.orcid() != null) {
                    g.writeStringField("orcid", a.orcid());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("abstract", p.abstractText());
            g.writeArrayFieldStart("categories");
            for (String c : p.categories()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeStringField("primaryCategory", p.primaryCategory());
            g.writeStringField("published", p.published() == null ? null : p.published().toString());
            g.writeStringField("updated", p.updated() == null ? null : p.updated().toString());
            g.writeNumberField("version", p.version());
            g.writeStringField("announceType", p.announceType().wireName());
            g.writeStringField("type", p.type());
            g.writeStringField("doi", p.doi());
            g.writeStringField("journalRef", p.journalRef());
            g.writeStringField("url", p.url().toString());
            g.writeStringField("pdfUrl", p.pdfUrl() == null ? null : p.pdfUrl().toString());
            g.writeStringField("license", p.license());
            g.writeArrayFieldStart("sameAs");
            for (PaperId id : p.sameAs()) {
                g.writeString(id.toString());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * Reads one paper. Ids are read in their canonical form ({@code scheme:value}, as written); an id that is not
     * canonical is read as {@link PaperId#parse} reads it, so hand-written lines ({@code "arXiv:2606.20005v2"}) work.
     *
     * @param json one paper as {@link #toJson} writes it
     * @return the paper
     * @throws IllegalArgumentException when the text is not a valid Paper JSON object, saying which field is wrong
     */
    public static Paper fromJson(String json) {
        JsonNode node;
        try (JsonParser parser = MAPPER.createParser(json)) {
            node = MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            // Jackson's getMessage() adds a second line quoting the source; the line's reader names the line
            int column = JsonProblems.column(e);
            throw new IllegalArgumentException("not valid JSON: " + JsonProblems.reason(e)
                    + (column > 0 ? " at column " + column : ""), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String does not fail to read
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a paper must be a JSON object");
        }
        try {
            String id = required(node, "id");
            String published = text(node, "published");
            String url = required(node, "url");
            Paper.Builder b = Paper.builder(field("id", () -> readId(id)))
                    .source(required(node, "source"))
                    .title(required(node, "title"))
                    .abstractText(text(node, "abstract"))
                    .published(published == null ? null : field("published", () -> LocalDate.parse(published)))
                    .version(version(node))
                    .announceType(field("announceType", () -> node.hasNonNull("announceType")
                            ? AnnounceType.fromWireName(node.get("announceType").asText()) : AnnounceType.UNKNOWN))
                    .doi(text(node, "doi"))
                    .journalRef(text(node, "journalRef"))
                    .url(field("url", () -> URI.create(url)))
                    .license(text(node, "license"))
                    .type(text(node, "type"));
            String updated = text(node, "updated");
            if (updated != null) {
                b.updated(field("updated", () -> Instant.parse(updated)));
            }
            String pdf = text(node, "pdfUrl");
            if (pdf != null) {
                b.pdfUrl(field("pdfUrl", () -> URI.create(pdf)));
            }
            List<Author> authors = new ArrayList<>();
            for (JsonNode a : node.path("authors")) {
                authors.add(new Author(required(a, "name"), text(a, "affiliation"), text(a, "orcid")));
            }
            b.authors(authors);
            List<String> categories = new ArrayList<>();
            String primary = text(node, "primaryCategory");
            if (primary != null) {
                categories.add(primary);
            }
            for (JsonNode c : node.path("categories")) {
                categories.add(c.asText());
            }
            b.categories(categories);
            TreeSet<PaperId> sameAs = new TreeSet<>();
            for (JsonNode s : node.path("sameAs")) {
                sameAs.add(field("sameAs", () -> readId(s.asText())));
            }
            b.sameAs(sameAs);
            return b.build();
        } catch (RuntimeException e) {
            String id = node.path("id").asText("?");
            throw new IllegalArgumentException("invalid paper " + id + ": " + e.getMessage(), e);
        }
    }

    private static PaperId readId(String text) {
        try {
            return PaperId.ofCanonical(text);
        } catch (IllegalArgumentException notCanonical) {
            return PaperId.parse(text);
        }
    }

    private static int version(JsonNode node) {
        JsonNode v = node.get("version");
        if (v == null || v.isNull()) {
            return 1;
        }
        if (!v.canConvertToExactIntegral() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("field 'version' must be a whole number: " + v);
        }
        return v.intValue();
    }

    /** Reads one field's value, naming the field when the value is bad. */
    private static <T> T field(String name, Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("field '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code .jsonl}: one paper per non-blank line.
     *
     * @param in JSON lines; not closed
     * @return the papers, in the order of the lines
     * @throws IllegalArgumentException naming the line number of the first invalid line
     * @throws IOException when reading fails
     */
    public static List<Paper> readLines(Reader in) throws IOException {
        BufferedReader reader = in instanceof BufferedReader br ? br : new BufferedReader(in);
        List<Paper> papers = new ArrayList<>();
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                papers.add(fromJson(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return papers;
    }

    private static String required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string");
        }
        return v.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
