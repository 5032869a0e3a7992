package io.academichub.sources.biorxiv;

import io.academichub.model.Author;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link BiorxivAuthors} on the API's {@code "Surname, Initials; …"} lists. */
class BiorxivAuthorsTest {

    @Test
    void surnameFirstBecomesReadingOrder() {
        assertThat(BiorxivAuthors.split("Sinha, A. K.; Lee, C.", null, null)).containsExactly(
                new Author("A. K. Sinha", null, null), new Author("C. Lee", null, null));
    }

    @Test
    void noSpaceAfterTheSemicolonAndEmptyParts() {
        assertThat(BiorxivAuthors.split("Sinha, A. K.;Lee, C.; ;", null, null)).extracting(Author::name)
                .containsExactly("A. K. Sinha", "C. Lee");
    }

    @Test
    void theCorrespondingAuthorGetsTheInstitutionOnce() {
        assertThat(BiorxivAuthors.split("Lee, A.; Lee, C.; Lee, C.", "Chen Lee", "Example University"))
                .containsExactly(new Author("A. Lee", null, null),
                        new Author("C. Lee", "Example University", null),
                        new Author("C. Lee", null, null));
    }

    @Test
    void compoundSurnamesAndAccentsMatch() {
        assertThat(BiorxivAuthors.split("van der Berg, J.; Perez, J.", "Jos\u00e9 P\u00e9rez", "Example Institute"))
                .containsExactly(new Author("J. van der Berg", null, null),
                        new Author("J. Perez", "Example Institute", null));
        assertThat(BiorxivAuthors.split("van der Berg, J.", "Jan van der Berg", "Example Institute"))
                .containsExactly(new Author("J. van der Berg", "Example Institute", null));
    }

    @Test
    void noMatchingNameMeansNoAffiliation() {
        assertThat(BiorxivAuthors.split("Sinha, A. K.", "Bo Sinha", "Example University"))
                .containsExactly(new Author("A. K. Sinha", null, null));
        assertThat(BiorxivAuthors.split("Sinha, A. K.", "Sinha", "Example University"))
                .containsExactly(new Author("A. K. Sinha", null, null));
    }

    @Test
    void noListIsNoAuthors() {
        assertThat(BiorxivAuthors.split(null, "A B", "C")).isEmpty();
    }
}
