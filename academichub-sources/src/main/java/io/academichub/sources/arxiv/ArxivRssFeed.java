package io.academichub.sources.arxiv;

import io.academichub.model.Paper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One parsed arXiv announcement feed ({@code https://rss.arxiv.org/rss/cs.AI+cs.LG}), as
 * {@link ArxivRssParser#parse} returns it.
 *
 * <pre>{@code
 * ArxivRssFeed feed = ArxivRssParser.parse(in, "arxiv:cs.AI", uri);
 * if (feed.noAnnouncement()) { ... weekend or holiday ... }
 * for (Paper p : feed.papers()) { ... }
 * }</pre>
 *
 * @param papers        the papers, in feed order
 * @param itemCount     how many {@code <item>}s the feed held, counting any skipped as malformed (see
 *                      {@code warnings}); {@code papers().size() <= itemCount}
 * @param title         the channel title, or {@code null}
 * @param announced     the announcement day (the channel's {@code pubDate} in its own offset), or {@code null}
 * @param lastBuildDate when arXiv built the feed, or {@code null}
 * @param skipDays      the days arXiv announces nothing ({@code Saturday}, {@code Sunday}), as the feed lists them
 * @param warnings      items skipped or fields ignored, one line each, naming the item
 */
record ArxivRssFeed(List<Paper> papers, int itemCount, String title, LocalDate announced,
                           Instant lastBuildDate, List<String> skipDays, List<String> warnings) {

    public ArxivRssFeed {
        papers = List.copyOf(papers);
        skipDays = List.copyOf(skipDays);
        warnings = List.copyOf(warnings);
        if (itemCount < papers.size()) {
            throw new IllegalArgumentException("itemCount " + itemCount + " < papers " + papers.size());
        }
    }

    /**
     * Whether this is a valid channel without any item: arXiv announces nothing today (weekend, holiday). Not an
     * error; an error channel ("Feed error for query") never becomes a feed, it is thrown as
     * {@link io.academichub.error.SourceRejectedException}.
     */
    public boolean noAnnouncement() {
        return itemCount == 0;
    }
}
