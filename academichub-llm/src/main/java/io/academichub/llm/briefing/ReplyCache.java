package io.academichub.llm.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The LLM path's answers kept on disk, so that a re-run over the same papers asks the model nothing: paper notes
 * under {@code notes/}, syntheses under {@code syntheses/}, one small JSON file per answer named by the SHA-256 of
 * what determined it (for a note: the paper's id, title, categories and abstract, the model, the language and
 * {@link Prompts#VERSION}; for a synthesis: the whole request). Only validated answers are written. A write goes to
 * a temporary file first and is then moved into place, so that a reader never sees half a file; a file that cannot
 * be read (truncated, edited, from another version) is ignored with a warning and written anew; a file that cannot
 * be written is a warning too.
 */
final class ReplyCache {

    private static final Logger log = LoggerFactory.getLogger(ReplyCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    /** A cache in {@code directory} (created when first written); {@code null} for none. */
    ReplyCache(Path directory) {
        this.directory = directory;
    }

    boolean enabled() {
        return directory != null;
    }

    /** The answer stored under {@code kind/key}, if any and readable. */
    Optional<JsonNode> get(String kind, String key) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = file(kind, key);
        try {
            JsonNode entry = JSON.readTree(Files.readAllBytes(file));
            if (entry == null || !Prompts.VERSION.equals(entry.path("version").asText())
                    || !key.equals(entry.path("key").asText()) || !entry.path("value").isObject()) {
                log.warn("ignoring the cache file {}: not an entry of this version", file);
                return Optional.empty();
            }
            return Optional.of(entry.get("value"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("ignoring the unreadable cache file {}: {}", file, e.getMessage().lines().findFirst().orElse(""));
            return Optional.empty();
        }
    }

    /** Stores {@code value} under {@code kind/key}, atomically. */
    void put(String kind, String key, String description, JsonNode value) {
        if (directory == null) {
            return;
        }
        Path file = file(kind, key);
        ObjectNode entry = JSON.createObjectNode().put("version", Prompts.VERSION).put("key", key)
                .put("about", description);
        entry.set("value", value);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), key.substring(0, 8) + ".", ".tmp");
            try {
                Files.writeString(temporary, entry.toString() + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // the answer is in hand: losing its copy costs a model call next time, not this briefing
            log.warn("cannot write the briefing cache file {}: {}", file, e.toString());
        }
    }

    private Path file(String kind, String key) {
        return directory.resolve(kind).resolve(key + ".json");
    }
}
