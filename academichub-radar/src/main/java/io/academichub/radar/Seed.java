package io.academichub.radar;

import io.academichub.model.Paper;
import io.academichub.model.PaperId;

import java.util.Objects;

/**
 * A paper whose text the radar knows, used for "more like this": an entry of a BibTeX or CSL-JSON library, a paper
 * found by id, or a paper the reader liked.
 *
 * @param id           the paper's id when known (a DOI or an arXiv id), else {@code null}
 * @param title        its title; shown in reasons
 * @param abstractText its abstract, or the empty string (the title alone is a weak seed)
 */
public record Seed(PaperId id, String title, String abstractText) {

    /**
     * Checks the title; a missing abstract becomes the empty string.
     *
     * @param id the paper's id, or {@code null}
     * @param title its title, not blank
     * @param abstractText its abstract, or {@code null}
     */
    public Seed {
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        if (title.isBlank()) {
            throw new IllegalArgumentException("seed title is blank" + (id == null ? "" : " for " + id));
        }
    }

    /**
     * The seed a paper makes.
     *
     * @param paper the paper
     * @return its id, title and abstract as a seed
     */
    public static Seed of(Paper paper) {
        return new Seed(paper.id(), paper.title(), paper.abstractText());
    }

    /** How reasons name it: the title, and the id when known. */
    String label() {
        return "'" + title + "'" + (id == null ? "" : " (" + id + ")");
    }
}
