/**
 * <b>Internal, not API:</b> what several adapters in this module share and that no application should call
 * ({@link io.academichub.sources.internal.MarkupText}: markup in text fields to clean text). Public only because Java
 * has no visibility between packages; it may change in any release.
 */
package io.academichub.sources.internal;
