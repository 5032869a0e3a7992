package io.academichub.sources.journals;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.text.TexAccents;
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

    // Nature's first paragraph of content:encoded: <p>Nature, Published online: 20 August 2024; <a …>doi:…</a></p>
    private static final Pattern CITATION_PARAGRAPH =
            Pattern.compile("^\\s*<p>[^<]*;\\s*<a\\b[^>]*>\\s*doi:[^<]*</a>\\s*</p>", Pattern.CASE_INSENSITIVE);
    // Springer Nature article numbers: s = research and other peer-reviewed content, d = news and comment.
    private static final Pattern NATURE_DOI = Pattern.compile("10\\.1038/([sd])\\d{5}-");
    private static final Pattern NATURE_LINK =
            Pattern.compile("https?://(?:www\\.)?nature\\.com/articles/([sd])\\d{5}-", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(.*)", Pattern.DOTALL);
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");

    private final String kind;
    private final URI base;
    private final String journal;
    private final Date feedDate;
    private final List<String> warnings;

    /**
     * @param kind     each paper's {@code source}: {@code nature}, {@code rss} …
     * @param base     the feed's URL, against which relative links resolve
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

    Paper toPaper(SyndEntry entry, int index) {
        URI url = link(entry);
        Object named = url != null ? url : entry.getUri();
        String where = "item " + index + (named != null ? " (" + named + ")" : "");
        String title = title(entry);
        if (title.isEmpty()) {
            warnings.add(where + " skipped: no title");
            return null;
        }
        if (url == null) {
            warnings.add(where + " skipped: no http(s) link");
            return null;
        }
        LocalDate published = published(entry, where);
        if (published == null) {
            warnings.add(where + " skipped: no date (dc:date, prism:publicationDate, pubDate, updated)");
            return null;
        }
        List<Element> markup = entry.getForeignMarkup();
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        String doi = doi(markup, dc, entry);
        PaperId id = doi != null ? PaperId.doi(doi) : new PaperId("url", url.toString());
        String itemJournal = prism(markup, "publicationName");
        return Paper.builder(id)
                .title(title)
                .authors(authors(entry, dc))
                .abstractText(abstractText(entry, title))
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

    private static String title(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        if (title == null || title.getValue() == null) {
            return "";
        }
        return "text".equalsIgnoreCase(title.getType()) ? FeedText.fromPlain(title.getValue())
                : FeedText.fromHtml(title.getValue());
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

    private static List<Author> authors(SyndEntry entry, DCModule dc) {
        List<String> names = new ArrayList<>();
        if (dc != null) {
            names.addAll(dc.getCreators());
        }
        // Rome copies only the first Atom author into dc:creator; the full list is in getAuthors().
        List<String> persons = new ArrayList<>();
        for (SyndPerson p : entry.getAuthors()) {
            persons.add(p.getName() != null && !p.getName().isBlank() ? p.getName() : p.getEmail());
        }
        if (persons.size() > names.size()) {
            names = persons;
        }
        List<Author> authors = new ArrayList<>(names.size());
        for (String raw : names) {
            String name = authorName(raw);
            if (name != null) {
                authors.add(Author.of(name));
            }
        }
        return authors;
    }

    private static String authorName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = FeedText.fromHtml(TexAccents.toUnicode(raw));
        Matcher email = EMAIL_WITH_NAME.matcher(name);
        if (email.matches()) {
            name = email.group(1).strip(); // RSS 2.0 <author>jdoe@example.org (Jane Doe)</author>
        }
        return name.isEmpty() ? null : name;
    }

    private static String abstractText(SyndEntry entry, String title) {
        SyndContent chosen = entry.getDescription();
        if (chosen == null || chosen.getValue() == null || chosen.getValue().isBlank()) {
            chosen = entry.getContents().stream().filter(c -> c.getValue() != null && !c.getValue().isBlank())
                    .findFirst().orElse(null);
        }
        if (chosen == null) {
            return "";
        }
        String text;
        if ("text".equalsIgnoreCase(chosen.getType()) || "text/plain".equalsIgnoreCase(chosen.getType())) {
            text = FeedText.fromPlain(chosen.getValue());
        } else {
            text = FeedText.fromHtml(CITATION_PARAGRAPH.matcher(chosen.getValue()).replaceFirst(""));
        }
        // Nature's corrections and some news items repeat the title as their only teaser: no abstract.
        return text.equals(title) ? "" : text;
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

    /** The text of the first child in a PRISM namespace (any version) with this local name, or {@code null}. */
    static String prism(List<Element> markup, String localName) {
        for (Element e : markup) {
            if (localName.equals(e.getName()) && e.getNamespaceURI().startsWith(PRISM_NS_PREFIX)) {
                String text = e.getTextNormalize();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }
}
