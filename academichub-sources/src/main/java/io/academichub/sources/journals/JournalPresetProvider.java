package io.academichub.sources.journals;

import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;

import java.util.Objects;

/**
 * The source kind of one {@link JournalPreset}: {@code --source nature} fetches Nature's feed. {@link
 * java.util.ServiceLoader} makes one instance per listed class, so each preset has a nested class below, listed in
 * {@code META-INF/services/io.academichub.source.SourceProvider}; a test checks that every preset is there.
 *
 * <pre>{@code
 * Source s = SourceRegistry.discover().create("nature", Map.of(), transport);   // GETs https://www.nature.com/nature.rss
 * Source t = SourceRegistry.discover().create("nature", Map.of("baseUrl", "http://localhost:8080"), transport);
 * // GETs http://localhost:8080/nature.rss: the option replaces scheme, host and port, keeping path and query
 * }</pre>
 */
public class JournalPresetProvider implements SourceProvider {

    private final JournalPreset preset;

    /**
     * A provider for {@code preset}.
     *
     * @param preset the journal
     */
    public JournalPresetProvider(JournalPreset preset) {
        this.preset = Objects.requireNonNull(preset, "preset");
    }

    /** The journal this provider makes sources for. */
    public JournalPreset preset() {
        return preset;
    }

    /** The preset's name: {@code nature}, {@code science}, {@code cell}, {@code pnas}, {@code lancet} … */
    @Override
    public String id() {
        return preset.id();
    }

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

    /** {@code nature}: {@link JournalPreset#NATURE}. */
    public static final class Nature extends JournalPresetProvider {
        /** For {@link java.util.ServiceLoader}. */
        public Nature() {
            super(JournalPreset.NATURE);
        }
    }

    /** {@code science}: {@link JournalPreset#SCIENCE}. */
    public static final class Science extends JournalPresetProvider {
        /** For {@link java.util.ServiceLoader}. */
        public Science() {
            super(JournalPreset.SCIENCE);
        }
    }

    /** {@code cell}: {@link JournalPreset#CELL}. */
    public static final class Cell extends JournalPresetProvider {
        /** For {@link java.util.ServiceLoader}. */
        public Cell() {
            super(JournalPreset.CELL);
        }
    }

    /** {@code pnas}: {@link JournalPreset#PNAS}. */
    public static final class Pnas extends JournalPresetProvider {
        /** For {@link java.util.ServiceLoader}. */
        public Pnas() {
            super(JournalPreset.PNAS);
        }
    }

    /** {@code lancet}: {@link JournalPreset#LANCET}. */
    public static final class Lancet extends JournalPresetProvider {
        /** For {@link java.util.ServiceLoader}. */
        public Lancet() {
            super(JournalPreset.LANCET);
        }
    }

    /** {@code nejm}: {@link JournalPreset#NEJM}. */
    public static final class Nejm extends JournalPresetProvider {
        /** For {@link java.util.ServiceLoader}. */
        public Nejm() {
            super(JournalPreset.NEJM);
        }
    }

    /** {@code plos-one}: {@link JournalPreset#PLOS_ONE}. */
    public static final class PlosOne extends JournalPresetProvider {
        /** For {@link java.util.ServiceLoader}. */
        public PlosOne() {
            super(JournalPreset.PLOS_ONE);
        }
    }
}
