package io.academichub.sources.arxiv;

import io.academichub.model.Author;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ArxivAuthors#split}: arXiv's one-string author lists, with the shapes found in real feeds. */
class ArxivAuthorsTest {

    @Test
    void commaSeparatedNames() {
        assertThat(ArxivAuthors.split("Michael Cooper, Samuel Cooper"))
                .containsExactly(Author.of("Michael Cooper"), Author.of("Samuel Cooper"));
    }

    @Test
    void oxfordCommaAndPlainAnd() {
        assertThat(ArxivAuthors.split("D.V. Shetty, S.J. Yennello, and G.A. Souliotis"))
                .containsExactly(Author.of("D.V. Shetty"), Author.of("S.J. Yennello"), Author.of("G.A. Souliotis"));
        assertThat(ArxivAuthors.split("Alice Smith and Bob Jones"))
                .containsExactly(Author.of("Alice Smith"), Author.of("Bob Jones"));
        assertThat(ArxivAuthors.split("A. One, B. Two and C. Three"))
                .containsExactly(Author.of("A. One"), Author.of("B. Two"), Author.of("C. Three"));
    }

    @Test
    void andInsideANameIsNotASeparator() {
        assertThat(ArxivAuthors.split("Alexander Anderson, Sandra Andrews"))
                .containsExactly(Author.of("Alexander Anderson"), Author.of("Sandra Andrews"));
    }

    @Test
    void parenthesisedAffiliationsWithCommasAndAndStayWhole() {
        // From 2411.17935 in the 2024-11-28 feed.
        assertThat(ArxivAuthors.split("Jadelynn Dao (Andrew and Peggy Cherng Department of Medical Engineering, "
                + "Division of Engineering and Applied Science, California Institute of Technology, Pasadena, CA, USA), "
                + "Gauri Joshi"))
                .containsExactly(
                        Author.of("Jadelynn Dao", "Andrew and Peggy Cherng Department of Medical Engineering, Division of "
                                + "Engineering and Applied Science, California Institute of Technology, Pasadena, CA, USA"),
                        Author.of("Gauri Joshi"));
        assertThat(ArxivAuthors.split("Alexandre Benoist (LORIA, CNRS), Jean Kieffer (LORIA, CNRS)"))
                .containsExactly(Author.of("Alexandre Benoist", "LORIA, CNRS"), Author.of("Jean Kieffer", "LORIA, CNRS"));
    }

    @Test
    void nestedParenthesesInAnAffiliation() {
        assertThat(ArxivAuthors.split("Ana Lima (Dept. of Physics (DF), Univ. X), Bo Li"))
                .containsExactly(Author.of("Ana Lima", "Dept. of Physics (DF), Univ. X"), Author.of("Bo Li"));
    }

    @Test
    void texAccentsBecomeUnicodeInNamesAndAffiliations() {
        assertThat(ArxivAuthors.split("Benjamin R\\'emy (LEMTA), Luis Mendon\\c{c}a, J\\\"urgen Jost"))
                .containsExactly(Author.of("Benjamin Rémy", "LEMTA"), Author.of("Luis Mendonça"), Author.of("Jürgen Jost"));
        assertThat(ArxivAuthors.split("Jos\\'e P\\'erez (Universit\\'e de Montr\\'eal)"))
                .containsExactly(Author.of("José Pérez", "Université de Montréal"));
    }

    @Test
    void bracedSpecialLettersLoseTheirBraces() {
        assertThat(ArxivAuthors.split("Przemys{\\l}aw Olbratowski, Jaros{\\l}aw \\.Zygierewicz, {\\L}ukasz Nowak"))
                .containsExactly(Author.of("Przemysław Olbratowski"), Author.of("Jarosław Żygierewicz"),
                        Author.of("Łukasz Nowak"));
        assertThat(ArxivAuthors.split("Serdar Kad{\\i}o\\u{g}lu, Jeppe Liborius Sj{\\o}rup, Sofie Castro Holb{\\ae}k"))
                .containsExactly(Author.of("Serdar Kadıoğlu"), Author.of("Jeppe Liborius Sjørup"),
                        Author.of("Sofie Castro Holbæk"));
    }

    @Test
    void lettersTexAccentsDoesNotKnow() {
        assertThat(ArxivAuthors.split("Gu{\\dh}mundur K. Stef\\'ansson, \\TH{}orsteinn Li"))
                .containsExactly(Author.of("Guðmundur K. Stefánsson"), Author.of("Þorsteinn Li"));
        // A command that merely starts with a known letter pair is not touched.
        assertThat(ArxivAuthors.cleanName("A \\dhx B")).isEqualTo("A \\dhx B");
    }

    @Test
    void bracesThatOnlyGroupAreDropped() {
        assertThat(ArxivAuthors.split("{Van Der} Berg")).containsExactly(Author.of("Van Der Berg"));
    }

    @Test
    void hardWrappedWhiteSpaceIsFolded() {
        assertThat(ArxivAuthors.split("  Krishna Shende,\n  Kavita Dorai,  Arvind "))
                .containsExactly(Author.of("Krishna Shende"), Author.of("Kavita Dorai"), Author.of("Arvind"));
    }

    @Test
    void emptyInputGivesNoAuthors() {
        assertThat(ArxivAuthors.split("")).isEmpty();
        assertThat(ArxivAuthors.split("   \n ")).isEmpty();
        assertThat(ArxivAuthors.split(null)).isEmpty();
        assertThat(ArxivAuthors.split(", ,")).isEmpty();
    }

    @Test
    void anUnbalancedParenthesisIsKeptInTheName() {
        assertThat(ArxivAuthors.split("Ann Bell (CERN, Carl Dunn")).containsExactly(Author.of("Ann Bell (CERN, Carl Dunn"));
    }

    @Test
    void numberedFootnoteAffiliationsAreResolved() {
        // arXiv's footnote style: numbers after the names, the key in one group after the last author.
        List<Author> authors = ArxivAuthors.split(
                "A. Author (1), B. Author (1, 2), C. Author (2) ((1) Univ X, Paris, (2) Inst Y)");

        assertThat(authors).containsExactly(
                new Author("A. Author", "Univ X, Paris", null),
                new Author("B. Author", "Univ X, Paris; Inst Y", null),
                new Author("C. Author", "Inst Y", null));
    }

    @Test
    void etAlAndAStrayAndNameNobody() {
        assertThat(ArxivAuthors.split("J. Smith, et al."))
                .extracting(Author::name).containsExactly("J. Smith");
        assertThat(ArxivAuthors.split("J. Smith, and, K. Jones"))
                .extracting(Author::name).containsExactly("J. Smith", "K. Jones");
    }

    @Test
    void lettersOfTheirOwnComeFromTexAccents() {
        assertThat(ArxivAuthors.split("Gu{\\dh}mundur Stef\\'ansson, \\TH{}ora J\\'onsd\\'ottir"))
                .extracting(Author::name).containsExactly("Guðmundur Stefánsson", "Þora Jónsdóttir");
    }
}
