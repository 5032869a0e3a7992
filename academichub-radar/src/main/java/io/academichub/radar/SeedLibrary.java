package io.academichub.radar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.model.PaperId;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads seed papers from a reference library as Zotero exports it: BibTeX ({@code .bib}, through jbibtex, with
 * LaTeX turned into text) or CSL-JSON ({@code .json}). Each entry with a title becomes a {@link Seed}, with its
 * abstract and its DOI or arXiv id when the entry has them.
 */
public final class SeedLibrary {

    private static final Key ABSTRACT = new Key("abstract");
    private static final Key EPRINT = new Key("eprint");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedLibrary() {
    }

    /**
     * Reads a {@code .bib} or {@code .json} library.
     *
     * @param file a {@code .bib} (BibTeX) or {@code .json} (CSL-JSON) file
     * @return the entries with a title, in file order
     * @throws ProfileException naming the file (and the line, for BibTeX) when it cannot be read, does not parse, or
     *                          holds no entry with a title
     */
    public static List<Seed> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProfileException("seedsFile " + file + ": no such file");
        } catch (IOException e) {
            throw new ProfileException("seedsFile " + file + ": cannot read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Seed> seeds;
        if (name.endsWith(".json")) {
            seeds = readCslJson(text, file.toString());
        } else if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
            seeds = readBibtex(new StringReader(text), file.toString());
        } else {
            throw new ProfileException("seedsFile " + file + ": expected a .bib (BibTeX) or .json (CSL-JSON) file");
        }
        if (seeds.isEmpty()) {
            throw new ProfileException("seedsFile " + file + ": no entry with a title");
        }
        return seeds;
    }

    /** Reads BibTeX entries; {@code name} is used in error messages. */
    static List<Seed> readBibtex(Reader in, String name) {
        BibTeXDatabase database;
        try {
            database = new BibTeXParser().parse(in);
        } catch (ParseException e) {
            int line = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : 0;
            throw new ProfileException("seedsFile " + name + (line > 0 ? " line " + line : "") + ": not valid BibTeX: "
                    + firstLine(e.getMessage()), e);
        } catch (TokenMgrException e) {
            throw new ProfileException("seedsFile " + name + ": not valid BibTeX: " + firstLine(e.getMessage()), e);
        }
        List<Seed> seeds = new ArrayList<>();
        for (BibTeXEntry entry : database.getEntries().values()) {
            String title = text(entry.getField(BibTeXEntry.KEY_TITLE));
            if (title.isBlank()) {
                continue;
            }
            PaperId id = firstId(text(entry.getField(BibTeXEntry.KEY_DOI)), text(entry.getField(EPRINT)),
                    text(entry.getField(BibTeXEntry.KEY_URL)));
            seeds.add(new Seed(id, title, text(entry.getField(ABSTRACT))));
        }
        return seeds;
    }

    /** Reads a CSL-JSON array (or one item); {@code name} is used in error messages. */
    static List<Seed> readCslJson(String json, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ProfileException("seedsFile " + name + (line > 0 ? " line " + line : "") + ": not valid JSON: "
                    + firstLine(e.getOriginalMessage()), e);
        }
        List<Seed> seeds = new ArrayList<>();
        for (JsonNode item : root == null ? List.<JsonNode>of() : root.isArray() ? iterable(root) : List.of(root)) {
            String title = item.path("title").asText("").strip();
            if (title.isEmpty()) {
                continue;
            }
            PaperId id = firstId(item.path("DOI").asText(""), item.path("number").asText(""),
                    item.path("URL").asText(""));
            seeds.add(new Seed(id, title, item.path("abstract").asText("").strip()));
        }
        return seeds;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** The first of the candidates that reads as a DOI or an arXiv id (URLs included), or {@code null}. */
    private static PaperId firstId(String... candidates) {
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                continue;
            }
            try {
                PaperId id = PaperId.parse(c.strip());
                if (id.isDoi() || id.isArxiv()) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // not an id (a publisher URL, a report number): try the next
            }
        }
        return null;
    }

    private static String text(Value value) {
        if (value == null) {
            return "";
        }
        String raw = value.toUserString();
        try {
            List<LaTeXObject> parsed = new LaTeXParser().parse(raw);
            raw = new LaTeXPrinter().print(parsed);
        } catch (ParseException | TokenMgrException e) {
            raw = raw.replace("{", "").replace("}", ""); // LaTeX jbibtex cannot read: keep the words
        }
        return raw.replaceAll("\\s+", " ").strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
