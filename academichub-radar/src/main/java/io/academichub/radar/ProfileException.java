package io.academichub.radar;

/**
 * A profile that cannot be used: a file that does not parse, an unknown key, a query with a syntax error, a seed
 * file that cannot be read. The message says where — the file, the line, the interest and the column in its
 * query — and what is wrong, e.g. {@code qec.yaml line 9: interest 'broken', query column 12: Encountered <EOF>}.
 * Nothing of a profile that failed is used.
 */
public class ProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that already names the place.
     *
     * @param message what is wrong, naming the file, line or interest
     */
    public ProfileException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message that already names the place, and its cause.
     *
     * @param message what is wrong, naming the file, line or interest
     * @param cause the underlying failure
     */
    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
