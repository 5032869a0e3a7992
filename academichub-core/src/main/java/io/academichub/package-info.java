/**
 * AcademicHub: the {@link io.academichub.AcademicHub} facade that fetches sources concurrently and merges their
 * papers ({@link io.academichub.PaperMerger}).
 */
package io.academichub;
