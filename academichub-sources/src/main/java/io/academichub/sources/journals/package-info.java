/**
 * Journal feeds through Rome: any RSS 0.9x/1.0/2.0 or Atom feed ({@code rss:<url>}) and presets for top journals
 * ({@code nature}, {@code science}, {@code cell}, {@code pnas}, {@code lancet}, {@code nejm}, {@code plos-one}).
 * Rome parses the bytes the shared transport fetched (it never fetches), with doctypes disallowed; each feed's host is
 * its own politeness group.
 */
package io.academichub.sources.journals;
