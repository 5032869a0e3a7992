package io.academichub.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A UTF-8 document's bytes as chars, decoded by the JDK's UTF-8 decoder straight into the XML reader's buffer.
 *
 * <p>Why: Woodstox decodes UTF-8 itself, a char at a time after a copy of the bytes; the JDK's decoder takes runs of
 * ASCII (nearly all of a feed) with a vectorised intrinsic. On arXiv's 2.8 MB announcement feed that makes tokenising
 * about 15 % cheaper (BENCHMARKS.md). Invalid bytes are refused, never replaced: the chars before a bad byte are
 * delivered first, so that the XML reader's position is at the bad byte when the error reaches it.
 *
 * <p>{@link #open} takes this path only when the document is certainly UTF-8 (no declaration, or one that says
 * UTF-8; no byte-order mark but UTF-8's) and starts as XML does; every other document goes to Woodstox's own
 * encoding detection unchanged.
 */
final class Utf8Document extends Reader {

    /** How much of the document {@link #open} looks at to settle its encoding: any XML declaration fits. */
    private static final int HEAD = 512;
    private static final int CHUNK = 16 * 1024;

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK); // read, not yet decoded (between reads: flipped)
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private long bytesBefore; // bytes of the document before bytes' first
    private long charsDelivered;
    private boolean endOfInput;
    private NotUtf8Exception refused; // once found, thrown at every read

    private Utf8Document(byte[] head, int start, InputStream in) {
        this.in = in;
        bytes.put(head, start, head.length - start);
        bytesBefore = start;
        bytes.flip();
    }

    /**
     * A reader over the document: through this decoder when its first bytes prove it UTF-8, else through Woodstox's
     * own encoding detection, the bytes looked at put back in front.
     */
    static XMLStreamReader open(XMLInputFactory factory, InputStream in) throws IOException, XMLStreamException {
        byte[] head = in.readNBytes(HEAD);
        int start = utf8Start(head);
        return start >= 0 ? factory.createXMLStreamReader(new Utf8Document(head, start, in))
                : factory.createXMLStreamReader(new SequenceInputStream(new ByteArrayInputStream(head), in));
    }

    /**
     * Where the document's chars start (after a UTF-8 byte-order mark) when the first bytes prove it UTF-8, or -1.
     * XML says a document without a byte-order mark or an encoding declaration is UTF-8.
     */
    static int utf8Start(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF ? 3 : 0;
        if (start >= head.length) {
            return -1; // empty: Woodstox's own words for an empty document
        }
        byte first = head[start];
        if (first != '<' && first != ' ' && first != '\n' && first != '\r' && first != '\t') {
            return -1; // UTF-16 or -32, EBCDIC, or not XML at all: for Woodstox to say
        }
        if (!startsWith(head, start, "<?xml")) {
            return start;
        }
        int end = indexOf(head, start, "?>");
        if (end < 0) {
            return -1;
        }
        String declaration = new String(head, start, end - start, StandardCharsets.US_ASCII);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return start;
        }
        int quote = at + "encoding".length();
        while (quote < declaration.length() && declaration.charAt(quote) != '"' && declaration.charAt(quote) != '\'') {
            quote++;
        }
        int close = quote < declaration.length() ? declaration.indexOf(declaration.charAt(quote), quote + 1) : -1;
        if (close < 0) {
            return -1;
        }
        String name = declaration.substring(quote + 1, close).toUpperCase(Locale.ROOT);
        return name.equals("UTF-8") || name.equals("UTF8") ? start : -1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (refused != null) {
            throw refused;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            int decoded = out.position() - offset;
            if (result.isError()) {
                refused = refusal(result, Arrays.copyOfRange(buffer, offset, offset + decoded));
                if (decoded > 0) {
                    charsDelivered += decoded;
                    return decoded; // the chars before the bad byte, first
                }
                throw refused;
            }
            if (decoded > 0) {
                charsDelivered += decoded;
                return decoded;
            }
            if (endOfInput) {
                return -1;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        bytesBefore += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private NotUtf8Exception refusal(CoderResult result, char[] lead) {
        long offset = bytesBefore + bytes.position();
        String what = endOfInput && result.length() >= bytes.remaining()
                ? "the document ends inside a UTF-8 sequence (offset " + offset + ")"
                : String.format(Locale.ROOT, "byte 0x%02x (offset %d) is not UTF-8", bytes.get(bytes.position()) & 0xff,
                offset);
        return new NotUtf8Exception(what, charsDelivered + lead.length, lead);
    }

    @Override
    public void close() {
        // the caller owns the stream
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, String s) {
        for (int i = from; i + s.length() <= b.length; i++) {
            if (startsWith(b, i, s)) {
                return i;
            }
        }
        return -1;
    }

    /** A byte that is not UTF-8, with what places it on its line. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        /** Chars of the document before the bad byte. */
        private final long charOffset;
        /** The chars just before the bad byte, as far back as the read that found it. */
        private final transient char[] lead;

        NotUtf8Exception(String message, long charOffset, char[] lead) {
            super(message);
            this.charOffset = charOffset;
            this.lead = lead;
        }

        /**
         * The line and column of the bad byte, counted on from where the XML reader's current token starts
         * ({@code line}, {@code column}, char offset {@code tokenStart}) when every char between the two is known;
         * {@code null} when the token starts further back.
         */
        int[] lineAndColumn(int line, int column, long tokenStart) {
            long leadStart = charOffset - lead.length;
            if (tokenStart < leadStart || tokenStart > charOffset) {
                return null;
            }
            for (int i = (int) (tokenStart - leadStart); i < lead.length; i++) {
                if (lead[i] == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new int[] {line, column};
        }
    }
}
