package io.academichub.sources.biorxiv;

import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;

/**
 * The {@code medrxiv} source kind: preprints posted to medRxiv, every category or one, through the same API as
 * bioRxiv ({@link BiorxivSource}).
 *
 * <pre>{@code
 * --source medrxiv
 * --source medrxiv:epidemiology
 * --source medrxiv:health_informatics
 * }</pre>
 *
 * Option {@value SourceConfig#BASE_URL} (default {@value BiorxivSource#DEFAULT_BASE_URL}).
 */
public final class MedrxivProvider implements SourceProvider {

    /** The kind's name. */
    public static final String ID = "medrxiv";

    /** For {@link java.util.ServiceLoader}. */
    public MedrxivProvider() {
    }

    /** {@value #ID}. */
    @Override
    public String id() {
        return ID;
    }

    /** One line for listings. */
    @Override
    public String description() {
        return "medRxiv preprints (api.biorxiv.org); ARGUMENT: an optional category such as epidemiology "
                + "or health_informatics";
    }

    /**
     * A medRxiv source for the configured category.
     *
     * @throws IllegalArgumentException when the argument is not lower-case words joined by '_' or ' ', or the base
     *                                  URL is not an http(s) URL
     */
    @Override
    public Source create(SourceConfig config) {
        return BiorxivProvider.create(BiorxivServer.MEDRXIV, config);
    }
}
