package io.academichub.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HttpTransport;
import io.academichub.http.TransportRequest;

import java.net.URI;
import java.util.Objects;

/**
 * Sends a {@link Digest} to a webhook as one JSON POST — for chat tools (Slack, Mattermost and others show the
 * {@code text} field) or any HTTP endpoint of your own:
 *
 * <pre>{@code
 * {"subject":"AcademicHub digest — 2026-12-01","text":"# AcademicHub digest …","html":"<!DOCTYPE html>…"}
 * }</pre>
 *
 * <pre>{@code
 * try (HttpTransport http = HttpTransport.builder().contact("you@example.org").build()) {
 *     WebhookDelivery hook = WebhookDelivery.create(URI.create(System.getenv("ACADEMICHUB_WEBHOOK_URL")), http);
 *     hook.deliver(digest);
 * }
 * }</pre>
 *
 * <p>Webhook URLs carry their secret in the path (a chat tool's hook URL is the credential), so {@link #target()},
 * {@link #toString()} and every {@link DeliveryException} show only the scheme, host and port. The POST is sent once,
 * never retried: a chat message must not arrive twice.
 */
public final class WebhookDelivery implements DigestDelivery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final HttpTransport transport;
    private final String target;

    private WebhookDelivery(URI url, HttpTransport transport) {
        this.url = url;
        this.transport = transport;
        this.target = "webhook " + url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + "/…";
    }

    /**
     * A delivery to {@code url} through {@code transport} (and so with its User-Agent, politeness and timeouts).
     *
     * @param url       the webhook's URL, secret path included
     * @param transport the HTTP transport to POST through
     * @return the delivery
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL (the message does not repeat it)
     */
    public static WebhookDelivery create(URI url, HttpTransport transport) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(transport, "transport");
        if (url.getHost() == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
            throw new IllegalArgumentException("a webhook URL must be an absolute http(s) URL (scheme "
                    + url.getScheme() + ", host " + url.getHost() + ")");
        }
        return new WebhookDelivery(url, transport);
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public void deliver(Digest digest) {
        Objects.requireNonNull(digest, "digest");
        ObjectNode body = JSON.createObjectNode();
        body.put("subject", digest.subject());
        body.put("text", digest.markdown());
        if (digest.html() != null) {
            body.put("html", digest.html());
        }
        TransportRequest post = TransportRequest.post("webhook", url, "application/json", body.toString())
                .accepting("application/json, text/plain;q=0.9, */*;q=0.1");
        try {
            transport.send(post);
        } catch (SourceRejectedException e) {
            throw new DeliveryException(target, "the webhook answered HTTP " + e.status(), null);
        } catch (RateLimitedException e) {
            throw new DeliveryException(target, "the webhook is rate-limiting (HTTP 429); retry after "
                    + e.retryAfter(), null);
        } catch (SourceUnavailableException e) {
            throw new DeliveryException(target, e.status() > 0 ? "the webhook answered HTTP " + e.status()
                    : "could not be reached (a timeout or an I/O error)", null);
        } catch (SourceException e) {
            // The transport's message names the full URL; the path is the secret, so say only what happened.
            throw new DeliveryException(target, "could not be reached (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    /** {@link #target()}: no secret path. */
    @Override
    public String toString() {
        return "WebhookDelivery[" + target + "]";
    }
}
