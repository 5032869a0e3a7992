package io.academichub.delivery;

/**
 * A digest could not be delivered. The message names the target (as {@link DigestDelivery#target()} prints it: no
 * credentials) and what went wrong.
 */
public class DeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The target that failed. */
    private final String target;

    /**
     * Creates an exception for {@code target}.
     *
     * @param target  where the delivery went, as {@link DigestDelivery#target()} prints it (no credentials)
     * @param message what went wrong; the exception's message is {@code target + ": " + message}
     * @param cause   the underlying failure, or {@code null}
     */
    public DeliveryException(String target, String message, Throwable cause) {
        super(target + ": " + message, cause);
        this.target = target;
    }

    /**
     * The target that failed.
     *
     * @return the target as {@link DigestDelivery#target()} prints it
     */
    public String target() {
        return target;
    }
}
