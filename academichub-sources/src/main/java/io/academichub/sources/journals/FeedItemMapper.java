package io.academichub.sources.journals;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import org.jdom2.Element;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one Rome entry of one feed into a {@link Paper}, by the rules {@link JournalFeedParser} documents; items it
 * cannot use (no title, no http(s) link, no date) give {@code null} and a warning naming the item.
 */
final class FeedItemMapper {

    static final String PRISM_NS_PREFIX = "http://prismstandard.org/namespaces/";
    /** PRISM's first RSS namespace, which older feeds still use. */
    static final String PRISM_RSS_NS = "http://purl.org/rss/1.0/modules/prism/";

    // Nature's first paragraph of content:encoded: <p>Nature, Published online: 20 August 2024; <a …>doi:…</a></p>
    private static final Pattern CITATION_PARAGRAPH =
            Pattern.compile("^\\s*<p>[^<]*;\\s*<a\\b[^>]*>\\s*doi:[^<]*</a>\\s*</p>", Pattern.CASE_INSENSITIVE);
    // Springer Nature article numbers: s = research and other peer-reviewed content, d = news and comment.
    private static final Pattern NATURE_DOI = Pattern.compile("10\\.1038/([sd])\\d{5}-");
    private static final Pattern NATURE_LINK =
            Pattern.compile("https?://(?:www\\.)?nature\\.com/articles/([sd])\\d{5}-", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(.*)", Pattern.DOTALL);

    private final String kind;
    private final URI base;
    private final String journal;
    private final Date feedDate;
    private final List<String> warnings;

    /**
     * @param kind     each paper's {@code source}: {@code nature}, {@code rss} …
     * @param base     the feed's own link (its channel {@code <link>}) when that is an http(s) URL, else the URL the
     *                 feed came from: relative links resolve against it, and an item without a link of its own
     *                 gets it as its landing page
     * @param journal  the channel's {@code prism:publicationName}, or {@code null}
     * @param feedDate the channel's date, for items without one, or {@code null}
     * @param warnings where skipped items and ignored fields are reported
     */
    FeedItemMapper(String kind, URI base, String journal, Date feedDate, List<String> warnings) {
        this.kind = kind;
        this.base = base;
        this.journal = journal;
        this.feedDate = feedDate;
        this.warnings = warnings;
    }

    /**
     * The arXiv id of an item that is an arXiv paper ({@code oai:arXiv.org:2411.17700v1} as its guid, or an
     * {@code arxiv.org/abs/…} link), so that it merges with the same paper from the arXiv sources: arXiv's own RSS
     * read as {@code rss:URL}, or a blog's feed of its preprints. {@code null} for any other item.
     */
    private static PaperId arxivIdOrNull(String guid, URI url) {
        for (String text : new String[] {guid, url == null ? null : url.toString()}) {
            if (text != null && (text.regionMatches(true, 0, "oai:arXiv.org:", 0, 14)
                    || text.toLowerCase(java.util.Locale.ROOT).contains("arxiv.org/abs/"))) {
                try {
                    return PaperId.arxiv(text);
                } catch (IllegalArgumentException e) {
                    // an arXiv address that names no paper (a listing page): not an arXiv id after all
                }
            }
        }
        return null;
    }

    Paper toPaper(SyndEntry entry, int index) {
        URI url = link(entry);
        String guid = entry.getUri() == null || entry.getUri().isBlank() ? null : entry.getUri().strip();
        Object named = url != null ? url : guid;
        String where = "item " + index + (named != null ? " (" + named + ")" : "");
        String title = title(entry);
        if (title.isEmpty()) {
            warnings.add(where + " skipped: no title");
            return null;
        }
        List<Element> markup = entry.getForeignMarkup();
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        String doi = doi(markup, dc, entry);
        LocalDate published = published(entry, where); // null: an unknown date, still a paper
        PaperId arxiv = doi != null ? null : arxivIdOrNull(guid, url);
        PaperId id = doi != null ? PaperId.doi(doi)
                : arxiv != null ? arxiv
                : url != null ? new PaperId("url", url.toString())
                : guid != null ? new PaperId("guid", guid)
                : new PaperId("feed-item", base + "#" + titleKey(title));
        if (url == null) {
            url = doi != null ? URI.create("https://doi.org/" + doi) : base;
        }
        String itemJournal = prism(markup, "publicationName");
        return Paper.builder(id)
                .title(title)
                .authors(FeedAuthors.of(authorNames(entry, dc), where, warnings::add))
                .abstractText(abstractText(entry, dc, title))
                .source(kind)
                .categories(categories(entry))
                .published(published)
                .updated(entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant())
                .doi(doi)
                .journalRef(itemJournal != null ? itemJournal : journal)
                .url(url)
                .pdfUrl(pdf(entry, base))
                .type(type(doi, url, dc))
                .build(warnings::add);
    }

    // An item with nothing but its title (RSS 0.91 allows it) is known by the feed and that title: 16 hex digits
    // of the title's SHA-256, so the id stays short and the same on every fetch.
    private static String titleKey(String title) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String title(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        if (title == null || title.getValue() == null) {
            return "";
        }
        return "text".equalsIgnoreCase(title.getType()) ? FeedText.fromPlain(title.getValue())
                : FeedText.fromHtml(base64(title.getType(), title.getValue()));
    }

    private URI link(SyndEntry entry) {
        URI link = httpUri(entry.getLink(), base);
        if (link == null) {
            link = httpUri(prism(entry.getForeignMarkup(), "url"), base);
        }
        if (link == null) {
            link = httpUri(entry.getUri(), base);
        }
        return link;
    }

    private static URI httpUri(String text, URI base) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            if (!uri.isAbsolute() && base != null) {
                uri = base.resolve(uri);
            }
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            return uri;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate published(SyndEntry entry, String where) {
        if (entry.getPublishedDate() != null) {
            return utcDay(entry.getPublishedDate());
        }
        String prismDate = prism(entry.getForeignMarkup(), "publicationDate");
        if (prismDate != null) {
            LocalDate day = isoDay(prismDate);
            if (day != null) {
                return day;
            }
            warnings.add(where + ": prism:publicationDate '" + prismDate + "' is not an ISO date; ignored");
        }
        if (entry.getUpdatedDate() != null) {
            return utcDay(entry.getUpdatedDate());
        }
        return feedDate == null ? null : utcDay(feedDate);
    }

    private static LocalDate utcDay(Date date) {
        return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    // 2024-08-14, or a full ISO date-time whose day in its own offset is taken.
    private static LocalDate isoDay(String text) {
        Matcher m = DATE_PREFIX.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group(2).isEmpty()) {
                return LocalDate.parse(m.group(1));
            }
            return OffsetDateTime.parse(text.strip()).toLocalDate();
        } catch (DateTimeException e) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeException again) {
                return null;
            }
        }
    }

    private static String doi(List<Element> markup, DCModule dc, SyndEntry entry) {
        String doi = PaperId.normalizeDoi(prism(markup, "doi"));
        if (doi != null) {
            return doi;
        }
        if (dc != null) {
            for (String identifier : dc.getIdentifiers()) {
                doi = PaperId.normalizeDoi(identifier);
                if (doi != null) {
                    return doi;
                }
            }
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(entry.getLink());
        candidates.add(entry.getUri());
        for (SyndLink l : entry.getLinks()) {
            candidates.add(l.getHref());
        }
        for (String c : candidates) {
            if (c != null && c.toLowerCase(Locale.ROOT).matches("https?://(dx\\.)?doi\\.org/.+|doi:.+|info:doi/.+")) {
                // info:doi/10.1371/… is how PLOS writes Atom entry ids.
                doi = PaperId.normalizeDoi(c.regionMatches(true, 0, "info:doi/", 0, 9) ? c.substring(9) : c);
                if (doi != null) {
                    return doi;
                }
            }
        }
        return null;
    }

    /**
     * The names an item gives for its authors: every {@code dc:creator} (Rome puts RSS {@code <author>} there too),
     * or Rome's persons (Atom {@code <author>}s) when there are more of them — Rome copies only the first Atom
     * author into {@code dc:creator}; else {@code dc:author} or {@code itunes:author}; then the Atom
     * {@code <contributor>}s.
     */
    private static List<String> authorNames(SyndEntry entry, DCModule dc) {
        List<String> names = new ArrayList<>();
        if (dc != null) {
            names.addAll(dc.getCreators());
        }
        List<String> persons = persons(entry.getAuthors());
        if (persons.size() > names.size()) {
            names = persons;
        }
        if (names.isEmpty()) {
            for (Element e : entry.getForeignMarkup()) {
                if (e.getName().equals("author") && !e.getTextNormalize().isEmpty()) {
                    names.add(e.getTextNormalize()); // dc:author, itunes:author: not modules Rome reads
                }
            }
        }
        names.addAll(persons(entry.getContributors()));
        return names;
    }

    private static List<String> persons(List<SyndPerson> people) {
        List<String> names = new ArrayList<>(people.size());
        for (SyndPerson p : people) {
            names.add(p.getName() != null && !p.getName().isBlank() ? p.getName() : p.getEmail());
        }
        return names;
    }

    private static String abstractText(SyndEntry entry, DCModule dc, String title) {
        SyndContent chosen = entry.getDescription();
        if (chosen == null || chosen.getValue() == null || chosen.getValue().isBlank()) {
            chosen = entry.getContents().stream().filter(c -> c.getValue() != null && !c.getValue().isBlank())
                    .findFirst().orElse(null);
        }
        String value;
        String type;
        if (chosen != null) {
            type = chosen.getType();
            value = base64(type, chosen.getValue());
        } else if (dc != null && dc.getDescription() != null && !dc.getDescription().isBlank()) {
            type = null;
            value = dc.getDescription();
        } else {
            return "";
        }
        String text;
        if ("text".equalsIgnoreCase(type) || "text/plain".equalsIgnoreCase(type)) {
            text = FeedText.fromPlain(value);
        } else {
            text = FeedText.fromHtml(CITATION_PARAGRAPH.matcher(value).replaceFirst(""));
        }
        // Nature's corrections and some news items repeat the title as their only teaser: no abstract.
        return text.equals(title) ? "" : text;
    }

    /**
     * Atom content of a media type that is neither text nor XML is base64 (RFC 4287, 4.1.3.3), which Rome leaves
     * encoded: decoded here when it decodes to UTF-8 text; anything else is kept as it came.
     */
    private static String base64(String type, String value) {
        if (type == null || type.isBlank()) {
            return value;
        }
        String t = type.toLowerCase(Locale.ROOT).strip();
        if (t.equals("text") || t.equals("html") || t.equals("xhtml") || t.startsWith("text/") || t.endsWith("xml")) {
            return value;
        }
        try {
            byte[] bytes = java.util.Base64.getMimeDecoder().decode(value.strip());
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            return value;
        }
    }

    private static List<String> categories(SyndEntry entry) {
        List<String> categories = new ArrayList<>();
        for (SyndCategory c : entry.getCategories()) {
            String name = c.getName() == null ? "" : FeedText.fromHtml(c.getName());
            if (!name.isEmpty() && !categories.contains(name)) {
                categories.add(name);
            }
        }
        return categories;
    }

    private static URI pdf(SyndEntry entry, URI base) {
        for (SyndEnclosure e : entry.getEnclosures()) {
            if ("application/pdf".equalsIgnoreCase(e.getType())) {
                URI uri = httpUri(e.getUrl(), base);
                if (uri != null) {
                    return uri;
                }
            }
        }
        return null;
    }

    private static String type(String doi, URI url, DCModule dc) {
        Matcher m = doi == null ? null : NATURE_DOI.matcher(doi);
        if (m == null || !m.lookingAt()) {
            m = NATURE_LINK.matcher(url.toString());
            if (!m.lookingAt()) {
                m = null;
            }
        }
        if (m != null) {
            return m.group(1).equals("s") ? Paper.ARTICLE : Paper.NEWS;
        }
        if (dc != null && dc.getType() != null) {
            return dcType(dc.getType());
        }
        return null;
    }

    // dc:type as feeds write it ("Research Article", "News", "Editorial") → article, news, or the feed's own word.
    private static String dcType(String type) {
        String t = FeedText.fromHtml(type).toLowerCase(Locale.ROOT);
        if (t.startsWith("news")) {
            return Paper.NEWS;
        }
        if (t.equals("article") || t.equals("research") || t.equals("research article") || t.equals("research-article")
                || t.equals("original article") || t.equals("text")) {
            return t.equals("text") ? null : Paper.ARTICLE; // "Text" is the DCMI type of every document
        }
        return t.matches("[a-z]+(?:-[a-z]+)*") ? t : null;
    }

    /**
     * The text of the first child in a PRISM namespace (any version of {@code http://prismstandard.org/namespaces/…},
     * or the older {@code http://purl.org/rss/1.0/modules/prism/}) with this local name, or {@code null}.
     */
    static String prism(List<Element> markup, String localName) {
        for (Element e : markup) {
            if (localName.equals(e.getName()) && (e.getNamespaceURI().startsWith(PRISM_NS_PREFIX)
                    || e.getNamespaceURI().equals(PRISM_RSS_NS))) {
                String text = e.getTextNormalize();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }
}
