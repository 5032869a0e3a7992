package io.academichub.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical identity of a paper: a scheme and a value, written {@code scheme:value}.
 *
 * <ul>
 *   <li>{@code arxiv:2606.20005}, {@code arxiv:hep-th/9901001} — never with a version; see {@link VersionedId}</li>
 *   <li>{@code doi:10.1101/2026.06.16.123456} — always lower-case, without {@code https://doi.org/}</li>
 *   <li>{@code pmid:27797938}</li>
 *   <li>any other lower-case scheme a third-party source needs, with a free-form value</li>
 * </ul>
 *
 * <p>{@link #parse(String)} accepts what people and feeds actually write — abs and pdf URLs, OAI
 * identifiers, versioned ids, DOI URLs, the arXiv DOI {@code 10.48550/arXiv.…} — and returns the
 * canonical id:
 *
 * <pre>{@code
 * PaperId.parse("https://arxiv.org/pdf/2606.20005v2")   // arxiv:2606.20005
 * PaperId.parse("oai:arXiv.org:hep-th/9901001")          // arxiv:hep-th/9901001
 * PaperId.parse("https://doi.org/10.1101/2026.06.16.X")  // doi:10.1101/2026.06.16.x
 * }</pre>
 *
 * @param scheme lower-case scheme, such as {@code arxiv}, {@code doi} or {@code pmid}
 * @param value  the canonical value within the scheme
 */
public record PaperId(String scheme, String value) implements Comparable<PaperId> {

    /** The scheme of arXiv ids. */
    public static final String ARXIV = "arxiv";
    /** The scheme of DOIs. */
    public static final String DOI = "doi";
    /** The scheme of PubMed ids. */
    public static final String PMID = "pmid";

    /** The DOI prefix arXiv registers for every paper ({@code 10.48550/arXiv.2606.20005}). */
    static final String ARXIV_DOI_PREFIX = "10.48550/arxiv.";

    // Old-style ids: archive[.SUBJECT]/YYMMNNN, optional version (hep-th/9901001v2, math.PR/0601001). The subject
    // class is upper case in canonical form; a lower-cased one (from a lower-cased DOI) is accepted and restored.
    private static final Pattern OLD_STYLE =
            Pattern.compile("([a-z]+(?:-[a-z]+)*)(?:\\.([A-Za-z]{2}))?(/\\d{2}(?:0[1-9]|1[0-2])\\d{3})(?:v(\\d+))?");
    private static final Pattern ARXIV_URL = Pattern.compile(
            "https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/(.+?)(?:\\.pdf)?/?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_URL =
            Pattern.compile("https?://(?:dx\\.)?doi\\.org/(.+)", Pattern.CASE_INSENSITIVE);
    private static final String OAI_ARXIV_PREFIX = "oai:arxiv.org:";

    /**
     * Checks the components as described above.
     *
     * @param scheme lower-case scheme, such as {@code arxiv}, {@code doi} or {@code pmid}
     * @param value  the canonical value within the scheme
     */
    public PaperId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        if (!isScheme(scheme)) {
            throw new IllegalArgumentException("paper id scheme must be lower-case letters, digits or '-': '" + scheme + "'");
        }
        switch (scheme) {
            case ARXIV -> {
                ArxivParts parsed = arxivParts(value);
                if (parsed == null || parsed.version() != 0 || !parsed.id().equals(value)) {
                    throw new IllegalArgumentException("not a canonical arXiv id (no version, no prefix): '" + value + "'");
                }
            }
            case DOI -> {
                if (!isDoiValue(value) || !value.equals(value.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("not a canonical DOI (lower-case, starting with 10.): '" + value + "'");
                }
            }
            case PMID -> {
                if (!value.matches("[1-9]\\d{0,9}")) {
                    throw new IllegalArgumentException("not a PubMed id: '" + value + "'");
                }
            }
            default -> {
                if (value.isBlank() || !value.equals(value.strip())) {
                    throw new IllegalArgumentException("paper id value is blank or padded: '" + value + "'");
                }
            }
        }
    }

    /**
     * {@return the arXiv id for an id in any form {@link #parse} accepts that names an arXiv paper; the version is
     * dropped}
     *
     * @param text the id as written
     */
    public static PaperId arxiv(String text) {
        PaperId id = parse(text);
        if (!id.isArxiv()) {
            throw new IllegalArgumentException("not an arXiv identifier: '" + text + "'");
        }
        return id;
    }

    /**
     * {@return the id for a DOI, given bare ({@code 10.1038/…}), as {@code doi:…} or as a doi.org URL} The arXiv DOI
     * ({@code 10.48550/arXiv.2606.20005}) gives the DOI id; use {@link #parse} to get the arXiv id instead.
     *
     * @param text the id as written
     */
    public static PaperId doi(String text) {
        String doi = normalizeDoi(text);
        if (doi == null) {
            throw new IllegalArgumentException("not a DOI: '" + text + "'");
        }
        return new PaperId(DOI, doi);
    }

    /**
     * {@return the id for a PubMed id}
     *
     * @param text the id as written
     */
    public static PaperId pmid(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.regionMatches(true, 0, "pmid:", 0, 5)) {
            t = t.substring(5).strip();
        }
        return new PaperId(PMID, t);
    }

    /**
     * Canonicalises an identifier in any common form; see the class documentation.
     *
     * @param text canonicalises an identifier in any common form; see the class documentation
     * @return the canonical id
     * @throws IllegalArgumentException if the text is not an identifier this class recognises
     */
    public static PaperId parse(String text) {
        return parseVersioned(text).id();
    }

    /**
     * Like {@link #parse}, but keeps the arXiv version that the text carried ({@code 2606.20005v3} → version 3);
     * version is {@code 0} when the text named none or the id is not an arXiv id.
     *
     * @param text the id as written
     * @return the canonical id and the version it named
     */
    public static VersionedId parseVersioned(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("paper id is blank");
        }
        if (t.regionMatches(true, 0, OAI_ARXIV_PREFIX, 0, OAI_ARXIV_PREFIX.length())) {
            return requireArxiv(t.substring(OAI_ARXIV_PREFIX.length()), text);
        }
        Matcher url = ARXIV_URL.matcher(t);
        if (url.matches()) {
            return requireArxiv(url.group(1), text);
        }
        int colon = t.indexOf(':');
        if (colon > 0 && !t.startsWith("http")) {
            String scheme = t.substring(0, colon).toLowerCase(Locale.ROOT);
            String rest = t.substring(colon + 1).strip();
            switch (scheme) {
                case ARXIV:
                    return requireArxiv(rest, text);
                case DOI:
                    return fromDoi(rest, text);
                case PMID:
                    return new VersionedId(pmid(rest), 0);
                default:
                    if (isScheme(scheme) && !rest.isEmpty()) {
                        return new VersionedId(new PaperId(scheme, rest), 0);
                    }
                    throw new IllegalArgumentException("not a paper identifier: '" + text + "'");
            }
        }
        if (DOI_URL.matcher(t).matches() || t.startsWith("10.")) {
            return fromDoi(t, text);
        }
        VersionedId arxiv = parseArxivOrNull(t);
        if (arxiv != null) {
            return arxiv;
        }
        throw new IllegalArgumentException("not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): '"
                + text + "'");
    }

    /**
     * Reads the canonical form {@code scheme:value} exactly as {@link #toString()} writes it; the inverse of
     * {@code toString()}. Unlike {@link #parse}, nothing is re-interpreted: {@code doi:10.48550/arxiv.2606.20005}
     * stays a DOI, as a Paper's {@code sameAs} needs.
     *
     * @param text the id as written
     * @return the id
     * @throws IllegalArgumentException if the text is not a canonical id
     */
    public static PaperId ofCanonical(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not a canonical paper id (scheme:value): '" + text + "'");
        }
        return new PaperId(text.substring(0, colon), text.substring(colon + 1));
    }

    /** {@return whether this is an arXiv id} */
    public boolean isArxiv() {
        return ARXIV.equals(scheme);
    }

    /** {@return whether this is a DOI} */
    public boolean isDoi() {
        return DOI.equals(scheme);
    }

    /** {@code scheme:value}, the form used in the Paper JSON. */
    @Override
    public String toString() {
        return scheme + ':' + value;
    }

    @Override
    public int compareTo(PaperId other) {
        int c = scheme.compareTo(other.scheme);
        return c != 0 ? c : value.compareTo(other.value);
    }

    /**
     * {@return the DOI in canonical form (lower-case, no resolver prefix), or {@code null} if the text is no DOI}
     * Accepts {@code 10.…}, {@code doi:10.…} and {@code https://doi.org/10.…}.
     *
     * @param text the id as written
     */
    public static String normalizeDoi(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.regionMatches(true, 0, "doi:", 0, 4)) {
            t = t.substring(4).strip();
        }
        if (t.regionMatches(true, 0, "http", 0, 4)) {
            Matcher url = DOI_URL.matcher(t);
            if (url.matches()) {
                t = url.group(1);
            }
        }
        t = t.toLowerCase(Locale.ROOT);
        return isDoiValue(t) ? t : null;
    }

    /**
     * Whether {@code t} has a DOI's shape, {@code 10.} then 4 to 9 digits, a slash and a suffix without white space
     * (the regular expression {@code 10\.\d{4,9}/\S+}). Written out because it runs for every DOI of every feed,
     * several times (adapter, {@link Paper}, this constructor).
     */
    private static boolean isDoiValue(String t) {
        if (!t.startsWith("10.")) {
            return false;
        }
        int slash = 3;
        while (slash < t.length() && isDigit(t.charAt(slash))) {
            slash++;
        }
        if (slash - 3 < 4 || slash - 3 > 9 || slash + 1 >= t.length() || t.charAt(slash) != '/') {
            return false;
        }
        for (int i = slash + 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static VersionedId fromDoi(String doiText, String original) {
        String doi = normalizeDoi(doiText);
        if (doi == null) {
            throw new IllegalArgumentException("not a DOI: '" + original + "'");
        }
        if (doi.startsWith(ARXIV_DOI_PREFIX)) {
            // Lower-casing the DOI lowered an old-style subject class (math.PR); arxivParts restores it.
            VersionedId arxiv = parseArxivOrNull(doi.substring(ARXIV_DOI_PREFIX.length()));
            if (arxiv != null) {
                return arxiv;
            }
        }
        return new VersionedId(new PaperId(DOI, doi), 0);
    }

    private static VersionedId requireArxiv(String candidate, String original) {
        VersionedId id = parseArxivOrNull(candidate.strip());
        if (id == null) {
            throw new IllegalArgumentException("not an arXiv identifier: '" + original + "'");
        }
        return id;
    }

    private static VersionedId parseArxivOrNull(String t) {
        ArxivParts parts = arxivParts(t);
        return parts == null ? null : new VersionedId(new PaperId(ARXIV, parts.id()), parts.version());
    }

    private record ArxivParts(String id, int version) {
    }

    /**
     * Where the id ends in a new-style arXiv id (0704.0001 onwards: {@code YYMM.NNNN} or {@code YYMM.NNNNN}, month
     * 01–12, then an optional {@code v} and digits), or -1 when {@code t} is not one. Written out rather than as a
     * regular expression because it runs for every paper of every arXiv feed (and again in the constructor).
     */
    private static int newStyleEnd(String t) {
        int n = t.length();
        if (n < 9 || t.charAt(4) != '.' || !digits(t, 0, 4)) {
            return -1;
        }
        int month = (t.charAt(2) - '0') * 10 + (t.charAt(3) - '0');
        if (month < 1 || month > 12) {
            return -1;
        }
        int end = 5;
        while (end < n && isDigit(t.charAt(end))) {
            end++;
        }
        if (end - 5 < 4 || end - 5 > 5) {
            return -1;
        }
        if (end == n) {
            return end;
        }
        return t.charAt(end) == 'v' && end + 1 < n && digits(t, end + 1, n) ? end : -1;
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [a-z][a-z0-9-]*}: the schemes ids may use. */
    private static boolean isScheme(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || isDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static ArxivParts arxivParts(String t) {
        String id;
        String version;
        int end = newStyleEnd(t);
        if (end > 0) {
            id = end == t.length() ? t : t.substring(0, end);
            version = end == t.length() ? null : t.substring(end + 1);
        } else {
            Matcher m = OLD_STYLE.matcher(t);
            if (!m.matches()) {
                return null;
            }
            id = m.group(2) == null ? m.group(1) + m.group(3)
                    : m.group(1) + '.' + m.group(2).toUpperCase(Locale.ROOT) + m.group(3);
            version = m.group(4);
        }
        int v = 0;
        if (version != null) {
            if (version.length() > 6) {
                return null;
            }
            v = Integer.parseInt(version);
            if (v < 1) {
                return null;
            }
        }
        return new ArxivParts(id, v);
    }
}
