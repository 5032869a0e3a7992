/**
 * The Crossref REST API as a source: {@link io.academichub.sources.crossref.CrossrefProvider} ({@code crossref:ISSN}
 * or {@code crossref:filter:…}), {@link io.academichub.sources.crossref.CrossrefSource} (deep paging with cursors,
 * the polite pool's {@code mailto}) and {@link io.academichub.sources.crossref.CrossrefParser} (works and work lists
 * to papers, JATS abstracts to text, preprint ↔ published relations to {@code sameAs}).
 */
package io.academichub.sources.crossref;
