package io.academichub.http;

import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.internal.Redaction;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The one HTTP client every source fetches through, polite by construction:
 *
 * <ul>
 *   <li>per politeness group (usually a service), a minimum interval between request starts and a connection
 *       limit — arXiv gets {@link HostLimits#ARXIV} out of the box, for all its endpoints together; every redirect
 *       hop passes the limit too, and at most {@link Builder#maxRedirects} hops are followed;</li>
 *   <li>credentials stay with their origin: a redirect to another scheme, host or port (an https → http downgrade
 *       too) is followed without the request's credential headers ({@code Authorization}, {@code x-api-key},
 *       cookies … — those {@link io.academichub.internal.Redaction#isCredentialHeader} names) and without the
 *       {@code user:password} of its URL, as curl and browsers do (nor any later hop, as in browsers); a redirect
 *       within the origin keeps them. A
 *       credential in the query string of a redirect's target is the server's choice and is sent as given;</li>
 *   <li>{@code 429}, {@code 503} and {@code 529} wait as {@code Retry-After} says, clamped to
 *       {@link Builder#maxRetryAfter}; other 5xx and I/O errors retry with exponential backoff and jitter — GETs
 *       always, POSTs only when the request says they are safe to repeat ({@link TransportRequest#withRetries()});
       what cannot change on a retry (another 4xx, an unknown host, a redirect loop, a response saying
 *       {@code x-should-retry: false}) fails at once;</li>
 *   <li>connect and response timeouts, and a {@linkplain Builder#requestDeadline total deadline} per request that
 *       holds whatever the server does (trickles bytes, stays silent, keeps asking to retry later);</li>
 *   <li>a cap on the (decompressed) body size, gzip, the JVM's proxy settings ({@code https.proxyHost} …) or a
 *       {@linkplain Builder#proxy proxy} of its own;</li>
 *   <li>a {@code User-Agent} naming the library, its version and the operator's contact address.</li>
 * </ul>
 *
 * Every failure is a typed {@link SourceException} naming the source and the URL — with credentials masked: no
 * message or log line, at any level, shows an {@code api_key}, a token or a {@code user:password}, nor a credential
 * header; not even the DEBUG lines of the HTTP client underneath (Apache HttpClient), which sees the requests with
 * those values masked, while the connection sends the real ones and logs no header and no wire bytes. A
 * {@code user:password} in a URL is sent as HTTP Basic authentication. (A client {@linkplain Builder#httpClient
 * given} to the builder sends and logs requests as it was built to.)
 *
 * <pre>{@code
 * try (HttpTransport http = HttpTransport.builder().contact("me@example.org").build()) {
 *     HttpResult r = http.get(TransportRequest.get("arxiv:cs.AI", URI.create("https://rss.arxiv.org/rss/cs.AI"))
 *             .inGroup("arxiv"));
 * }
 * }</pre>
 *
 * Instances are thread-safe; share one per application.
 */
public final class HttpTransport implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);

    private final CloseableHttpClient client;
    private final boolean ownsClient;
    private final String userAgent;
    private final TimeSource time;
    private final RequestConfig defaultRequestConfig;
    private final PolitenessGates gates;
    private final RetryPolicy retries;
    private final RedirectFollower redirects;
    private final ResponseMapper responses;
    private final DeadlineWatchdog deadlines;

    private HttpTransport(Builder b) {
        this.userAgent = b.userAgent();
        this.time = b.time;
        this.gates = new PolitenessGates(b.limits, b.defaultLimits, b.time);
        this.retries = new RetryPolicy(b.maxAttempts, b.initialBackoff, b.maxBackoff, b.maxRetryAfter, b.random);
        this.redirects = new RedirectFollower(b.maxRedirects);
        this.responses = new ResponseMapper(b.maxBodyBytes, b.time);
        this.defaultRequestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(b.responseTimeout))
                .setConnectionRequestTimeout(Timeout.of(b.connectTimeout))
                .setRedirectsEnabled(false) // redirects are ours: every hop must pass the politeness gate
                .build();
        if (b.client != null) {
            this.client = b.client;
            this.ownsClient = false;
        } else {
            HttpClientBuilder client = HttpClients.custom()
                    .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                            .setDefaultConnectionConfig(ConnectionConfig.custom()
                                    .setConnectTimeout(Timeout.of(b.connectTimeout))
                                    .setSocketTimeout(Timeout.of(b.responseTimeout))
                                    .build())
                            .setMaxConnTotal(64)
                            .setMaxConnPerRoute(8)
                            .useSystemProperties() // the JVM's trust store and TLS settings
                            .setConnectionFactory(CredentialShield.connections())
                            .build())
                    .setRequestExecutor(CredentialShield.executor())
                    .setDefaultRequestConfig(defaultRequestConfig)
                    .setUserAgent(userAgent)
                    .useSystemProperties() // the JVM's proxy settings (https.proxyHost …) and proxy credentials
                    .disableAutomaticRetries() // retries are ours: they must pass the gate and honour Retry-After
                    .disableRedirectHandling()
                    .disableCookieManagement();
            if (b.proxy != null) {
                client.setProxy(b.proxy);
            }
            this.client = client.build();
            this.ownsClient = true;
        }
        this.deadlines = new DeadlineWatchdog(b.time, b.requestDeadline);
    }

    /** {@return a builder; every setting has a sensible default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the {@code User-Agent} header sent with every request} */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Makes a GET, politely, retrying what is worth retrying.
     *
     * @param request the request to make
     * @return the 2xx response
     * @throws RateLimitedException        on a 429 that was not retried further: the last of
     *                                     {@link Builder#maxAttempts} attempts, or at once when the response says
     *                                     {@code x-should-retry: false} or the wait before the next attempt (its
     *                                     {@code Retry-After} clamped to {@link Builder#maxRetryAfter}, else the
     *                                     backoff) would pass the {@linkplain Builder#requestDeadline request's
     *                                     deadline}
     * @throws SourceUnavailableException  on a 5xx, a timeout or another I/O error that was not retried further (as
     *                                     for a 429; only 503 and 529 carry a {@code Retry-After}); at once on an
     *                                     unknown host, an HTTP protocol error, a body over the cap, or the request's
     *                                     deadline passing during an exchange or before the politeness limit lets it
     *                                     start
     * @throws SourceRejectedException     on any other non-2xx status, or a redirect that cannot be followed (not
     *                                     retried; the body's start is kept)
     * @throws IllegalArgumentException    when the request has a body (use {@link #send})
     */
    public HttpResult get(TransportRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.body() != null) {
            throw new IllegalArgumentException("get() of a request with a body; use send(): " + request);
        }
        return send(request);
    }

    /**
     * Makes the request — a GET, or a POST when it has a body — politely; retries what is worth retrying when the
     * request {@linkplain TransportRequest#retryable() may be retried}. The whole of it, retries and waits
     * included, ends within {@link Builder#requestDeadline}.
     *
     * @param request the request to make
     * @return the 2xx response
     * @throws RateLimitedException        on a 429 that was not retried further: the last of
     *                                     {@link Builder#maxAttempts} attempts, or at once when the request may not
     *                                     be retried (a POST without {@link TransportRequest#withRetries()}), the
     *                                     response says {@code x-should-retry: false}, or the wait before the next
     *                                     attempt (its {@code Retry-After} clamped to {@link Builder#maxRetryAfter},
     *                                     else the backoff) would pass the request's deadline
     * @throws SourceUnavailableException  on a 5xx, a timeout or another I/O error that was not retried further (as
     *                                     for a 429; only 503 and 529 carry a {@code Retry-After}); at once on an
     *                                     unknown host, an HTTP protocol error, a body over the cap, or the request's
     *                                     deadline passing during an exchange or before the politeness limit lets it
     *                                     start
     * @throws SourceRejectedException     on any other non-2xx status, or a redirect that cannot be followed (not
     *                                     retried; the body's start is kept)
     */
    public HttpResult send(TransportRequest request) {
        Objects.requireNonNull(request, "request");
        long deadline = deadlines.deadlineFromNow();
        for (int attempt = 1; ; attempt++) {
            Attempt outcome = redirects.follow(request, (uri, credentials) -> exchange(request, uri, credentials, deadline));
            if (outcome.result() != null) {
                return outcome.result();
            }
            SourceException failure = outcome.failure();
            if (!outcome.retryable() || !request.retryable() || attempt >= retries.maxAttempts()) {
                throw failure;
            }
            Duration wait = retries.waitAfter(outcome, attempt);
            if (time.nanoTime() + wait.toNanos() >= deadline) {
                throw ResponseMapper.withDetail(failure, failure.detail() + "; not retried, since waiting "
                        + wait.toMillis() + " ms would pass the request's deadline of " + deadlines.millis() + " ms");
            }
            log.info("{}: {}; retrying in {} ms (attempt {} of {})", request.sourceId(), failure.detail(),
                    wait.toMillis(), attempt + 1, retries.maxAttempts());
            if (outcome.retryAfter() == null) {
                sleep(request, wait); // a Retry-After wait happens in the gate, which the held-off group passes
            }
        }
    }

    /**
     * One exchange with {@code uri}, through its group's gate and under the request's deadline; no redirect followed.
     * Without {@code credentials} (a redirect to another origin) the request's credential headers stay home.
     */
    private Attempt exchange(TransportRequest request, URI uri, boolean credentials, long deadline) {
        HostGate gate = gates.gate(request, uri);
        try {
            if (!gate.acquire(deadline)) {
                return Attempt.failure(new SourceUnavailableException(request.sourceId(), uri, 0,
                        "the politeness limit would start the request after its deadline of "
                                + deadlines.millis() + " ms", null), false, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(request.sourceId(), uri, 0, "interrupted", e);
        }
        DeadlineWatchdog.Watch watch = null;
        try {
            CredentialShield.Sealed sealed = CredentialShield.seal(uri,
                    credentials ? request.headers() : CredentialShield.withoutCredentials(request.headers()));
            HttpClientContext context = HttpClientContext.create();
            HttpUriRequestBase httpRequest;
            if (ownsClient) {
                // HttpClient sees masked credentials only; the connection sends the real ones
                httpRequest = toHttpRequest(request, sealed.shownUri(), sealed.shownHeaders());
                CredentialShield.attach(context, sealed);
            } else {
                httpRequest = toHttpRequest(request, sealed.realUri(), sealed.realHeaders());
            }
            if (log.isDebugEnabled()) {
                // never the headers: they may carry credentials
                log.debug("{}: {} {}", request.sourceId(), request.method(), sealed.shownUri());
            }
            watch = deadlines.watch(httpRequest, deadline);
            Attempt outcome = client.execute(httpRequest, context,
                    response -> responses.fromResponse(request, uri, response));
            if (outcome.retryAfter() != null) {
                // The service asked us, not just this request, to wait: hold the whole group off, even when this
                // request gives up, and before the connection slot is released, so that no request of the group
                // waiting for the slot can start before the hold-off is in place.
                gate.holdOff(retries.clamp(outcome.retryAfter()));
            }
            return outcome;
        } catch (IOException e) {
            if (watch != null && watch.expired()) {
                return Attempt.failure(new SourceUnavailableException(request.sourceId(), uri, 0,
                        "no complete response within the request's deadline of " + deadlines.millis()
                                + " ms", e), false, null);
            }
            return responses.fromIOException(request, uri, e);
        } finally {
            if (watch != null) {
                watch.stop();
            }
            gate.release();
        }
    }

    private HttpUriRequestBase toHttpRequest(TransportRequest request, URI uri, Map<String, String> headers) {
        HttpUriRequestBase httpRequest;
        if (request.body() == null) {
            httpRequest = new HttpGet(uri);
        } else {
            ContentType type = ContentType.parse(request.bodyType());
            if (type.getCharset() == null) {
                type = type.withCharset(StandardCharsets.UTF_8);
            }
            HttpPost post = new HttpPost(uri);
            post.setEntity(new StringEntity(request.body(), type));
            httpRequest = post;
        }
        httpRequest.setHeader(HttpHeaders.USER_AGENT, userAgent); // also through a client the host gave
        httpRequest.setHeader(HttpHeaders.ACCEPT, request.accept());
        headers.forEach(httpRequest::setHeader);
        // Set on every request, so that a client the host gave follows no redirect itself either. The deadline is
        // the watchdog's: it ends the exchange whatever phase it is in.
        RequestConfig.Builder config = RequestConfig.copy(defaultRequestConfig);
        if (request.responseTimeout() != null) {
            config.setResponseTimeout(Timeout.of(request.responseTimeout()));
        }
        httpRequest.setConfig(config.build());
        return httpRequest;
    }

    private void sleep(TransportRequest request, Duration wait) {
        try {
            time.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(request.sourceId(), request.uri(), 0, "interrupted", e);
        }
    }

    /** Closes the connections, unless the HTTP client was {@linkplain Builder#httpClient given}: its owner closes it. */
    @Override
    public void close() throws IOException {
        deadlines.close();
        if (ownsClient) {
            client.close();
        }
    }

    /**
     * Builds an {@link HttpTransport}. Each setting may be set once (a second call throws
     * {@link IllegalStateException} naming it; {@link #limits} once per group); arguments are checked when set.
     */
    public static final class Builder {
        private final Set<String> assigned = new HashSet<>();
        private String contact;
        private final Map<String, HostLimits> limits = new HashMap<>(HostLimits.KNOWN_SERVICES);
        private HostLimits defaultLimits = HostLimits.DEFAULT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofSeconds(2);
        private Duration maxBackoff = Duration.ofSeconds(60);
        private Duration maxRetryAfter = Duration.ofMinutes(2);
        private Duration requestDeadline = Duration.ofMinutes(3);
        private int maxRedirects = 5;
        private long maxBodyBytes = 64L * 1024 * 1024;
        private TimeSource time = TimeSource.system();
        private RandomGenerator random;
        private HttpHost proxy;
        private CloseableHttpClient client;

        private Builder() {
        }

        /**
         * The operator's contact address (an e-mail or URL), sent in the {@code User-Agent} so a service can reach
         * whoever runs the fetches. Services such as Crossref ask for it.
         *
         * @param contact the operator's contact address (an e-mail or URL), sent in the {@code User-Agent} so a service
         *        can reach whoever runs the fetches
         * @return this builder
         */
        public Builder contact(String contact) {
            once("contact");
            Objects.requireNonNull(contact, "contact");
            if (contact.isBlank() || contact.chars().anyMatch(c -> c < 0x20 || c > 0x7e || c == '(' || c == ')')) {
                throw new IllegalArgumentException("contact must be a printable ASCII e-mail address or URL without "
                        + "parentheses: '" + contact + "'");
            }
            this.contact = contact.strip();
            return this;
        }

        /**
         * Limits for one politeness group; the groups in {@link HostLimits#KNOWN_SERVICES} have theirs by default.
         *
         * @param group the politeness group, e.g. {@code arxiv}
         * @param hostLimits the interval between requests and the connection limit
         * @return this builder
         */
        public Builder limits(String group, HostLimits hostLimits) {
            Objects.requireNonNull(group, "group");
            once("limits for group '" + group + "'");
            limits.put(group, Objects.requireNonNull(hostLimits, "hostLimits"));
            return this;
        }

        /**
         * Limits for groups without their own; default {@link HostLimits#DEFAULT}.
         *
         * @param hostLimits limits for groups without their own; default {@link HostLimits#DEFAULT}
         * @return this builder
         */
        public Builder defaultLimits(HostLimits hostLimits) {
            once("defaultLimits");
            this.defaultLimits = Objects.requireNonNull(hostLimits, "hostLimits");
            return this;
        }

        /**
         * Time to establish a connection; default 10 s.
         *
         * @param timeout time to establish a connection; default 10 s
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            once("connectTimeout");
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Longest silence while waiting for response data; default 60 s.
         *
         * @param timeout longest silence while waiting for response data; default 60 s
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            once("responseTimeout");
            this.responseTimeout = positive(timeout, "responseTimeout");
            return this;
        }

        /**
         * Attempts per request, the first included; default 4. {@code 1} disables retries.
         *
         * @param maxAttempts attempts per request, the first included; default 4
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            once("maxAttempts");
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Backoff before the first retry of a 5xx or I/O error, doubled each time; default 2 s.
         *
         * @param backoff backoff before the first retry of a 5xx or I/O error, doubled each time; default 2 s
         * @return this builder
         */
        public Builder initialBackoff(Duration backoff) {
            once("initialBackoff");
            this.initialBackoff = positive(backoff, "initialBackoff");
            return this;
        }

        /**
         * Longest backoff between retries; default 60 s.
         *
         * @param backoff longest backoff between retries; default 60 s
         * @return this builder
         */
        public Builder maxBackoff(Duration backoff) {
            once("maxBackoff");
            this.maxBackoff = positive(backoff, "maxBackoff");
            return this;
        }

        /**
         * Longest wait a {@code Retry-After} can impose; longer requests are clamped to it. Default 2 min.
         *
         * @param max longest wait a {@code Retry-After} can impose; longer requests are clamped to it
         * @return this builder
         */
        public Builder maxRetryAfter(Duration max) {
            once("maxRetryAfter");
            this.maxRetryAfter = positive(max, "maxRetryAfter");
            return this;
        }

        /**
         * Largest body accepted, after decompression; default 64 MiB.
         *
         * @param bytes largest body accepted, after decompression; default 64 MiB
         * @return this builder
         */
        public Builder maxBodyBytes(long bytes) {
            once("maxBodyBytes");
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be >= 1: " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * The clock and sleep to wait with (tests inject a fake); default the system's.
         *
         * @param time the clock and sleep to wait with (tests inject a fake); default the system's
         * @return this builder
         */
        public Builder timeSource(TimeSource time) {
            once("timeSource");
            this.time = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * The random source for backoff jitter (tests inject a seeded one); used under its own lock, so any
         * generator is safe. By default each thread draws from its own {@link ThreadLocalRandom}.
         *
         * @param random the random source for backoff jitter (tests inject a seeded one); used under its own lock, so
         *        any generator is safe
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            once("random");
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * The longest a request may take as a whole — every attempt, redirect, politeness wait, {@code Retry-After}
         * and backoff included; default 3 min. A server that trickles bytes or keeps asking to retry later cannot hold
         * a request longer: it fails with a {@link SourceUnavailableException} saying the deadline passed, and no wait
         * that would end after the deadline is begun.
         *
         * @param deadline the longest a request may take as a whole — every attempt, redirect, politeness wait, {@code
         *        Retry-After} and backoff included; default 3 min
         * @return this builder
         */
        public Builder requestDeadline(Duration deadline) {
            once("requestDeadline");
            this.requestDeadline = positive(deadline, "requestDeadline");
            return this;
        }

        /**
         * The most redirects followed for one request; default 5, {@code 0} follows none. Each hop passes the
         * politeness limit of its group: the request's own on the same host, the target host's own elsewhere.
         *
         * @param maxRedirects the most redirects followed for one request; default 5, {@code 0} follows none
         * @return this builder
         */
        public Builder maxRedirects(int maxRedirects) {
            once("maxRedirects");
            if (maxRedirects < 0) {
                throw new IllegalArgumentException("maxRedirects must be >= 0: " + maxRedirects);
            }
            this.maxRedirects = maxRedirects;
            return this;
        }

        /**
         * An HTTP proxy every request goes through, such as {@code http://proxy.example.org:3128}, instead of the
         * JVM's proxy settings ({@code http.proxyHost}, {@code https.proxyHost}, {@code http.nonProxyHosts}), which
         * apply by default.
         *
         * @param proxy an HTTP proxy every request goes through, such as {@code http://proxy.example.org:3128}, instead
         *        of the JVM's proxy settings ({@code http.proxyHost}, {@code https.proxyHost}, {@code
         *        http.nonProxyHosts}), which apply by default
         * @return this builder
         * @throws IllegalArgumentException when the URL is not {@code http://host[:port]} (credentials in it are
         *                                  refused: give them as {@code http.proxyUser}/{@code http.proxyPassword})
         */
        public Builder proxy(URI proxy) {
            once("proxy");
            Objects.requireNonNull(proxy, "proxy");
            if (client != null) {
                throw new IllegalStateException("proxy cannot be set with httpClient: configure the client's proxy");
            }
            if (!"http".equalsIgnoreCase(proxy.getScheme()) && !"https".equalsIgnoreCase(proxy.getScheme())
                    || proxy.getHost() == null || proxy.getUserInfo() != null) {
                throw new IllegalArgumentException("proxy must be an http(s)://host[:port] URL: '"
                        + Redaction.redact(proxy) + "'");
            }
            this.proxy = new HttpHost(proxy.getScheme().toLowerCase(Locale.ROOT), proxy.getHost(), proxy.getPort());
            return this;
        }

        /**
         * The HTTP client to send with, for tests and for hosts that configure their own (TLS, proxy, connection
         * pool); it is not closed by {@link HttpTransport#close()}. The transport still applies its politeness,
         * retries, redirects (each request turns the client's own off), deadline, response timeout, body cap and
         * {@code User-Agent}; the client's connect timeout and proxy apply instead of the builder's. Such a client
         * is handed the real credentials, so its own DEBUG logging ({@code org.apache.hc}) may show them.
         *
         * @param client the HTTP client to send with, for tests and for hosts that configure their own (TLS, proxy,
         *        connection pool); it is not closed by {@link HttpTransport#close()}
         * @return this builder
         */
        public Builder httpClient(CloseableHttpClient client) {
            once("httpClient");
            if (proxy != null) {
                throw new IllegalStateException("httpClient cannot be set with proxy: configure the client's proxy");
            }
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * {@return the transport}
         *
         * @throws IllegalStateException when {@link #maxBackoff} is below {@link #initialBackoff}
         */
        public HttpTransport build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalStateException("maxBackoff (" + maxBackoff + ") is below initialBackoff (" + initialBackoff + ")");
            }
            return new HttpTransport(this);
        }

        private String userAgent() {
            String product = "AcademicHub/" + LibraryVersion.get();
            return contact == null
                    ? product + " (+https://github.com/academichub/academichub)"
                    : product + " (+https://github.com/academichub/academichub; mailto:" + contact + ")";
        }

        private void once(String setting) {
            if (!assigned.add(setting)) {
                throw new IllegalStateException(setting + " was already set");
            }
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
