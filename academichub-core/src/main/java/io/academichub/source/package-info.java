/**
 * The Source SPI: {@link io.academichub.source.Source}, {@link io.academichub.source.SourceProvider} and their
 * discovery in {@link io.academichub.source.SourceRegistry}; requests, results and reports; the paging loop
 * ({@link io.academichub.source.PagedSource}) and its single-feed counterpart
 * ({@link io.academichub.source.FeedSource}). Failures are the typed exceptions of {@code io.academichub.error}.
 */
package io.academichub.source;
