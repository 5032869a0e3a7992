package io.academichub.source;

import io.academichub.error.SourceException;

/**
 * A place papers come from: one configured feed, query or harvest (arXiv's cs.AI+cs.LG RSS feed, a Crossref
 * ISSN filter …). This is the SPI a third-party adapter implements, usually together with a
 * {@link SourceProvider} so that it can be discovered and configured by name.
 *
 * <p>A source may throw {@link SourceException} when nothing could be fetched; when some papers arrived before a
 * failure it should return them with a {@link Status#PARTIAL} report instead, so nothing is lost. Any other
 * exception is a bug in the adapter, which the {@code AcademicHub} facade still reports as a failure of this
 * source only.
 */
public interface Source {

    /**
     * {@return the id of this configured source, unique within one {@code AcademicHub}, e.g. {@code arxiv:cs.AI+cs.LG}}
     */
    String id();

    /**
     * Fetches papers.
     *
     * @param request what to fetch: the date window and the limit
     * @return the papers and a report of how the fetch went
     * @throws SourceException when nothing could be fetched
     */
    FetchResult fetch(FetchRequest request);
}
