package io.academichub.sources.journals;

import io.academichub.error.FeedFormatException;

import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A feed's bytes to text, before any parser sees them: the encoding as Rome's {@link XmlReader} finds it (the
 * {@code Content-Type} charset, the byte-order mark, the XML declaration), or UTF-32 from its byte-order mark or its
 * first bytes (which Rome does not know). Bytes that are not valid in that encoding are refused with the line and
 * column, as the StAX readers refuse them — never silently replaced by U+FFFD.
 */
final class FeedDecoding {

    private FeedDecoding() {
    }

    static String decode(byte[] bytes, String contentType, String sourceId, URI uri) {
        Charset charset = utf32(bytes);
        if (charset == null) {
            charset = detected(bytes, contentType, sourceId, uri);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw badByte(out, bytes, in.position(), charset, sourceId, uri);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw badByte(out, bytes, in.position(), charset, sourceId, uri);
        }
        out.flip();
        String text = out.toString();
        // The byte-order mark is no part of the document; Java's decoders keep it for UTF-8.
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static Charset detected(byte[] bytes, String contentType, String sourceId, URI uri) {
        try (XmlReader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(bytes), true, null)
                : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
            return Charset.forName(reader.getEncoding());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FeedFormatException(sourceId, uri, 1, 1, "the feed's encoding '" + e.getMessage()
                    + "' is not one Java knows", e);
        } catch (IOException e) {
            throw new FeedFormatException(sourceId, uri, -1, -1, "could not tell the feed's encoding: "
                    + e.getMessage(), e);
        }
    }

    // UTF-32 by its byte-order mark, or by "<" as the first character (XML 1.0, appendix F).
    private static Charset utf32(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        if (b[0] == 0 && b[1] == 0 && (b[2] == (byte) 0xFE && b[3] == (byte) 0xFF || b[2] == 0 && b[3] == '<')) {
            return Charset.forName("UTF-32BE");
        }
        if ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == '<' && b[1] == 0) && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        return null;
    }

    private static FeedFormatException badByte(CharBuffer decoded, byte[] bytes, int at, Charset charset,
                                               String sourceId, URI uri) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String value = at < bytes.length ? String.format(" 0x%02x", bytes[at] & 0xff) : "";
        return new FeedFormatException(sourceId, uri, line, column, "not valid in its encoding: byte" + value
                + " (offset " + at + ") is not " + charset.name(), new CharacterCodingException());
    }
}
