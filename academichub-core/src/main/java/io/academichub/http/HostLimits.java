package io.academichub.http;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How politely to treat one service: at least {@code minInterval} between the starts of two requests, and at
 * most {@code maxConnections} requests at once. arXiv asks for {@link #ARXIV}: one request every 3 s on one
 * connection, across all its endpoints together.
 *
 * @param minInterval minimum time between the starts of two requests; zero for none
 * @param maxConnections requests in flight at once, {@code >= 1}
 */
public record HostLimits(Duration minInterval, int maxConnections) {

    /** arXiv's published limit: one request every three seconds, one connection. */
    public static final HostLimits ARXIV = new HostLimits(Duration.ofSeconds(3), 1);

    /**
     * For a chat-model API: a request takes seconds, so a few may run at once; the service's own limits (requests and
     * tokens per minute, by account) come back as 429 with {@code Retry-After}, which the transport honours.
     */
    public static final HostLimits LLM_API = new HostLimits(Duration.ofMillis(100), 4);

    /**
     * The published (or, where none is published, a cautious) limit of each service AcademicHub knows, by
     * politeness group: {@code arxiv} (3 s, one connection, across all its endpoints), {@code crossref} (its public
     * pool allows 5 requests a second and one at a time), {@code ncbi} (E-utilities allow 3 requests a second without
     * an API key), {@code biorxiv} (no published limit: one request a second), and the chat-model APIs {@code openai}
     * and {@code anthropic} ({@link #LLM_API}).
     */
    public static final Map<String, HostLimits> KNOWN_SERVICES = Map.of(
            "arxiv", ARXIV,
            "crossref", new HostLimits(Duration.ofMillis(200), 1),
            "ncbi", new HostLimits(Duration.ofMillis(340), 1),
            "biorxiv", new HostLimits(Duration.ofSeconds(1), 1),
            "openai", LLM_API,
            "anthropic", LLM_API);

    /** For services that publish no limit: a few connections, a short pause. */
    public static final HostLimits DEFAULT = new HostLimits(Duration.ofMillis(200), 2);

    /**
     * Checks the components as described above.
     *
     * @param minInterval minimum time between the starts of two requests; zero for none
     * @param maxConnections requests in flight at once, {@code >= 1}
     */
    public HostLimits {
        Objects.requireNonNull(minInterval, "minInterval");
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval is negative: " + minInterval);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be >= 1: " + maxConnections);
        }
    }
}
