package io.academichub.xml;

import io.academichub.error.FeedFormatException;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * How {@link SafeXml#reader(String, URI, java.io.InputStream)} decodes a document: UTF-8 by the JDK's decoder
 * ({@link Utf8Document}), everything else by Woodstox, and bytes that are not valid in the encoding refused with the
 * line and column of the bad byte. All documents here are CONSTRUCTED.
 */
class SafeXmlEncodingTest {

    /** Where the documents "came from": only named in the errors, never fetched (".invalid" never resolves). */
    private static final URI FEED = URI.create("https://feeds.example.invalid/rss/cs.AI");

    /** The text of every element, in document order, joined by "|". */
    private static String texts(byte[] document) {
        return SafeXml.read("arxiv:cs.AI", FEED, new ByteArrayInputStream(document), xml -> {
            StringBuilder all = new StringBuilder();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && !xml.getLocalName().equals("feed")) {
                    all.append(all.length() == 0 ? "" : "|").append(xml.getElementText());
                }
            }
            return all.toString();
        });
    }

    private static FeedFormatException refusal(byte[] document) {
        return catchThrowableOfType(() -> texts(document), FeedFormatException.class);
    }

    private static byte[] bytes(String s, Charset charset) {
        return s.getBytes(charset);
    }

    @Test
    void utf8IsDecodedWhateverTheDeclarationSaysOfIt() {
        String body = "<feed><t>Schrödinger’s “cat” — ψ 量子</t><t>x</t></feed>";
        for (String prolog : new String[] {"", "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n", "\n  "}) {
            assertThat(texts(bytes(prolog + body, StandardCharsets.UTF_8))).as(prolog)
                    .isEqualTo("Schrödinger’s “cat” — ψ 量子|x");
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsNoPartOfTheText() {
        byte[] text = bytes("<feed><t>é</t></feed>", StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);

        assertThat(Utf8Document.utf8Start(withMark)).isEqualTo(3);
        assertThat(texts(withMark)).isEqualTo("é");
    }

    @Test
    void otherEncodingsAreStillReadByTheirDeclarationOrMark() {
        String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><feed><t>café</t></feed>";
        byte[] latinBytes = bytes(latin, StandardCharsets.ISO_8859_1);
        assertThat(Utf8Document.utf8Start(latinBytes)).isEqualTo(-1);
        assertThat(texts(latinBytes)).isEqualTo("café");

        byte[] utf16 = bytes("\uFEFF<feed><t>ψ café</t></feed>", StandardCharsets.UTF_16BE);
        assertThat(Utf8Document.utf8Start(utf16)).isEqualTo(-1);
        assertThat(texts(utf16)).isEqualTo("ψ café");

        byte[] ascii = bytes("<?xml version=\"1.0\" encoding=\"US-ASCII\"?><feed><t>plain</t></feed>",
                StandardCharsets.US_ASCII);
        assertThat(Utf8Document.utf8Start(ascii)).isEqualTo(-1); // Woodstox refuses bytes above 0x7f in it
        assertThat(texts(ascii)).isEqualTo("plain");
    }

    @Test
    void charsSplitAcrossTheDecodersChunksComeOutWhole() {
        // 40,000 chars of two-, three- and four-byte sequences: every chunk boundary of 16 KB cuts one of them
        StringBuilder text = new StringBuilder();
        while (text.length() < 40_000) {
            text.append("é量😀a");
        }
        String document = "<feed><t>" + text + "</t><t>end</t></feed>";

        assertThat(texts(bytes(document, StandardCharsets.UTF_8))).isEqualTo(text + "|end");
    }

    @Test
    void aStreamThatGivesAFewBytesAtATimeDecodesTheSame() {
        // a network body often arrives in small reads, cutting sequences anywhere
        StringBuilder text = new StringBuilder();
        while (text.length() < 5_000) {
            text.append("é量😀a ");
        }
        byte[] document = bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed><t>" + text + "</t></feed>",
                StandardCharsets.UTF_8);
        for (int most : new int[] {1, 2, 3, 7}) {
            InputStream trickle = new FilterInputStream(new ByteArrayInputStream(document)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return super.read(b, off, Math.min(len, most));
                }
            };
            String read = SafeXml.read("arxiv:cs.AI", FEED, trickle, xml -> {
                while (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("t")) {
                    // to the text's element
                }
                return xml.getElementText();
            });
            assertThat(read).as("%d bytes a read", most).isEqualTo(text.toString());
        }
    }

    @Test
    void aDeclarationThatDoesNotEndInTheFirstBytesGoesToWoodstox() {
        String padded = "<?xml version=\"1.0\"" + " ".repeat(600) + "encoding=\"UTF-8\"?><feed><t>é</t></feed>";
        byte[] document = bytes(padded, StandardCharsets.UTF_8);

        assertThat(Utf8Document.utf8Start(java.util.Arrays.copyOf(document, 512))).isEqualTo(-1);
        assertThat(texts(document)).isEqualTo("é");
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedAtItsLineAndColumn() {
        byte[] document = bytes("<feed>\n  <t>ab\u00e9cd</t>\n</feed>", StandardCharsets.UTF_8);
        int bad = indexOf(document, (byte) 0xC3);
        document[bad] = (byte) 0xFF; // "ab" then a byte no UTF-8 text holds

        FeedFormatException e = refusal(document);

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(8); // "  <t>ab" is seven chars
        assertThat(e).hasMessage("arxiv:cs.AI: not valid in its encoding: byte 0xff (offset " + bad
                + ") is not UTF-8 at line 2, column 8 (" + FEED + ")");
    }

    @Test
    void aBadByteFarIntoALongTextIsPlacedAtTheTextsStart() {
        // the bad byte comes 30,000 chars into a text that started 300 lines before, many reads of the decoder back
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 300; line++) {
            text.append("a line of an abstract, hard-wrapped as feeds send them, ninety-nine chars long, no more\n");
        }
        String document = "<feed>\n<t>" + text + "tail \u00e9</t></feed>";
        byte[] bytes = bytes(document, StandardCharsets.UTF_8);
        int bad = indexOf(bytes, (byte) 0xC3);
        bytes[bad + 1] = 'x'; // a lead byte without its continuation

        FeedFormatException e = refusal(bytes);

        // the decoder keeps only the chars of its last read: the place given is where the text starts, and the
        // message says so
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(4); // "<t>" is three chars
        assertThat(e).hasMessage("arxiv:cs.AI: not valid in its encoding: byte 0xc3 (offset " + bad + ") is not UTF-8,"
                + " in the text from the line and column given at line 2, column 4 (" + FEED + ")");
    }

    @Test
    void aDocumentEndingInsideASequenceIsRefused() {
        byte[] whole = bytes("<feed><t>é", StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);

        FeedFormatException e = refusal(cut);

        assertThat(e.getMessage()).contains("not valid in its encoding: the document ends inside a UTF-8 sequence"
                + " (offset " + (cut.length - 1) + ")");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(10);
    }

    @Test
    void theReaderStillRefusesADoctypeAndNamesTheLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html/>", StandardCharsets.UTF_8));
        XMLStreamReader xml = SafeXml.reader("arxiv:cs.AI", FEED, new ByteArrayInputStream(out.toByteArray()));
        int event = xml.next();
        while (event != XMLStreamConstants.DTD) {
            event = xml.next();
        }

        FeedFormatException e = SafeXml.doctypeRefused("arxiv:cs.AI", FEED, xml, "an arXiv feed");

        assertThat(e.detail()).startsWith("the server sent an HTML page, not an arXiv feed");
        assertThat(e.line()).isEqualTo(2);
    }

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        throw new AssertionError("no byte " + value);
    }
}
