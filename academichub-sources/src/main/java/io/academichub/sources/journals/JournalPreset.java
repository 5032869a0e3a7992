package io.academichub.sources.journals;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Feeds of top journals, by the short name users write ({@code --source nature}). Each is an ordinary RSS/Atom feed
 * read by {@link JournalFeedSource}; any other journal works through {@code rss:<feed URL>}.
 *
 * <p>The URLs are each publisher's current-issue (or newest-articles) feed, as linked from the journal's site and
 * as widely used in public feed lists in 2024–2026 (looked up in public repositories' source; not fetched from
 * here). Nature's is the feed of the recorded test fixture. Atypon sites (Science, PNAS, NEJM) serve them through
 * {@code /action/showFeed?type=etoc&feed=rss&jc=…}; Cell and The Lancet (Elsevier) through fixed file names;
 * PLOS ONE publishes Atom.
 */
public enum JournalPreset {

    /** Nature: the weekly journal's feed (research articles {@code s41586-…} and news {@code d41586-…}). */
    NATURE("nature", "Nature", "https://www.nature.com/nature.rss"),
    /** Science (AAAS): the current issue's table of contents. */
    SCIENCE("science", "Science", "https://www.science.org/action/showFeed?type=etoc&feed=rss&jc=science"),
    /** Cell (Cell Press): the current issue. */
    CELL("cell", "Cell", "https://www.cell.com/cell/current.rss"),
    /** PNAS: the current issue's table of contents. */
    PNAS("pnas", "PNAS", "https://www.pnas.org/action/showFeed?type=etoc&feed=rss&jc=pnas"),
    /** The Lancet: the current issue. */
    LANCET("lancet", "The Lancet", "https://www.thelancet.com/rssfeed/lancet_current.xml"),
    /** The New England Journal of Medicine: the current issue's table of contents. */
    NEJM("nejm", "NEJM", "https://www.nejm.org/action/showFeed?jc=nejm&type=etoc&feed=rss"),
    /** PLOS ONE: the newest articles (Atom). */
    PLOS_ONE("plos-one", "PLOS ONE", "https://journals.plos.org/plosone/feed/atom");

    private final String id;
    private final String journal;
    private final URI feedUrl;

    JournalPreset(String id, String journal, String feedUrl) {
        this.id = id;
        this.journal = journal;
        this.feedUrl = URI.create(feedUrl);
    }

    /** The short name: the provider id and the source id ({@code nature}, {@code plos-one}). */
    public String id() {
        return id;
    }

    /** The journal's name as people write it ({@code The Lancet}). */
    public String journal() {
        return journal;
    }

    /** The feed's URL at the publisher. */
    public URI feedUrl() {
        return feedUrl;
    }

    /** The feed's URL on another server (a mirror, WireMock): {@code base}'s scheme, host and port, this path and query. */
    public URI feedUrlAt(URI base) {
        String path = feedUrl.getRawPath() + (feedUrl.getRawQuery() == null ? "" : "?" + feedUrl.getRawQuery());
        String prefix = base.toString();
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return URI.create(prefix + path);
    }

    /** The preset with this short name, ignoring case. */
    public static Optional<JournalPreset> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (JournalPreset p : values()) {
            if (p.id.equals(wanted)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
