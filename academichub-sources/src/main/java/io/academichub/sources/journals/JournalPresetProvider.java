package io.academichub.sources.journals;

import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;

import java.util.Objects;

/**
 * The source kind of one {@link JournalPreset}: {@code --source nature} fetches Nature's feed. One instance per preset
 * is offered by {@link JournalPresets}.
 *
 * <pre>{@code
 * Source s = SourceRegistry.discover().create("nature", Map.of(), transport);   // GETs https://www.nature.com/nature.rss
 * Source t = SourceRegistry.discover().create("nature", Map.of("baseUrl", "http://localhost:8080"), transport);
 * // GETs http://localhost:8080/nature.rss: the option replaces scheme, host and port, keeping path and query
 * }</pre>
 */
public final class JournalPresetProvider implements SourceProvider {

    private final JournalPreset preset;

    /**
     * A provider for {@code preset}.
     *
     * @param preset the journal
     */
    public JournalPresetProvider(JournalPreset preset) {
        this.preset = Objects.requireNonNull(preset, "preset");
    }

    /** {@return the journal this provider makes sources for} */
    public JournalPreset preset() {
        return preset;
    }

    /** The preset's name: {@code nature}, {@code science}, {@code cell}, {@code pnas}, {@code lancet} … */
    @Override
    public String id() {
        return preset.id();
    }

    /** One line for listings. */
    @Override
    public String description() {
        return preset.journal() + " (journal feed " + preset.feedUrl() + "); no ARGUMENT";
    }

    /**
     * A source for the preset's feed, at the publisher or at the {@code baseUrl} option's server.
     *
     * @throws IllegalArgumentException when an argument is given, or the {@code baseUrl} option is not an absolute
     *                                  http(s) URL
     */
    @Override
    public Source create(SourceConfig config) {
        if (!config.argument().isEmpty()) {
            throw new IllegalArgumentException("the " + preset.id() + " source takes no argument, got '"
                    + config.argument() + "'; for another feed use rss:<feed URL>");
        }
        if (config.option(SourceConfig.BASE_URL).isEmpty()) {
            return JournalFeedSource.of(preset, config.transport());
        }
        return JournalFeedSource.of(preset, preset.feedUrlAt(config.baseUrl(preset.feedUrl().toString())),
                config.transport());
    }
}
