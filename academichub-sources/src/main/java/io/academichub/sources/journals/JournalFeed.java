package io.academichub.sources.journals;

import io.academichub.model.Paper;

import java.util.List;

/**
 * One parsed journal feed (RSS 0.9x, 1.0, 2.0 or Atom), as {@link JournalFeedParser#parse} returns it.
 *
 * <pre>{@code
 * JournalFeed feed = JournalFeedParser.parse(in, "nature", URI.create("https://www.nature.com/nature.rss"));
 * feed.papers();     // 75 papers of the 2024-08-20 Nature feed
 * feed.expected();   // 75: the channel's rdf:Seq lists 75 items
 * }</pre>
 *
 * @param papers         the papers, in feed order, without duplicates
 * @param itemCount      how many items (entries) the document held, counting those skipped (see {@code warnings})
 * @param announcedCount how many items the feed itself says it has (the RSS 1.0 channel's {@code items/rdf:Seq}),
 *                       or {@code -1} when it does not say (RSS 2.0, Atom)
 * @param feedTitle      the channel's (feed's) title as clean text, or {@code null}
 * @param feedType       Rome's name of the format: {@code rss_1.0}, {@code rss_2.0}, {@code atom_1.0} …
 * @param warnings       items skipped or fields ignored, one line each, naming the item
 */
record JournalFeed(List<Paper> papers, int itemCount, int announcedCount, String feedTitle, String feedType,
                          List<String> warnings) {

    public JournalFeed {
        papers = List.copyOf(papers);
        warnings = List.copyOf(warnings);
        if (itemCount < papers.size()) {
            throw new IllegalArgumentException("itemCount " + itemCount + " < papers " + papers.size());
        }
        if (announcedCount < -1) {
            throw new IllegalArgumentException("announcedCount must be >= -1: " + announcedCount);
        }
    }

    /**
     * How many papers the feed should have given: the count it announces when it announces one, else the items it
     * holds. {@code papers().size()} falls short of it when items were skipped or duplicated.
     */
    public int expected() {
        return announcedCount >= 0 ? announcedCount : itemCount;
    }
}
