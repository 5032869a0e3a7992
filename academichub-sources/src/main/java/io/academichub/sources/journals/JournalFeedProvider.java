package io.academichub.sources.journals;

import io.academichub.source.Page;
import io.academichub.source.RecordedFormat;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * The {@code rss} source kind: any RSS 0.9x/1.0/2.0 or Atom feed, by URL. Discovered through
 * {@link java.util.ServiceLoader}; the argument is the feed URL:
 *
 * <pre>{@code
 * Source s = SourceRegistry.discover().create("rss:https://www.pnas.org/rss/latest", Map.of(), transport);
 * // id "rss:https://www.pnas.org/rss/latest"; papers have source "rss"
 * }</pre>
 *
 * For the journals of {@link JournalPreset} use their own kinds ({@code nature}, {@code science} …).
 */
public final class JournalFeedProvider implements SourceProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
    public JournalFeedProvider() {
    }

    /** {@code rss}. */
    @Override
    public String id() {
        return "rss";
    }

    /** The format of this kind's recorded responses, for {@code academichub parse}. */
    @Override
    public List<RecordedFormat> formats() {
        return List.of(RecordedFormat.of("rss", "a saved RSS 0.9x/1.0/2.0 or Atom feed",
                (in, sourceId, uri) -> {
                    JournalFeed feed = JournalFeedParser.parse(in, sourceId, uri);
                    return Page.of(feed.papers(), feed.warnings()).withRecords(feed.itemCount());
                }));
    }

    /** One line for listings. */
    @Override
    public String description() {
        return "any RSS 0.9x/1.0/2.0 or Atom journal feed; ARGUMENT: the feed URL, e.g. https://www.nature.com/nature.rss";
    }

    /**
     * A source for the feed URL in the argument.
     *
     * @throws IllegalArgumentException when the argument is empty or not an absolute http(s) URL
     */
    @Override
    public Source create(SourceConfig config) {
        String argument = config.argument();
        if (argument.isEmpty()) {
            throw new IllegalArgumentException(
                    "the rss source needs a feed URL, e.g. rss:https://www.nature.com/nature.rss");
        }
        try {
            return JournalFeedSource.of(new URI(argument), config.transport());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid feed URL: '" + argument + "': " + e.getMessage(), e);
        }
    }
}
