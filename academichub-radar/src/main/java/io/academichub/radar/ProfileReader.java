package io.academichub.radar;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.academichub.internal.JsonProblems;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Reads a {@link Profile} from a YAML or JSON file (a {@code .json} file is read as JSON, anything else as YAML,
 * which also reads JSON). The keys:
 *
 * <pre>{@code
 * name: quantum-error-correction
 * interests:
 *   - name: codes
 *     query: '"surface code" OR qLDPC OR "logical qubit"'
 *     weight: 1.0
 * exclusions:
 *   - name: no surveys
 *     query: 'title:survey'
 * categories: [quant-ph, cs.IT]        # excludeCategories: [...] for the opposite
 * sources: [arxiv]                     # source specs; excludeSources: [...] removes kinds
 * authors: ["Craig Gidney", "B. M. Terhal"]
 * seeds: ["2411.18287", "10.1038/s41586-024-08449-y"]
 * seedsFile: library.bib               # BibTeX or CSL-JSON (.json), relative to the profile's folder
 * minScore: 0
 * limit: 50
 * fairShare: true                      # false: the list by score alone, however many papers one interest brings
 * }</pre>
 *
 * Every problem is a {@link ProfileException} naming the file and line: an unknown key (listing the valid ones),
 * a value of the wrong type, a query that does not parse (with the interest and the column), a seed file that
 * cannot be read.
 */
public final class ProfileReader {

    private static final ObjectMapper YAML = configure(new YAMLMapper());
    private static final ObjectMapper JSON = configure(new ObjectMapper());

    private ProfileReader() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);
    }

    /**
     * Reads the profile in a file; a {@code seedsFile} is read relative to the file's folder.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
     * @return the profile
     * @throws ProfileException when the file cannot be read or is not a valid profile
     */
    public static Profile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProfileException(file + ": no such file");
        } catch (IOException e) {
            throw new ProfileException(file + ": cannot read: " + e.getMessage(), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        return read(new StringReader(text), file.toString(), file.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(".json"), folder);
    }

    /**
     * Reads a profile from text.
     *
     * @param in     the YAML or JSON text
     * @param name   what messages call it (a file name)
     * @param json   whether to read it as strict JSON rather than YAML
     * @param folder where a relative {@code seedsFile} is looked for
     * @return the profile
     * @throws ProfileException when it is not a valid profile
     */
    public static Profile read(Reader in, String name, boolean json, Path folder) {
        ProfileFile parsed;
        try {
            parsed = (json ? JSON : YAML).readValue(in, ProfileFile.class);
        } catch (UnrecognizedPropertyException e) {
            TreeSet<String> valid = new TreeSet<>();
            e.getKnownPropertyIds().forEach(k -> valid.add(String.valueOf(k)));
            throw new ProfileException(where(name, e.getLocation()) + "unknown key '" + e.getPropertyName()
                    + "' (valid keys: " + String.join(", ", valid) + ")", e);
        } catch (JsonMappingException e) {
            String path = e.getPath().isEmpty() ? "" : pathOf(e) + ": ";
            throw new ProfileException(JsonProblems.at(name, e) + path + JsonProblems.reason(e), e);
        } catch (JsonProcessingException e) {
            throw new ProfileException(JsonProblems.at(name, e) + JsonProblems.reason(e), e);
        } catch (IOException e) {
            throw new ProfileException(name + ": cannot read: " + e.getMessage(), e);
        }
        if (parsed == null) {
            throw new ProfileException(name + ": empty profile");
        }
        return parsed.toProfile(name, folder);
    }

    private static String where(String name, JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? name + ": " : name + " line " + location.getLineNr() + ": ";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex() + 1).append(']');
            }
        }
        return sb.toString();
    }

    /** A string value with the line it was found on. */
    @JsonDeserialize(using = LocatedText.Reader.class)
    record LocatedText(String text, int line) {
        static final class Reader extends JsonDeserializer<LocatedText> {
            @Override
            public LocatedText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                int line = p.currentTokenLocation().getLineNr();
                if (!p.currentToken().isScalarValue()) {
                    return (LocatedText) ctxt.handleUnexpectedToken(String.class, p);
                }
                return new LocatedText(p.getValueAsString(), line);
            }
        }
    }

    /** The file's shape; field names are the keys. */
    static final class ProfileFile {
        public String name;
        public List<InterestEntry> interests = List.of();
        public List<InterestEntry> exclusions = List.of();
        public List<String> categories = List.of();
        public List<String> excludeCategories = List.of();
        public List<String> sources = List.of();
        public List<String> excludeSources = List.of();
        public List<String> authors = List.of();
        public List<LocatedText> seeds = List.of();
        public LocatedText seedsFile;
        public Double minScore;
        public Integer limit;
        public Boolean fairShare;

        Profile toProfile(String file, Path folder) {
            if (name == null || name.isBlank()) {
                throw new ProfileException(file + ": missing key 'name'");
            }
            Profile.Builder b = Profile.builder(name);
            try {
                for (InterestEntry e : nonNull(interests)) {
                    Interest interest = e.checked(file, "interest");
                    at(file, e.queryLine(), () -> Profile.Builder.parse("interest '" + interest.name() + "'",
                            interest.query()));
                    b.interest(interest);
                }
                for (InterestEntry e : nonNull(exclusions)) {
                    Interest x = e.checked(file, "exclusion");
                    at(file, e.queryLine(), () -> Profile.Builder.parse("exclusion '" + x.name() + "'", x.query()));
                    b.exclusion(x.name(), x.query());
                }
                b.categories(nonNull(categories).toArray(String[]::new));
                b.excludeCategories(nonNull(excludeCategories).toArray(String[]::new));
                b.sources(nonNull(sources).toArray(String[]::new));
                b.excludeSources(nonNull(excludeSources).toArray(String[]::new));
                b.authors(nonNull(authors).toArray(String[]::new));
                for (LocatedText seed : nonNull(seeds)) {
                    at(file, seed.line(), () -> b.seeds(seed.text()));
                }
                if (seedsFile != null) {
                    Path library = folder == null ? Path.of(seedsFile.text()) : folder.resolve(seedsFile.text());
                    at(file, seedsFile.line(), () -> b.seedPapers(SeedLibrary.read(library)));
                }
                if (minScore != null) {
                    b.minScore(minScore);
                }
                if (limit != null) {
                    b.limit(limit);
                }
                if (fairShare != null) {
                    b.fairShare(fairShare);
                }
            } catch (ProfileException e) {
                throw e.getMessage().startsWith(file) ? e : new ProfileException(file + ": " + e.getMessage(), e);
            }
            try {
                return b.build();
            } catch (ProfileException e) {
                throw new ProfileException(file + ": " + e.getMessage(), e);
            }
        }

        private static <T> List<T> nonNull(List<T> list) {
            return list == null ? List.of() : list;
        }

        private static void at(String file, int line, Runnable step) {
            try {
                step.run();
            } catch (ProfileException e) {
                throw new ProfileException(file + " line " + line + ": " + e.getMessage(), e);
            }
        }
    }

    /** An interest or an exclusion (an exclusion has no weight). */
    static final class InterestEntry {
        public LocatedText name;
        public LocatedText query;
        public Double weight;

        int line() {
            return name != null ? name.line() : query != null ? query.line() : 0;
        }

        int queryLine() {
            return query != null ? query.line() : line();
        }

        Interest checked(String file, String what) {
            if (name == null || name.text() == null || name.text().isBlank()) {
                throw new ProfileException(file + (line() > 0 ? " line " + line() : "") + ": " + what + " without a name");
            }
            if (query == null || query.text() == null || query.text().isBlank()) {
                throw new ProfileException(file + " line " + line() + ": " + what + " '" + name.text()
                        + "' has no query");
            }
            if ("exclusion".equals(what) && weight != null) {
                throw new ProfileException(file + " line " + line() + ": exclusion '" + name.text()
                        + "' has a weight; exclusions remove papers and take none");
            }
            double w = weight == null ? 1.0 : weight;
            try {
                return new Interest(name.text(), query.text(), w);
            } catch (IllegalArgumentException e) {
                throw new ProfileException(file + " line " + line() + ": " + e.getMessage(), e);
            }
        }
    }
}
