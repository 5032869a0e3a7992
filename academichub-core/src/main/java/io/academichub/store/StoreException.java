package io.academichub.store;

import java.util.Objects;

/**
 * A {@link PaperStore} could not do what was asked: its database could not be opened or upgraded, a write failed
 * and was rolled back, a stored row could not be read. The message names the store ({@code H2 database in
 * /home/me/.academichub}, a JDBC URL without its password) and what happened, in one line a user reads:
 * {@code H2 database in /data/radar: cannot record shown papers: Disk full}.
 */
public class StoreException extends RuntimeException {

    /** Which store failed. */
    private final String store;

    /**
     * @param store  which store failed, as a user would recognise it (a data directory, a JDBC URL without secrets)
     * @param detail what happened
     * @param cause  the underlying exception, or {@code null}
     */
    public StoreException(String store, String detail, Throwable cause) {
        super(Objects.requireNonNull(store, "store") + ": " + Objects.requireNonNull(detail, "detail"), cause);
        this.store = store;
    }

    /** {@return which store failed: a data directory or a JDBC URL (never with a password)} */
    public String store() {
        return store;
    }
}
