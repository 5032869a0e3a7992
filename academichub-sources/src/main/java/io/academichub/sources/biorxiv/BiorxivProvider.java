package io.academichub.sources.biorxiv;

import io.academichub.source.RecordedFormat;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;

import java.util.List;

/**
 * The {@code biorxiv} source kind: preprints posted to bioRxiv, every category or one.
 *
 * <pre>{@code
 * --source biorxiv                                  // every category
 * --source biorxiv:bioinformatics
 * --source biorxiv:animal_behavior_and_cognition    // or 'animal behavior and cognition'
 * }</pre>
 *
 * Option {@value SourceConfig#BASE_URL} (default {@value BiorxivSource#DEFAULT_BASE_URL}). See {@link BiorxivSource}
 * for the interval, paging and errors; {@link MedrxivProvider} is the same for medRxiv.
 */
public final class BiorxivProvider implements SourceProvider {

    /** The kind's name. */
    public static final String ID = "biorxiv";

    /** For {@link java.util.ServiceLoader}. */
    public BiorxivProvider() {
    }

    /** {@value #ID}. */
    @Override
    public String id() {
        return ID;
    }

    /** The format of this kind's recorded responses, for {@code academichub parse}. */
    @Override
    public List<RecordedFormat> formats() {
        return List.of(RecordedFormat.of("biorxiv-json", "a saved bioRxiv or medRxiv /details/ response",
                BiorxivParser::parse));
    }

    /** One line for listings. */
    @Override
    public String description() {
        return "bioRxiv preprints (api.biorxiv.org); ARGUMENT: an optional category such as bioinformatics "
                + "or animal_behavior_and_cognition";
    }

    /**
     * A bioRxiv source for the configured category.
     *
     * @throws IllegalArgumentException when the argument is not lower-case words joined by '_' or ' ', or the base
     *                                  URL is not an http(s) URL
     */
    @Override
    public Source create(SourceConfig config) {
        return create(BiorxivServer.BIORXIV, config);
    }

    /** A source for {@code server} from a configuration: the argument is the category. */
    static Source create(BiorxivServer server, SourceConfig config) {
        return new BiorxivSource(server, config.argument(), config.baseUrl(BiorxivSource.DEFAULT_BASE_URL),
                config.transport());
    }
}
