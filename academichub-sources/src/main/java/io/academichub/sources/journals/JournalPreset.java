package io.academichub.sources.journals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A top journal's feed, by the short name users write ({@code --source nature}). The presets are data: the table
 * {@code presets.tsv} next to this class (name, journal, feed URL; its header says where the URLs come from), each
 * row a source kind offered by {@link JournalPresets}. Each is an ordinary RSS/Atom feed read by
 * {@link JournalFeedSource}; any other journal works through {@code rss:<feed URL>}.
 *
 * <pre>{@code
 * JournalPreset nature = JournalPreset.byId("nature").orElseThrow();
 * nature.feedUrl();   // https://www.nature.com/nature.rss
 * }</pre>
 *
 * @param id      the short name: the source kind's id and the source's id ({@code nature}, {@code plos-one})
 * @param journal the journal's name as people write it ({@code The Lancet})
 * @param feedUrl the feed's URL at the publisher
 */
public record JournalPreset(String id, String journal, URI feedUrl) {

    private static final List<JournalPreset> ALL = load();

    /**
     * Checks the components as described above.
     *
     * @param id      the short name: the source kind's id and the source's id ({@code nature}, {@code plos-one})
     * @param journal the journal's name as people write it ({@code The Lancet})
     * @param feedUrl the feed's URL at the publisher
     */
    public JournalPreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(journal, "journal");
        feedUrl = JournalFeedSource.checkFeedUrl(feedUrl);
    }

    /** {@return every preset, in the table's order} */
    public static List<JournalPreset> all() {
        return ALL;
    }

    /**
     * {@return the preset with this short name, ignoring case}
     *
     * @param id the preset's name, e.g. {@code nature}
     */
    public static Optional<JournalPreset> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.id.equals(wanted)).findFirst();
    }

    /**
     * {@return the feed's URL on another server (a mirror, WireMock): {@code base}'s scheme, host and port, this path
     * and query}
     *
     * @param base the base URL of a mirror or test server
     */
    public URI feedUrlAt(URI base) {
        String path = feedUrl.getRawPath() + (feedUrl.getRawQuery() == null ? "" : "?" + feedUrl.getRawQuery());
        String prefix = base.toString();
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return URI.create(prefix + path);
    }

    private static List<JournalPreset> load() {
        List<JournalPreset> presets = new ArrayList<>();
        try (InputStream in = JournalPreset.class.getResourceAsStream("presets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("presets.tsv is missing beside " + JournalPreset.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3) {
                    throw new IllegalStateException("presets.tsv line " + number + ": expected name, journal and URL "
                            + "separated by tabs: '" + line + "'");
                }
                presets.add(new JournalPreset(columns[0].strip(), columns[1].strip(), URI.create(columns[2].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read presets.tsv", e);
        }
        return List.copyOf(presets);
    }
}
