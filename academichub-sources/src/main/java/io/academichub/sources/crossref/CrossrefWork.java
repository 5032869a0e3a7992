package io.academichub.sources.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.text.CleanText;
import io.academichub.text.TexAccents;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Maps one Crossref work (an item of {@code /works}, or the message of {@code /works/{doi}}) to a {@link Paper}.
 * See {@link CrossrefParser} for the field mapping.
 */
final class CrossrefWork {

    /** The {@link Paper#source()} of every Crossref paper. */
    static final String SOURCE = "crossref";

    // Publication dates, in the order Crossref documents them; the earliest wins.
    private static final List<String> PUBLICATION_DATES =
            List.of("published-print", "published-online", "published", "issued", "posted");

    // Relations that name another version of the same work (not a review, comment or citation of it).
    private static final Set<String> SAME_WORK_RELATIONS = Set.of("is-preprint-of", "has-preprint",
            "is-version-of", "has-version", "is-identical-to", "is-same-as", "is-manifestation-of",
            "has-manifestation");

    private static final String ARXIV_DOI_PREFIX = "10.48550/arxiv.";

    private CrossrefWork() {
    }

    /** Why a work could not become a paper. */
    static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The paper for one work.
     *
     * @param warnings receives what was odd but not fatal (a missing publication date replaced by another, a field
     *                 cut to its bound)
     * @throws Unusable when the work has no usable DOI or no title
     */
    static Paper toPaper(JsonNode work, List<String> warnings) throws Unusable {
        String doiText = text(work, "DOI");
        String doi = PaperId.normalizeDoi(doiText);
        if (doi == null) {
            throw new Unusable(doiText == null ? "no DOI" : "DOI '" + doiText + "' is not a DOI");
        }
        String title = title(work);
        if (title == null) {
            throw new Unusable("DOI " + doi + " has no title");
        }
        LocalDate published = published(work);
        if (published == null) {
            published = date(work.path("created"));
            if (published != null) {
                warnings.add("DOI " + doi + " has no publication date; used the date Crossref created the record, "
                        + published);
            }
            // else an unknown date: a response made with select= (DOI and title only) carries no date at all
        }
        String type = text(work, "type");
        String subtype = text(work, "subtype");
        return Paper.builder(PaperId.doi(doi))
                .title(title)
                .authors(authors(work.path("author"), doi, warnings))
                .abstractText(JatsText.abstractText(text(work, "abstract")))
                .source(SOURCE)
                .categories(categories(work, type))
                .published(published)
                .updated(updated(work))
                .doi(doi)
                .journalRef(journalRef(work))
                .url(url(text(work, "URL"), doi))
                .pdfUrl(pdfUrl(work.path("link")))
                .license(license(work.path("license")))
                .sameAs(sameAs(work.path("relation")))
                .type(paperType(type, subtype))
                .build(warnings::add);
    }

    /** The first title with markup flattened, and the first subtitle after ": " when there is one. */
    private static String title(JsonNode work) {
        String title = first(work.path("title"));
        if (title == null) {
            return null;
        }
        String subtitle = first(work.path("subtitle"));
        if (subtitle != null && !title.toLowerCase(Locale.ROOT).endsWith(subtitle.toLowerCase(Locale.ROOT))) {
            char last = title.charAt(title.length() - 1);
            title = title + (last == ':' || last == '?' || last == '!' || last == '.' ? " " : ": ") + subtitle;
        }
        return title;
    }

    /** The first non-blank string of an array, markup flattened; {@code null} when there is none. */
    private static String first(JsonNode array) {
        for (JsonNode n : array) {
            String t = JatsText.inline(n.asText(""));
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    private static List<Author> authors(JsonNode list, String doi, List<String> warnings) {
        List<Author> authors = new ArrayList<>();
        for (JsonNode a : list) {
            String given = clean(text(a, "given"));
            String family = clean(text(a, "family"));
            String name = family == null ? clean(text(a, "name"))
                    : given == null ? family : given + " " + family;
            if (name == null) {
                continue; // an empty contributor entry: nothing to show
            }
            if (!Author.isName(name)) {
                warnings.add("DOI " + doi + ": author '" + name + "' dropped: it holds no letter or digit");
                continue;
            }
            StringJoiner affiliations = new StringJoiner("; ");
            for (JsonNode aff : a.path("affiliation")) {
                String affName = clean(text(aff, "name"));
                if (affName != null) {
                    affiliations.add(affName);
                }
            }
            authors.add(new Author(name, affiliations.length() == 0 ? null : affiliations.toString(),
                    orcid(text(a, "ORCID"))));
        }
        return authors;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = CleanText.foldWhitespace(TexAccents.toUnicode(JatsText.inline(s)));
        return t.isEmpty() ? null : t;
    }

    /** {@code 0000-0002-7767-8608} from {@code https://orcid.org/0000-0002-7767-8608}. */
    private static String orcid(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        int slash = t.lastIndexOf('/');
        t = slash >= 0 ? t.substring(slash + 1) : t;
        return t.isEmpty() ? null : t.toUpperCase(Locale.ROOT);
    }

    /**
     * The earliest of the publication dates, read as {@link #date}; when two agree as far as the less precise one
     * goes ({@code [[2020]]} and {@code [[2020, 6, 1]]}), the more precise one wins.
     */
    private static LocalDate published(JsonNode work) {
        PartialDate best = null;
        for (String field : PUBLICATION_DATES) {
            PartialDate d = partialDate(work.path(field));
            if (d != null && (best == null || d.before(best))) {
                best = d;
            }
        }
        return best == null ? null : best.date();
    }

    /**
     * A Crossref date ({@code {"date-parts": [[2024, 4, 1]]}}): a missing day means the first of the month, a
     * missing month the first of January; {@code [[null]]} and impossible dates mean no date.
     */
    static LocalDate date(JsonNode dateObject) {
        PartialDate d = partialDate(dateObject);
        return d == null ? null : d.date();
    }

    private record PartialDate(LocalDate date, int precision) {
        /** Earlier, or the same as far as both go and more precise. */
        boolean before(PartialDate other) {
            int common = Math.min(precision, other.precision);
            int c = Integer.compare(date.getYear(), other.date.getYear());
            if (c == 0 && common >= 2) {
                c = Integer.compare(date.getMonthValue(), other.date.getMonthValue());
            }
            if (c == 0 && common >= 3) {
                c = Integer.compare(date.getDayOfMonth(), other.date.getDayOfMonth());
            }
            return c != 0 ? c < 0 : precision > other.precision;
        }
    }

    private static PartialDate partialDate(JsonNode dateObject) {
        JsonNode parts = dateObject.path("date-parts").path(0);
        if (!parts.isArray() || parts.isEmpty() || !parts.get(0).canConvertToInt() || !parts.get(0).isNumber()) {
            return null;
        }
        int year = parts.get(0).asInt();
        int month = parts.size() > 1 && parts.get(1).isNumber() ? parts.get(1).asInt() : 0;
        int day = month > 0 && parts.size() > 2 && parts.get(2).isNumber() ? parts.get(2).asInt() : 0;
        try {
            return new PartialDate(LocalDate.of(year, Math.max(month, 1), Math.max(day, 1)),
                    day > 0 ? 3 : month > 0 ? 2 : 1);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * When the publisher last deposited the record ({@code deposited}), else when Crossref last indexed it.
     * {@code deposited} comes first because {@code indexed} moves whenever Crossref re-indexes (a new citation
     * count), which is no change to the paper.
     */
    private static Instant updated(JsonNode work) {
        for (String field : List.of("deposited", "indexed")) {
            String dateTime = text(work.path(field), "date-time");
            if (dateTime != null) {
                try {
                    return Instant.parse(dateTime);
                } catch (DateTimeParseException e) {
                    // try the next field
                }
            }
        }
        return null;
    }

    /**
     * Crossref's {@code subject}s, then {@code group-title} (bioRxiv's subject collection), the first
     * {@code container-title} and the first {@code institution} (the preprint server), as Crossref writes them
     * ({@code PLoS ONE}); the Crossref type when there is none of these.
     */
    private static List<String> categories(JsonNode work, String type) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode s : work.path("subject")) {
            addCategory(names, s.asText(""));
        }
        addCategory(names, text(work, "group-title"));
        addCategory(names, first(work.path("container-title")));
        // Older records give one institution as an object, newer ones a list of them.
        JsonNode institutions = work.path("institution");
        for (JsonNode inst : institutions.isObject() ? List.of(institutions) : institutions) {
            if (addCategory(names, text(inst, "name"))) {
                break;
            }
        }
        if (names.isEmpty() && type != null) {
            addCategory(names, type);
        }
        return new ArrayList<>(names);
    }

    /** Adds a category as clean text; false when there was nothing to add. */
    private static boolean addCategory(Set<String> names, String name) {
        if (name == null) {
            return false;
        }
        String text = CleanText.foldWhitespace(JatsText.inline(name));
        return !text.isEmpty() && names.add(text);
    }

    /** {@code PLoS ONE 7(3): e33693}: the container, volume, issue and pages, as far as Crossref has them. */
    private static String journalRef(JsonNode work) {
        String container = first(work.path("container-title"));
        if (container == null) {
            return null;
        }
        StringBuilder ref = new StringBuilder(container);
        String volume = clean(text(work, "volume"));
        String issue = clean(text(work, "issue"));
        String page = clean(text(work, "page"));
        if (volume != null) {
            ref.append(' ').append(volume);
        }
        if (issue != null) {
            ref.append(volume != null ? "(" : " (").append(issue).append(')');
        }
        if (page != null) {
            ref.append(": ").append(page);
        }
        return ref.toString();
    }

    private static URI url(String url, String doi) {
        URI uri = httpUri(url);
        return uri != null ? uri : URI.create("https://doi.org/" + encodeDoiPath(doi));
    }

    /** A DOI as a URL path: the characters a URI does not allow in a path are percent-encoded. */
    private static String encodeDoiPath(String doi) {
        StringBuilder sb = new StringBuilder();
        for (byte b : doi.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}%#?[]".indexOf(c) < 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /** The first full-text link Crossref says is a PDF. */
    private static URI pdfUrl(JsonNode links) {
        for (JsonNode link : links) {
            String contentType = text(link, "content-type");
            if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
                URI uri = httpUri(text(link, "URL"));
                if (uri != null) {
                    return uri;
                }
            }
        }
        return null;
    }

    /** The licence of the version of record when Crossref lists one, else the first licence. */
    private static String license(JsonNode licenses) {
        String first = null;
        for (JsonNode l : licenses) {
            String url = text(l, "URL");
            if (url == null) {
                continue;
            }
            if ("vor".equals(text(l, "content-version"))) {
                return url.strip();
            }
            if (first == null) {
                first = url.strip();
            }
        }
        return first;
    }

    /**
     * Other versions of the same work from {@code relation}: DOIs (an arXiv DOI also as its arXiv id) and arXiv
     * ids. Reviews, comments and citations are different works and are not read.
     */
    private static Set<PaperId> sameAs(JsonNode relation) {
        Set<PaperId> ids = new LinkedHashSet<>();
        for (var e : relation.properties()) {
            if (!SAME_WORK_RELATIONS.contains(e.getKey())) {
                continue;
            }
            for (JsonNode r : e.getValue()) {
                String idType = text(r, "id-type");
                String id = text(r, "id");
                if (id == null || idType == null) {
                    continue;
                }
                try {
                    if (idType.equalsIgnoreCase("doi")) {
                        PaperId doi = PaperId.doi(id);
                        ids.add(doi);
                        if (doi.value().startsWith(ARXIV_DOI_PREFIX)) {
                            ids.add(PaperId.parse(doi.value()));
                        }
                    } else if (idType.equalsIgnoreCase("arxiv")) {
                        ids.add(PaperId.arxiv(id));
                    }
                } catch (IllegalArgumentException notAnId) {
                    // a malformed related id says nothing reliable about this work
                }
            }
        }
        return ids;
    }

    /** {@code preprint} for a posted preprint, {@code article} for a journal article, else Crossref's own type. */
    private static String paperType(String type, String subtype) {
        if (type == null) {
            return null;
        }
        if (type.equals("posted-content") && "preprint".equals(subtype)) {
            return Paper.PREPRINT;
        }
        return type.equals("journal-article") ? Paper.ARTICLE : type;
    }

    private static URI httpUri(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(s.strip());
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A field's text, or {@code null} when absent, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String t = v.asText();
        return t.isBlank() ? null : t;
    }
}
