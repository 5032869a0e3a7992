package io.academichub.sources.arxiv;

import io.academichub.source.Page;
import io.academichub.source.RecordedFormat;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code arxiv} source kind: today's arXiv announcement RSS for some categories. Discovered through
 * {@link java.util.ServiceLoader}; the argument is the categories joined by {@code +}:
 *
 * <pre>{@code
 * Source s = SourceRegistry.discover().create("arxiv:cs.AI+cs.LG", Map.of(), transport);
 * // GETs https://rss.arxiv.org/rss/cs.AI+cs.LG; option baseUrl points it at a mirror or WireMock
 * }</pre>
 */
public final class ArxivRssProvider implements SourceProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
    public ArxivRssProvider() {
    }

    /** {@code arxiv}. */
    @Override
    public String id() {
        return "arxiv";
    }

    /** The format of this kind's recorded responses, for {@code academichub parse}. */
    @Override
    public List<RecordedFormat> formats() {
        return List.of(RecordedFormat.of("arxiv-rss", "a saved arXiv announcement feed (rss.arxiv.org/rss/…)",
                (in, sourceId, uri) -> {
                    ArxivRssFeed feed = ArxivRssParser.parse(in, sourceId, uri);
                    return Page.of(feed.papers(), feed.warnings()).withRecords(feed.itemCount());
                }));
    }

    /** One line for listings. */
    @Override
    public String description() {
        return "arXiv announcement RSS (today's new, cross-listed and replaced papers); "
                + "ARGUMENT: categories joined by '+', e.g. cs.AI+cs.LG";
    }

    /**
     * A source for the categories in the argument, fetching from the {@code baseUrl} option or
     * {@link ArxivRssSource#DEFAULT_BASE_URL}.
     *
     * @throws IllegalArgumentException when the argument is empty, has an empty part ({@code cs.AI++cs.LG}) or a part
     *                                  that does not look like an arXiv category
     */
    @Override
    public Source create(SourceConfig config) {
        return new ArxivRssSource(categories(config.argument()), config.baseUrl(ArxivRssSource.DEFAULT_BASE_URL),
                config.transport());
    }

    private static List<String> categories(String argument) {
        if (argument.isEmpty()) {
            throw new IllegalArgumentException("the arxiv source needs categories, e.g. arxiv:cs.AI+cs.LG");
        }
        List<String> categories = new ArrayList<>();
        int start = 0;
        while (true) {
            int plus = argument.indexOf('+', start);
            String part = (plus < 0 ? argument.substring(start) : argument.substring(start, plus)).strip();
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty category in '" + argument
                        + "'; join categories with a single '+', e.g. arxiv:cs.AI+cs.LG");
            }
            categories.add(part);
            if (plus < 0) {
                return categories;
            }
            start = plus + 1;
        }
    }
}
