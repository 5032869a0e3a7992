package io.academichub.sources.pubmed;

import io.academichub.source.RecordedFormat;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceOption;
import io.academichub.source.SourceProvider;

import java.util.List;

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

    /** The options this kind takes besides {@code baseUrl} and {@code contact}. */
    @Override
    public List<SourceOption> options() {
        return List.of(
                SourceOption.text(PubmedSource.EMAIL, "the contact address", "the address NCBI may write to (email)"),
                SourceOption.text(PubmedSource.API_KEY, null, "an NCBI API key (api_key), never printed"),
                SourceOption.number(PubmedSource.BATCH_SIZE, Integer.toString(PubmedSource.DEFAULT_BATCH_SIZE),
                        "records per efetch, 1 to " + PubmedSource.MAX_BATCH_SIZE),
                SourceOption.text(PubmedSource.DATE_TYPE, "pdat",
                        "the date a window applies to: pdat (published), edat (entered PubMed), mdat (modified)"));
    }

    /** The format of this kind's recorded responses, for {@code academichub parse}. */
    @Override
    public List<RecordedFormat> formats() {
        return List.of(RecordedFormat.of("pubmed-xml", "a saved PubMed efetch response (PubmedArticleSet)",
                PubmedParser::parseArticles));
    }

    /** One line for listings. */
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
