package io.academichub.sources.arxiv;

import io.academichub.model.Author;
import io.academichub.xml.SafeXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.academichub.sources.arxiv.ArxivRssFixtures.ALL_ARCHIVES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ArxivAuthors#split(char[], int, java.util.function.Consumer)}, the RSS parser's way, must give exactly what
 * the String way gives: the same authors and the same warnings, on every author list of a real day and on the shapes
 * that take a different path.
 */
class ArxivAuthorsBufferTest {

    /** Both ways on {@code text}; returns the buffer way's authors after checking they agree. */
    private static List<Author> bothWays(String text) {
        List<String> fromString = new ArrayList<>();
        List<Author> expected = ArxivAuthors.split(text, fromString::add);
        // Padding after the text: the buffer is reused, so chars past the length must not count.
        char[] buffer = (text + ", and Zed Padding (x)").toCharArray();
        List<String> fromBuffer = new ArrayList<>();
        List<Author> actual = ArxivAuthors.split(buffer, text.length(), fromBuffer::add);
        assertThat(actual).as("authors of <%s>", text).isEqualTo(expected);
        assertThat(fromBuffer).as("warnings of <%s>", text).isEqualTo(fromString);
        return actual;
    }

    @Test
    void everyAuthorListOfTheRecordedDayAgrees() throws XMLStreamException {
        List<String> lists = creatorsOf(ArxivRssFixtures.bytes(ALL_ARCHIVES));
        assertThat(lists).hasSize(1504);
        int authors = 0;
        int bufferWay = 0;
        for (String list : lists) {
            authors += bothWays(list).size();
            char[] chars = list.toCharArray();
            if (ArxivAuthors.pieces(chars, chars.length, false) != null) {
                bufferWay++;
            }
        }
        assertThat(authors).isGreaterThan(7000);
        // Nearly all real lists are folded already and go the buffer way; the check above covers both ways.
        assertThat(bufferWay).isGreaterThan(1490);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // plain names, "and", the Oxford comma, stray separators
        "Michael Cooper, Samuel Cooper", "Alice Smith and Bob Jones", "D.V. Shetty, S.J. Yennello, and G.A. Souliotis",
        "A. One, B. Two and C. Three", "Alexander Anderson, Sandra Andrews", "", ",", ", ,", "and", "A and", "A and B",
        "A, and", "A,and B", "A, and, B", "and B", "A, B,", ",A", "A ,B", "Sand and Andy", "A, andrew B", "A, and ",
        // affiliations, nested and unbalanced parentheses, braces
        "Mohammed Riadh Berramdane (IFPEN), Benjamin R\\'emy (LEMTA)",
        "Alexandre Benoist (LORIA, CNRS), Jean Kieffer (LORIA, CNRS)", "Ana Lima (Dept. of Physics (DF), Univ. X), Bo Li",
        "Ann Bell (CERN, Carl Dunn", "A) B, C", "A (Univ), ", "(Univ X)", "A (U and V), B", "{Van Der} Berg, C",
        "A {B, C} D, E", "A}, B{", "$\\alpha$ Team, B",
        // TeX accents and letters of their own
        "Jos\\'e P\\'erez (Universit\\'e de Montr\\'eal)", "Przemys{\\l}aw Olbratowski, {\\L}ukasz Nowak",
        "Gu{\\dh}mundur Stef\\'ansson, \\TH{}ora J\\'onsd\\'ottir", "J\\\"urgen Jost, Luis Mendon\\c{c}a",
        // et al., numbered footnote affiliations, names with no letter
        "J. Smith, et al.", "J. Smith, et al", "J. Smith, Et. al.",
        "A. Author (1), B. Author (1, 2), C. Author (2) ((1) Univ X, Paris, (2) Inst Y)",
        "A. Author (1), B. Author (2) ((1) Univ X, (2) Inst Y)", "ATLAS Collaboration: A, B", "A, :, B", "-, B", "1, B",
        "A, {}", "A, ()", ":",
        // white space the String way folds first: every one goes that way
        "  Krishna Shende,\n  Kavita Dorai,  Arvind ", " A", "A ", "A  B", "A and  B", "A  and B", "A\tB, C", "A\nand B",
        "A\u00a0B", "A\u2009B, C", "A\u2002B", "\u2002", "A,\u3000B", "\u001f",
        // letters beyond ASCII
        "José Pérez, Zoë Ørsted", "Łukasz Nowak and 李 小龍", "𝔄 Fraktur, B"
    })
    void handWrittenShapesAgree(String text) {
        bothWays(text);
    }

    @Test
    void theBufferWayCutsWhereTheStringWayDoes() {
        assertThat(bothWays("D.V. Shetty, S.J. Yennello, and G.A. Souliotis")).extracting(Author::name)
                .containsExactly("D.V. Shetty", "S.J. Yennello", "G.A. Souliotis");
        assertThat(bothWays("Ana Lima (Dept. of Physics (DF), Univ. X), Bo Li")).containsExactly(
                new Author("Ana Lima", "Dept. of Physics (DF), Univ. X", null), Author.of("Bo Li"));
        assertThat(bothWays("Benjamin R\\'emy (LEMTA), J. Smith, et al.")).containsExactly(
                new Author("Benjamin Rémy", "LEMTA", null), Author.of("J. Smith"));
    }

    @Test
    void severalCreatorElementsAreOneList() throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader("test", URI.create("http://h/"), new ByteArrayInputStream(
                "<i><c>A. One, B. Two</c><c>C. Three (Univ, X)</c><c></c></i>".getBytes(StandardCharsets.UTF_8)));
        RssTextReader text = new RssTextReader(xml);
        xml.nextTag();
        List<String> notes = new ArrayList<>();
        text.clearCreators();
        assertThat(text.authors(notes::add)).isEmpty();
        while (SafeXml.nextChild(xml)) {
            text.read();
            text.appendCreators();
        }
        // As the String way on "A. One, B. Two" + ", " + "C. Three (Univ, X)" + ", " + "".
        assertThat(text.authors(notes::add)).isEqualTo(ArxivAuthors.split("A. One, B. Two, C. Three (Univ, X), "))
                .containsExactly(Author.of("A. One"), Author.of("B. Two"), new Author("C. Three", "Univ, X", null));
        text.clearCreators();
        assertThat(text.authors(notes::add)).isEmpty();
        assertThat(notes).isEmpty();
    }

    /** The text of every {@code dc:creator} of the document, as the parser reads it. */
    private static List<String> creatorsOf(byte[] document) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader("test", URI.create("http://h/"), new ByteArrayInputStream(document));
        List<String> lists = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "creator".equals(xml.getLocalName())
                    && ArxivRssParser.DC_NS.equals(xml.getNamespaceURI())) {
                lists.add(SafeXml.elementText(xml));
            }
        }
        return lists;
    }
}
