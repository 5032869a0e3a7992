package io.academichub.delivery;

/**
 * A way to hand a {@link Digest} to its reader: {@link EmailDelivery} (SMTP) or {@link WebhookDelivery} (a JSON POST
 * to a chat tool or any HTTP endpoint). Implement it for anything else.
 *
 * <pre>{@code
 * DigestDelivery mail = EmailDelivery.builder()
 *         .server("smtp.example.org", 587).startTls()
 *         .login("digest@example.org").passwordFromEnvironment("ACADEMICHUB_SMTP_PASSWORD")
 *         .from("digest@example.org").to("me@example.org")
 *         .build();
 * mail.deliver(new Digest("AcademicHub digest — 2026-12-01", markdown, html));
 * }</pre>
 */
public interface DigestDelivery {

    /**
     * Where this delivers, fit to print.
     *
     * @return a description of the destination that never holds a password, a token, or a webhook's secret path
     */
    String target();

    /**
     * Sends the digest.
     *
     * @param digest what to send
     * @throws DeliveryException when it could not be delivered, naming {@link #target()} and what went wrong
     */
    void deliver(Digest digest);
}
