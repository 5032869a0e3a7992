/**
 * arXiv, three ways: the daily announcement RSS ({@code arxiv}), the query API ({@code arxiv-api}) and the OAI-PMH
 * bulk harvest ({@code arxiv-oai}). All share the politeness group {@code "arxiv"}: one request every 3 s on one
 * connection, across endpoints.
 */
package io.academichub.sources.arxiv;
