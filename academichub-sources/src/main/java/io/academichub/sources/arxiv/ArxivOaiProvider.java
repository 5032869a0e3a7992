package io.academichub.sources.arxiv;

import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;

/**
 * The {@code arxiv-oai} source kind: an OAI-PMH bulk harvest of one arXiv set, discovered through
 * {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * Source s = SourceRegistry.discover().create("arxiv-oai:cs:cs:AI", Map.of("metadataPrefix", "arXivRaw"), transport);
 * }</pre>
 *
 * The argument is the set spec ({@code cs:cs:AI}, {@code physics:hep-th}, {@code math}), or empty for all of arXiv;
 * see {@link ArxivOaiSource} for the options.
 */
public final class ArxivOaiProvider implements SourceProvider {

    /** A provider; it holds no state. */
    public ArxivOaiProvider() {
    }

    /** {@code arxiv-oai}. */
    @Override
    public String id() {
        return ArxivOaiSource.KIND;
    }

    @Override
    public String description() {
        return "arXiv OAI-PMH bulk harvest; ARGUMENT: a set spec such as cs:cs:AI or physics:hep-th, empty for all; "
                + "option " + ArxivOaiSource.METADATA_PREFIX + "=arXivRaw|arXiv";
    }

    /**
     * An {@link ArxivOaiSource} for the set in {@code config}'s argument.
     *
     * @throws IllegalArgumentException when the set spec or an option is not valid, saying why
     */
    @Override
    public Source create(SourceConfig config) {
        return new ArxivOaiSource(config);
    }
}
