package io.academichub.cli;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.academichub.llm.briefing.BriefingLabels;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.radar.Match;
import io.academichub.radar.Reason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One radar profile's matches as an Atom 1.0 feed (written with Rome), so that any feed reader can subscribe to a
 * radar: an entry per paper, its id the paper's canonical id (so a reader that polls daily sees each paper once),
 * the link its landing page, the summary its abstract, the content the reasons it was picked. An entry's id is the
 * paper's canonical id and version, so a reader polling daily shows each paper once, and a new version once more.
 */
final class RadarAtomFeed {

    private RadarAtomFeed() {
    }

    /**
     * The feed document; its title and each entry's status and score are said in the labels' language, as the
     * entries' reasons are.
     */
    static String write(String profile, List<Match> matches, Instant generated, BriefingLabels labels) {
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:academichub:radar:" + slug(profile));
        feed.setTitle(labels.radarFeedTitle(profile));
        feed.setUpdated(Date.from(generated));
        com.rometools.rome.feed.atom.Generator generator = new com.rometools.rome.feed.atom.Generator();
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

    private static Entry entry(Match match, Instant generated, BriefingLabels labels) {
        Paper paper = match.paper();
        Entry entry = new Entry();
        entry.setId("urn:academichub:paper:" + paper.id() + ":v" + paper.version());
        entry.setTitle(paper.title());
        Link link = new Link();
        link.setRel("alternate");
        link.setHref(paper.url().toString());
        entry.setAlternateLinks(List.of(link));
        entry.setUpdated(Date.from(generated));
        if (paper.published() != null) {
            entry.setPublished(Date.from(paper.published().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        }
        List<com.rometools.rome.feed.synd.SyndPerson> authors = new ArrayList<>();
        for (Author author : paper.authors()) {
            Person person = new Person();
            person.setName(author.name());
            authors.add(person);
        }
        entry.setAuthors(authors);
        List<Category> categories = new ArrayList<>();
        for (String name : paper.categories()) {
            Category category = new Category();
            category.setTerm(name);
            categories.add(category);
        }
        entry.setCategories(categories);
        if (!paper.abstractText().isEmpty()) {
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(paper.abstractText());
            entry.setSummary(summary);
        }
        Content why = new Content();
        why.setType(Content.TEXT);
        why.setValue(String.format(Locale.ROOT, "%s, %s %.2f. ", labels.matchStatus(match.status().wireName()),
                labels.score(), match.score())
                + match.reasons().stream().map(Reason::text).collect(Collectors.joining(" · ")));
        entry.setContents(List.of(why));
        return entry;
    }

    /** A file-name-safe form of a profile name. */
    static String slug(String profile) {
        String slug = profile.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "profile" : slug;
    }
}
