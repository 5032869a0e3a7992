package io.academichub.sources.pubmed;

import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;

/**
 * The {@code pubmed} source kind: a PubMed query through NCBI's E-utilities, discovered through
 * {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * Source s = SourceRegistry.discover().create("pubmed:telomere AND pancreatic cancer",
 *         Map.of("email", "me@example.org", "api_key", key), transport);
 * }</pre>
 *
 * The argument is the query term, in PubMed's search syntax; see {@link PubmedSource} for the options.
 */
public final class PubmedProvider implements SourceProvider {

    /** A provider; it holds no state. */
    public PubmedProvider() {
    }

    /** {@code pubmed}. */
    @Override
    public String id() {
        return PubmedSource.KIND;
    }

    @Override
    public String description() {
        return "PubMed via NCBI E-utilities; ARGUMENT: a PubMed query such as telomere AND cancer[tiab]; options "
                + PubmedSource.EMAIL + ", " + PubmedSource.API_KEY + ", " + PubmedSource.BATCH_SIZE + "=1.."
                + PubmedSource.MAX_BATCH_SIZE + ", " + PubmedSource.DATE_TYPE + "=pdat|edat|mdat";
    }

    /**
     * A {@link PubmedSource} for the query in {@code config}'s argument.
     *
     * @throws IllegalArgumentException when the query is blank or an option is not valid, saying why
     */
    @Override
    public Source create(SourceConfig config) {
        return new PubmedSource(config);
    }
}
