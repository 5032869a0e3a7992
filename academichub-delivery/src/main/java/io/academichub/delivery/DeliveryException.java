package io.academichub.delivery;

/**
 * A digest could not be delivered. The message names the target (as {@link DigestDelivery#target()} prints it: no
 * credentials) and what went wrong.
 */
public class DeliveryException extends RuntimeException {

    private final String target;

    /** Creates an exception for {@code target}. */
    public DeliveryException(String target, String message, Throwable cause) {
        super(target + ": " + message, cause);
        this.target = target;
    }

    /** The target that failed, as {@link DigestDelivery#target()} prints it. */
    public String target() {
        return target;
    }
}
