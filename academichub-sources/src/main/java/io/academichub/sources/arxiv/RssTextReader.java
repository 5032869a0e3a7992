package io.academichub.sources.arxiv;

import io.academichub.model.AnnounceType;

import io.academichub.text.CleanText;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.Arrays;

/**
 * Element text for {@link ArxivRssParser}, read into one reused buffer so that the hot path makes one String per
 * field it keeps and none for the fields it only compares ({@code pubDate}, announce type). Folding white space
 * and dropping arXiv's description prefix happen in place, before the String is made: an abstract is copied once,
 * not three times (text, substring, folded copy).
 *
 * <p>White space is folded by the rule of {@link io.academichub.text.CleanText#foldWhitespace}, on a char array.
 */
final class RssTextReader {

    private static final char[] ARXIV = "arXiv:".toCharArray();
    private static final char[] ANNOUNCE = "Announce Type:".toCharArray();
    private static final char[] ABSTRACT = "Abstract:".toCharArray();

    private final XMLStreamReader xml;
    private char[] buf = new char[4096];
    private int len;

    RssTextReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /**
     * Reads the text of the element the reader is on into the buffer, leaving the reader on its end tag. Nested
     * markup (arXiv sends none) contributes its text instead of failing the feed.
     */
    void read() throws XMLStreamException {
        len = 0;
        int depth = 1;
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int n = xml.getTextLength();
                    if (len + n > buf.length) {
                        buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
                    }
                    System.arraycopy(xml.getTextCharacters(), xml.getTextStart(), buf, len, n);
                    len += n;
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (--depth == 0) {
                        return;
                    }
                }
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    /** The text as read. */
    String text() {
        return new String(buf, 0, len);
    }

    /** The text with white space runs folded to one space and both ends stripped. */
    String folded() {
        return folded(0);
    }

    /** Whether the text, stripped, is exactly {@code s}; makes no String. */
    boolean strippedEquals(String s) {
        int start = skipSpace(0);
        int end = len;
        while (end > start && isSpace(buf[end - 1])) {
            end--;
        }
        if (end - start != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The buffer read as an arXiv RSS description, {@code arXiv:2411.17700v1 Announce Type: new \nAbstract: …}: the
     * id and announce type from the prefix, the abstract after it, folded. Text without the prefix is all abstract.
     */
    Description description() {
        int i = skipSpace(0);
        if (!startsWith(i, ARXIV)) {
            return new Description(null, null, folded(i));
        }
        int idStart = i + ARXIV.length;
        int idEnd = skipWord(idStart);
        String id = new String(buf, idStart, idEnd - idStart);
        int at = skipSpace(idEnd);
        AnnounceType type = null;
        if (startsWith(at, ANNOUNCE)) {
            int typeStart = skipSpace(at + ANNOUNCE.length);
            int typeEnd = skipWord(typeStart);
            type = announceType(typeStart, typeEnd);
            at = skipSpace(typeEnd);
        }
        if (startsWith(at, ABSTRACT)) {
            at += ABSTRACT.length;
        }
        return new Description(id, type, folded(at));
    }

    /**
     * The announce type the stripped text names; {@code null} when it names none of arXiv's four. Makes no String.
     */
    AnnounceType announceType() {
        int start = skipSpace(0);
        int end = len;
        while (end > start && isSpace(buf[end - 1])) {
            end--;
        }
        return announceType(start, end);
    }

    private AnnounceType announceType(int start, int end) {
        switch (end - start) {
            case 3:
                return matches(start, "new") ? AnnounceType.NEW : null;
            case 5:
                return matches(start, "cross") ? AnnounceType.CROSS : null;
            case 7:
                return matches(start, "replace") ? AnnounceType.REPLACE : null;
            case 13:
                return matches(start, "replace-cross") ? AnnounceType.REPLACE_CROSS : null;
            default:
                return null;
        }
    }

    private boolean matches(int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (buf[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // buf[from, len) as one String, white space folded. Nearly every text is folded already, which CleanText finds
    // with a vectorised search of the String; only the rest is copied a second time.
    private String folded(int from) {
        int start = skipSpace(from);
        int end = len;
        while (end > start && isSpace(buf[end - 1])) {
            end--;
        }
        return CleanText.foldWhitespace(new String(buf, start, end - start));
    }

    private boolean startsWith(int at, char[] prefix) {
        if (at + prefix.length > len) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private int skipSpace(int i) {
        while (i < len && isSpace(buf[i])) {
            i++;
        }
        return i;
    }

    private int skipWord(int i) {
        while (i < len && !isSpace(buf[i])) {
            i++;
        }
        return i;
    }

    // The same characters CleanText.foldWhitespace treats as white space.
    private static boolean isSpace(char c) {
        if (c > ' ') {
            return c == '\u00a0' || c == '\u2009';
        }
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    }

    /**
     * An RSS description taken apart.
     *
     * @param id           the versioned id after {@code arXiv:}, or {@code null} without the prefix
     * @param announceType the announce type the prefix names, or {@code null}
     * @param abstractText the abstract, folded
     */
    record Description(String id, AnnounceType announceType, String abstractText) {
    }
}
