/**
 * Memory between runs: {@link io.academichub.store.PaperStore} (which papers each profile has been shown, and the
 * reader's feedback), with an in-memory implementation; the JDBC one lives in {@code academichub-store}.
 */
package io.academichub.store;
