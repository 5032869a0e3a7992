/**
 * bioRxiv and medRxiv through the Cold Spring Harbor API ({@code https://api.biorxiv.org}): the {@code biorxiv} and
 * {@code medrxiv} sources ({@link io.academichub.sources.biorxiv.BiorxivSource}), the parser of the
 * {@code /details/} JSON ({@link io.academichub.sources.biorxiv.BiorxivParser}), and the preprint-to-journal links of
 * {@code /pubs/} ({@link io.academichub.sources.biorxiv.BiorxivPublications}). Both servers share the politeness group
 * {@code "biorxiv"}.
 */
package io.academichub.sources.biorxiv;
