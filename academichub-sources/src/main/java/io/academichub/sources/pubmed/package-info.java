/**
 * PubMed through NCBI's E-utilities ({@code pubmed}): esearch with {@code usehistory=y}, then efetch in batches,
 * parsed by {@link io.academichub.sources.pubmed.PubmedParser}. Requests share the politeness group {@code "ncbi"}.
 */
package io.academichub.sources.pubmed;
