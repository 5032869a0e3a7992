package io.academichub.model;

import io.academichub.testing.SamplePapers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperTest {

    private static Paper.Builder paper() {
        return SamplePapers.minimalArxiv("2606.20005");
    }

    @Test
    void minimalPaperGetsDefaults() {
        Paper p = paper().build();

        assertThat(p.id()).hasToString("arxiv:2606.20005");
        assertThat(p.title()).isEqualTo("Paper 2606.20005");
        assertThat(p.authors()).isEmpty();
        assertThat(p.abstractText()).isEmpty();
        assertThat(p.categories()).isEmpty();
        assertThat(p.primaryCategory()).isNull();
        assertThat(p.updated()).isNull();
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.announceType()).isEqualTo(AnnounceType.UNKNOWN);
        assertThat(p.doi()).isNull();
        assertThat(p.pdfUrl()).isNull();
        assertThat(p.sameAs()).isEmpty();
    }

    @Test
    void blankTitleIsRejectedButZeroIsATitle() {
        assertThatThrownBy(() -> paper().title(" \t").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title is blank for arxiv:2606.20005");
        assertThatThrownBy(() -> paper().title(null).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("title");
        assertThat(paper().title("0").build().title()).isEqualTo("0");
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThatThrownBy(() -> paper().source(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("source is blank for arxiv:2606.20005");
        assertThatThrownBy(() -> paper().url(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("url");
        assertThatThrownBy(() -> paper().announceType(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("announceType");
        assertThatThrownBy(() -> paper().version(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("version must be >= 1 for arxiv:2606.20005: 0");
        assertThatThrownBy(() -> Paper.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    @Test
    void anUnknownDateIsNullSortsLastAndFallsOutsideEveryBoundedRange() {
        Paper undated = paper().published(null).build();
        Paper dated = paper().published(LocalDate.of(2026, 6, 19)).build();

        assertThat(undated.published()).isNull();
        assertThat(Paper.publishedBefore(dated, undated)).isTrue();
        assertThat(Paper.publishedBefore(undated, dated)).isFalse();
        assertThat(Paper.publishedBefore(undated, undated)).isFalse();
        assertThat(java.util.stream.Stream.of(undated, dated).sorted(Paper.BY_PUBLISHED).toList())
                .containsExactly(dated, undated);
        assertThat(undated.publishedWithin(null, null)).isTrue();
        assertThat(undated.publishedWithin(LocalDate.of(2026, 1, 1), null)).isFalse();
        assertThat(dated.publishedWithin(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 19))).isTrue();
        assertThat(dated.publishedWithin(LocalDate.of(2026, 6, 20), null)).isFalse();
        assertThat(dated.publishedWithin(null, LocalDate.of(2026, 6, 18))).isFalse();
    }

    @Test
    void categoriesAreDeduplicatedPrimaryFirst() {
        Paper p = paper().categories(List.of("cs.LG", "cs.AI", "cs.LG", "stat.ML", "cs.AI")).build();

        assertThat(p.categories()).containsExactly("cs.LG", "cs.AI", "stat.ML");
        assertThat(p.primaryCategory()).isEqualTo("cs.LG");
    }

    @Test
    void longCategoryListsAreDeduplicatedToo() {
        // Lists of up to eight are compared pairwise, longer ones through a set: the same result either way.
        List<String> many = List.of("a", "b", "c", "d", "e", "f", "g", "h", "a", "i", "b", "j");
        assertThat(paper().categories(many).build().categories())
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        assertThat(paper().categories(many.subList(0, 8)).build().categories())
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
        assertThat(paper().categories(List.of("x", "x")).build().categories()).containsExactly("x");
        List<String> withNull = new ArrayList<>(List.of("a"));
        withNull.add(null);
        assertThatThrownBy(() -> paper().categories(withNull).build()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void noOtherIdsIsAnEmptyUnmodifiableSet() {
        Paper p = paper().build();

        assertThat(p.sameAs()).isEmpty();
        assertThatThrownBy(() -> p.sameAs().add(PaperId.parse("pmid:1")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(paper().sameAs(List.of(PaperId.parse("2606.20005"))).build().sameAs()).isEmpty();
    }

    @Test
    void sameAsExcludesTheOwnIdAndIsSorted() {
        Paper p = paper().sameAs(List.of(PaperId.parse("pmid:27797938"), PaperId.parse("2606.20005v2"),
                PaperId.doi("10.48550/arXiv.2606.20005"))).build();

        assertThat(p.sameAs()).extracting(PaperId::toString)
                .containsExactly("doi:10.48550/arxiv.2606.20005", "pmid:27797938");
        assertThatThrownBy(() -> p.sameAs().add(PaperId.parse("pmid:1")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void doiIsCanonicalised() {
        assertThat(paper().doi("https://doi.org/10.1103/PhysRevLett.116.061102").build().doi())
                .isEqualTo("10.1103/physrevlett.116.061102");
        assertThat(paper().doi("doi:10.1038/S41586").build().doi()).isEqualTo("10.1038/s41586");
        assertThatThrownBy(() -> paper().doi("10.1234").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a DOI for arxiv:2606.20005: '10.1234'");
    }

    @Test
    void blankOptionalTextBecomesNull() {
        Paper p = paper().journalRef("  ").license("").abstractText(null).build();

        assertThat(p.journalRef()).isNull();
        assertThat(p.license()).isNull();
        assertThat(p.abstractText()).isEmpty();
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<String> categories = new ArrayList<>(List.of("cs.AI"));
        List<Author> authors = new ArrayList<>(List.of(Author.of("Ada Lovelace")));
        Paper p = paper().categories(categories).authors(authors).build();
        categories.add("cs.LG");
        authors.clear();

        assertThat(p.categories()).containsExactly("cs.AI");
        assertThat(p.authors()).containsExactly(Author.of("Ada Lovelace"));
        assertThatThrownBy(() -> p.categories().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderCopiesEveryField() {
        Paper full = SamplePapers.fullArxiv();

        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder().title("Other").build())
                .usingRecursiveComparison().ignoringFields("title").isEqualTo(full);
    }

    @Test
    void builderAddSameAs() {
        Paper p = paper().addSameAs(PaperId.parse("pmid:42")).addSameAs(PaperId.parse("pmid:7")).build();

        assertThat(p.sameAs()).extracting(PaperId::toString).containsExactly("pmid:42", "pmid:7");
    }

    @Test
    void authorIsStrippedAndBlankOptionalsBecomeNull() {
        Author a = new Author("  José Pérez ", " ", "\t");

        assertThat(a).isEqualTo(Author.of("José Pérez"));
        assertThat(a.affiliation()).isNull();
        assertThat(a.orcid()).isNull();
        assertThat(Author.of("Ann", " CERN ").affiliation()).isEqualTo("CERN");
    }

    @Test
    void authorNameIsRequired() {
        assertThatThrownBy(() -> Author.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("author name is blank");
        assertThatThrownBy(() -> Author.of(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void announceTypeWireNames() {
        assertThat(AnnounceType.fromWireName("replace-cross")).isEqualTo(AnnounceType.REPLACE_CROSS);
        assertThat(AnnounceType.fromWireName(" Replace_Cross ")).isEqualTo(AnnounceType.REPLACE_CROSS);
        assertThat(AnnounceType.fromWireName("NEW")).isEqualTo(AnnounceType.NEW);
        assertThat(AnnounceType.REPLACE_CROSS.wireName()).isEqualTo("replace-cross");
        assertThat(List.of(AnnounceType.values())).extracting(AnnounceType::wireName)
                .containsExactly("new", "cross", "replace", "replace-cross", "unknown");
        assertThatThrownBy(() -> AnnounceType.fromWireName("updated"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown announce type: 'updated'");
    }

    @Test
    void equalPapersFromEqualFields() {
        Paper a = paper().url(URI.create("https://arxiv.org/abs/2606.20005")).published(LocalDate.of(2026, 6, 19)).build();

        assertThat(a).isEqualTo(paper().build()).hasSameHashCodeAs(paper().build());
    }
}
