package io.academichub.sources.arxiv;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.PaperId;
import io.academichub.model.VersionedId;
import io.academichub.text.CleanText;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

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
    private static final char[] OAI_ARXIV = "oai:arXiv.org:".toCharArray();
    private static final char[] ANNOUNCE = "Announce Type:".toCharArray();
    private static final char[] ABSTRACT = "Abstract:".toCharArray();

    private final XMLStreamReader xml;
    private char[] buf = new char[4096];
    private int len;
    // Short texts that repeat from item to item (categories, licences), each kept once and compared in place: no
    // String made and checked for every item. A text is looked for in four neighbouring slots from its hash, so that
    // the hundred-odd categories of an all-archives feed do not evict each other; a slot holds a text as chars
    // (compared with the JVM's vectorised Arrays.equals), its hash, and the String handed out.
    private static final int POOLED_MAX_CHARS = 64;
    private static final int POOL_SLOTS = 512;
    private static final int POOL_PROBES = 4;
    private final String[] pool = new String[POOL_SLOTS];
    private final char[][] pooledChars = new char[POOL_SLOTS][];
    private final int[] pooledHashes = new int[POOL_SLOTS];
    // The item's dc:creator text, kept until the item ends (its id names the warnings); -1 when it has none.
    private char[] creators = new char[1024];
    private int creatorsLength = -1;

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
                    // copied from the reader's own buffers: getTextCharacters() would first join a text that
                    // spans several (one that crosses the end of a read from the stream) into a new array
                    len += xml.getTextCharacters(0, buf, len, n);
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

    /** Forgets the author list of the item before. */
    void clearCreators() {
        creatorsLength = -1;
    }

    /**
     * Adds the text read to the item's author list: as it is for the first {@code dc:creator}, after {@code ", "} for
     * any further one.
     */
    void appendCreators() {
        int at = creatorsLength < 0 ? 0 : creatorsLength + 2;
        if (at + len > creators.length) {
            creators = Arrays.copyOf(creators, Math.max(at + len, creators.length * 2));
        }
        if (creatorsLength >= 0) {
            creators[creatorsLength] = ',';
            creators[creatorsLength + 1] = ' ';
        }
        System.arraycopy(buf, 0, creators, at, len);
        creatorsLength = at + len;
    }

    /** The authors of the item's {@code dc:creator} text, split by {@link ArxivAuthors}; none without one. */
    List<Author> authors(Consumer<String> dropped) {
        return creatorsLength < 0 ? new ArrayList<>() : ArxivAuthors.split(creators, creatorsLength, dropped);
    }

    /** The text as read. */
    String text() {
        return new String(buf, 0, len);
    }

    /** The text with white space runs folded to one space and both ends stripped. */
    String folded() {
        return folded(0);
    }

    /**
     * As {@link #folded()}, for a text that is one token, a URL or an id: a look at its few chars finds no white
     * space, which costs less than CleanText's searches do on so short a text.
     */
    String foldedToken() {
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c <= ' ' || c >= '\u00a0' && isSpace(c)) {
                return folded(0);
            }
        }
        return new String(buf, 0, len);
    }

    /**
     * As {@link #folded()}, for a text that repeats from item to item: a text seen before is the same String, found
     * without making one.
     */
    String foldedRepeating() {
        int start = skipSpace(0);
        int end = strippedEnd(start);
        int n = end - start;
        if (n > POOLED_MAX_CHARS) {
            return folded(start);
        }
        if (n == 0) {
            return "";
        }
        int hash = n;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + buf[i];
        }
        int home = (hash ^ hash >>> 9) & (POOL_SLOTS - 1);
        int free = home; // where a new text goes: the first empty slot probed, else its home slot
        for (int probe = 0; probe < POOL_PROBES; probe++) {
            int slot = (home + probe) & (POOL_SLOTS - 1);
            char[] pooled = pooledChars[slot];
            if (pooled == null) {
                free = slot;
                break;
            }
            if (pooledHashes[slot] == hash && Arrays.equals(buf, start, end, pooled, 0, pooled.length)) {
                return pool[slot]; // folded text equal to these chars: folding them gives it again
            }
        }
        String text = folded(start);
        if (text.length() == n && matches(start, text)) {
            // only text that folding left as it was, so that a match above is exact
            pool[free] = text;
            pooledChars[free] = Arrays.copyOfRange(buf, start, end);
            pooledHashes[free] = hash;
        }
        return text;
    }

    /**
     * The id and version of a guid in arXiv's own form, {@code oai:arXiv.org:2411.17700v1}, read in place: the id's
     * String is the only one made. {@code null} for any other text, to be read by
     * {@link PaperId#parseVersioned(String)} as before — this only spares the common case its Strings.
     */
    VersionedId arxivGuid() {
        int start = skipSpace(0);
        int end = strippedEnd(start);
        if (!startsWith(start, OAI_ARXIV)) {
            return null;
        }
        int idStart = start + OAI_ARXIV.length;
        int digits = end;
        while (digits > idStart && buf[digits - 1] >= '0' && buf[digits - 1] <= '9') {
            digits--;
        }
        int idEnd = end;
        int version = 0;
        if (digits < end && digits - 1 > idStart && buf[digits - 1] == 'v') {
            if (end - digits > 6) {
                return null;
            }
            for (int i = digits; i < end; i++) {
                version = version * 10 + (buf[i] - '0');
            }
            if (version < 1) {
                return null;
            }
            idEnd = digits - 1;
        }
        try {
            // PaperId checks that this is a canonical arXiv id; anything else goes the long way
            return new VersionedId(new PaperId(PaperId.ARXIV, new String(buf, idStart, idEnd - idStart)), version);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the text, stripped, is exactly {@code s}; makes no String. */
    boolean strippedEquals(String s) {
        int start = skipSpace(0);
        int end = strippedEnd(start);
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
        int end = strippedEnd(start);
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
        int end = strippedEnd(start);
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

    // Where the text ends once trailing white space is stripped, not before `start`.
    private int strippedEnd(int start) {
        int end = len;
        while (end > start && isSpace(buf[end - 1])) {
            end--;
        }
        return end;
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

    // The characters CleanText.foldWhitespace folds, written here beside the loops that test every char of a feed
    // (RssTextReaderTest holds the two to the same set).
    static boolean isSpace(char c) {
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
