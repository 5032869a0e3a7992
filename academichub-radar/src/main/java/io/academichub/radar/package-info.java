/**
 * The research radar: a {@link io.academichub.radar.Profile} (interests as Lucene queries, exclusions, category and
 * source filters, followed authors, seed papers) ranks a day's papers into {@link io.academichub.radar.Match}es,
 * each with the reasons it is there, showing only what the profile has not seen.
 */
package io.academichub.radar;
