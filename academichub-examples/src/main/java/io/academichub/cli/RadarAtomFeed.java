package io.academichub.cli;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.academichub.llm.briefing.BriefingLabels;
import io.academichub.llm.render.PaperHeadings;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.radar.Match;
import io.academichub.radar.Reason;
import org.commonmark.renderer.html.HtmlWriter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One radar profile's matches as an Atom 1.0 feed (RFC 4287, written with Rome), so that any feed reader can
 * subscribe to a radar. The format:
 * <ul>
 *   <li>feed: {@code <id>} its own address when known, else a {@code urn:uuid:} made from the profile's name (the
 *       same every day); {@code <author>} AcademicHub, which every entry without authors of its own inherits (a
 *       Nature news item has none); {@code <link rel="self">} when the address is known; {@code <updated>} the
 *       run.</li>
 *   <li>entry per paper: {@code <id>} the paper version's canonical address — {@code https://arxiv.org/abs/IDvN}
 *       for arXiv, else the landing page — so a reader polling daily shows each paper once, and a new version once
 *       more; {@code <updated>} the paper's own date (its update time, else its publication day at 00:00 UTC; the
 *       run only when it has neither); {@code <summary type="text">} the abstract (or, without one, the plain text
 *       of why it was picked); {@code <content type="html">} the abstract and then why: status, score and the
 *       reasons as a list, their matched words in bold.</li>
 * </ul>
 */
final class RadarAtomFeed {

    /** The name every entry without authors of its own inherits from the feed (RFC 4287 §4.1.1). */
    private static final String FEED_AUTHOR = "AcademicHub";

    private RadarAtomFeed() {
    }

    /**
     * The feed document; its title and each entry's status, score and labels are said in the labels' language, as
     * the entries' reasons are.
     *
     * @param profile   the profile's name
     * @param matches   its matches, in the order the feed lists them
     * @param generated when the run made them: the feed's {@code <updated>}
     * @param labels    the digest's words
     * @param self      the address the feed is published at, or {@code null} when unknown
     */
    static String write(String profile, List<Match> matches, Instant generated, BriefingLabels labels, URI self) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(self != null ? self.toASCIIString() : "urn:uuid:"
                + UUID.nameUUIDFromBytes(("academichub radar " + profile).getBytes(StandardCharsets.UTF_8)));
        feed.setTitle(labels.radarFeedTitle(profile));
        feed.setUpdated(Date.from(generated));
        feed.setAuthors(List.of(person(FEED_AUTHOR)));
        if (self != null) {
            feed.setOtherLinks(List.of(link("self", self.toASCIIString(), "application/atom+xml")));
        }
        Generator generator = new Generator();
        generator.setValue("AcademicHub");
        feed.setGenerator(generator);
        List<Entry> entries = new ArrayList<>();
        for (Match match : matches) {
            entries.add(entry(match, generated, labels));
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the Atom feed of profile " + profile + ": " + e.getMessage(), e);
        }
    }

    /**
     * The entry's id: the paper version's canonical address, a valid IRI that is the same on every day. arXiv's
     * landing page ({@link Paper#url()}) names no version, so the versioned one is used; other sources' landing pages
     * either name the version (bioRxiv's {@code …v2}) or have one version.
     */
    static String entryId(Paper paper) {
        PaperId id = paper.id();
        return id.isArxiv() ? "https://arxiv.org/abs/" + id.value() + "v" + paper.version()
                : paper.url().toASCIIString();
    }

    /** The paper's own last change: its update time, else its publication day; the run when it has neither. */
    static Instant updated(Paper paper, Instant generated) {
        Instant published = paper.published() == null ? null : paper.published().atStartOfDay(ZoneOffset.UTC).toInstant();
        if (paper.updated() == null) {
            return published != null ? published : generated;
        }
        return published != null && published.isAfter(paper.updated()) ? published : paper.updated();
    }

    private static Entry entry(Match match, Instant generated, BriefingLabels labels) {
        Paper paper = match.paper();
        Entry entry = new Entry();
        entry.setId(entryId(paper));
        entry.setTitle(PaperHeadings.title(paper)); // as read: Schr\"odinger → Schrödinger
        entry.setAlternateLinks(List.of(link("alternate", paper.url().toASCIIString(), null)));
        entry.setUpdated(Date.from(updated(paper, generated)));
        if (paper.published() != null) {
            entry.setPublished(Date.from(paper.published().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        List<SyndPerson> authors = new ArrayList<>();
        for (Author author : paper.authors()) {
            authors.add(person(author.name()));
        }
        entry.setAuthors(authors);
        List<Category> categories = new ArrayList<>();
        for (String name : paper.categories()) {
            Category category = new Category();
            category.setTerm(name);
            categories.add(category);
        }
        entry.setCategories(categories);
        entry.setSummary(content(Content.TEXT, paper.abstractText().isEmpty() ? plainWhy(match, labels)
                : paper.abstractText()));
        entry.setContents(List.of(content(Content.HTML, htmlBody(match, labels))));
        return entry;
    }

    /** "new, score 0.92." / 新，得分 0.92。 in the labels' language and punctuation. */
    private static String statusLine(Match match, BriefingLabels labels) {
        return labels.matchSummary(match.status().wireName(), match.score());
    }

    /** Why the paper was picked as one line of plain text: the radar's marks dropped. */
    private static String plainWhy(Match match, BriefingLabels labels) {
        return labels.label(labels.why()) + statusLine(match, labels) + " " + match.reasons().stream()
                .map(Reason::plainText).collect(Collectors.joining(" · "));
    }

    /**
     * The entry's body as HTML: the abstract, then why — every text escaped by commonmark's writer, the only markup
     * the paragraphs, the list and the bold of the label and of the reasons' matched words.
     */
    private static String htmlBody(Match match, BriefingLabels labels) {
        StringBuilder html = new StringBuilder();
        HtmlWriter out = new HtmlWriter(html);
        String abstractText = match.paper().abstractText();
        if (!abstractText.isEmpty()) {
            out.tag("p");
            out.text(abstractText);
            out.tag("/p");
        }
        // "<b>Why:</b> new, score 0.92." / "<b>匹配原因：</b>新，得分 0.92。": the label in bold, its space after
        String label = labels.label(labels.why());
        String bold = label.stripTrailing();
        out.tag("p");
        out.tag("b");
        out.text(bold);
        out.tag("/b");
        out.text(label.substring(bold.length()) + statusLine(match, labels));
        out.tag("/p");
        if (!match.reasons().isEmpty()) {
            out.tag("ul");
            for (Reason reason : match.reasons()) {
                out.tag("li");
                marked(out, reason);
                out.tag("/li");
            }
            out.tag("/ul");
        }
        return html.toString();
    }

    /** A reason's text with its marked words in bold. */
    private static void marked(HtmlWriter out, Reason reason) {
        List<String> parts = reason.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 1) {
                out.tag("b");
                out.text(parts.get(i));
                out.tag("/b");
            } else {
                out.text(parts.get(i));
            }
        }
    }

    private static Content content(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static Person person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    /** A file-name-safe form of a profile name. */
    static String slug(String profile) {
        String slug = profile.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "profile" : slug;
    }
}
