package io.academichub.sources.arxiv;

import io.academichub.model.Paper;
import io.academichub.source.Page;
import io.academichub.source.RecordedFormat;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceOption;
import io.academichub.source.SourceProvider;

import java.util.ArrayList;
import java.util.List;

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

    /** The options this kind takes besides {@code baseUrl} and {@code contact}. */
    @Override
    public List<SourceOption> options() {
        return List.of(
                SourceOption.text(ArxivOaiSource.METADATA_PREFIX, "arXivRaw", "arXivRaw (every version's date) or arXiv"));
    }

    /** The format of this kind's recorded responses, for {@code academichub parse}. */
    @Override
    public List<RecordedFormat> formats() {
        return List.of(RecordedFormat.of("arxiv-oai", "a saved arXiv OAI-PMH response (arXivRaw or arXiv)",
                (in, sourceId, uri) -> {
                    List<Paper> papers = new ArrayList<>();
                    Page page = ArxivOaiParser.parse(in, sourceId, uri, papers::add);
                    return new Page(papers, page.records(), page.total(), page.next(), page.warnings());
                }));
    }

    /** One line for listings. */
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
