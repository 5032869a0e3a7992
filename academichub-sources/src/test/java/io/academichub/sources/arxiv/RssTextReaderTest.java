package io.academichub.sources.arxiv;

import io.academichub.model.AnnounceType;
import io.academichub.text.CleanText;
import io.academichub.xml.SafeXml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RssTextReader}: in-place folding must give exactly what {@link CleanText#foldWhitespace} gives. */
class RssTextReaderTest {

    /** A reader positioned on {@code <t>}, with {@code body} (XML-escaped by the caller) inside. */
    private static RssTextReader readerOn(String body) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader("test", URI.create("http://h/"),
                new ByteArrayInputStream(("<t>" + body + "</t>").getBytes(StandardCharsets.UTF_8)));
        xml.nextTag();
        RssTextReader text = new RssTextReader(xml);
        text.read();
        return text;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", " a ", "a b", "a  b", "a \n b", "\n\ta\r\nb\t c  ", "a&#160;&#160;b",
            "x&#8201;y", "é  ü", "a b c d", "trailing ", " leading", "a&#160;", "α β  γ"})
    void foldsLikeCleanText(String body) throws XMLStreamException {
        RssTextReader text = readerOn(body);
        String raw = text.text();
        assertThat(text.folded()).isEqualTo(CleanText.foldWhitespace(raw));
        assertThat(text.foldedToken()).isEqualTo(CleanText.foldWhitespace(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/abs/2411.17700", "oai:arXiv.org:2411.17700v1", " oai:x ", "a\tb",
            "a&#13;b", "x&#8201;", "&#160;y", "10.1103/PhysRevD.1.1", "é", "", "a b"})
    void tokensFoldLikeCleanText(String body) throws XMLStreamException {
        RssTextReader text = readerOn(body);
        assertThat(text.foldedToken()).isEqualTo(CleanText.foldWhitespace(text.text()));
    }

    @Test
    void nestedMarkupContributesItsText() throws XMLStreamException {
        assertThat(readerOn("a <b>bold</b> c<![CDATA[ & d]]>").text()).isEqualTo("a bold c & d");
    }

    @Test
    void descriptionPrefixIsTakenApart() throws XMLStreamException {
        RssTextReader.Description d = readerOn("arXiv:2411.17700v1 Announce Type: replace-cross \nAbstract: "
                + "We  show\n that $a &lt; b$.").description();
        assertThat(d.id()).isEqualTo("2411.17700v1");
        assertThat(d.announceType()).isEqualTo(AnnounceType.REPLACE_CROSS);
        assertThat(d.abstractText()).isEqualTo("We show that $a < b$.");
    }

    @Test
    void announceTypesAreRecognisedWithoutStrings() throws XMLStreamException {
        assertThat(readerOn(" new ").announceType()).isEqualTo(AnnounceType.NEW);
        assertThat(readerOn("cross").announceType()).isEqualTo(AnnounceType.CROSS);
        assertThat(readerOn("replace").announceType()).isEqualTo(AnnounceType.REPLACE);
        assertThat(readerOn("replace-cross").announceType()).isEqualTo(AnnounceType.REPLACE_CROSS);
        assertThat(readerOn("newer").announceType()).isNull();
        assertThat(readerOn("").announceType()).isNull();
    }

    @Test
    void repeatingTextsFoldLikeCleanTextWhetherSeenBeforeOrNot() throws XMLStreamException {
        // The same texts twice over, so that the second round comes from the pool; "a\nb" folds to "a b", of the
        // same length, and must never be taken for it.
        String[] bodies = {"cs.AI", " cs.AI ", "cs.AI\n", "cs.LG", "a\nb", "a b", "a\nb", "a  b", "", " ",
            "http://creativecommons.org/licenses/by/4.0/", "x".repeat(64), "x".repeat(65), "é α", "&#160;cs.AI"};
        StringBuilder doc = new StringBuilder("<r>");
        for (int round = 0; round < 2; round++) {
            for (String body : bodies) {
                doc.append("<t>").append(body).append("</t>");
            }
        }
        XMLStreamReader xml = SafeXml.reader("test", URI.create("http://h/"),
                new ByteArrayInputStream(doc.append("</r>").toString().getBytes(StandardCharsets.UTF_8)));
        xml.nextTag();
        RssTextReader text = new RssTextReader(xml);
        int read = 0;
        while (SafeXml.nextChild(xml)) {
            text.read();
            String raw = text.text();
            assertThat(text.foldedRepeating()).as("text <%s>", raw).isEqualTo(CleanText.foldWhitespace(raw));
            read++;
        }
        assertThat(read).isEqualTo(2 * bodies.length);
    }

    @Test
    void aRepeatingTextIsOneString() throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader("test", URI.create("http://h/"), new ByteArrayInputStream(
                "<r><t>cs.AI</t><t> cs.AI</t><t>cs.LG</t></r>".getBytes(StandardCharsets.UTF_8)));
        xml.nextTag();
        RssTextReader text = new RssTextReader(xml);
        SafeXml.nextChild(xml);
        text.read();
        String first = text.foldedRepeating();
        SafeXml.nextChild(xml);
        text.read();
        assertThat(text.foldedRepeating()).isSameAs(first);
        SafeXml.nextChild(xml);
        text.read();
        assertThat(text.foldedRepeating()).isEqualTo("cs.LG");
    }

    @Test
    void strippedEqualsComparesWithoutMakingAString() throws XMLStreamException {
        assertThat(readerOn(" Thu, 28 Nov 2024 00:00:00 -0500\n").strippedEquals("Thu, 28 Nov 2024 00:00:00 -0500"))
                .isTrue();
        assertThat(readerOn("Thu, 28 Nov 2024 00:00:00 -0400").strippedEquals("Thu, 28 Nov 2024 00:00:00 -0500"))
                .isFalse();
    }

    @Test
    void isSpaceIsExactlyTheWhiteSpaceCleanTextFolds() {
        // A pair of the char between letters: folding changes it exactly when the char is white space.
        int spaces = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String pair = "a" + c + c + "b";
            boolean folds = !CleanText.foldWhitespace(pair).equals(pair);
            assertThat(RssTextReader.isSpace(c)).as("U+%04X", (int) c).isEqualTo(folds);
            spaces += folds ? 1 : 0;
        }
        assertThat(spaces).isEqualTo(7); // space, \t, \n, \f, \r, U+00A0, U+2009
    }
}
