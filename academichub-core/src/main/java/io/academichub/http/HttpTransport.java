package io.academichub.http;

import io.academichub.source.RateLimitedException;
import io.academichub.source.SourceException;
import io.academichub.source.SourceRejectedException;
import io.academichub.source.SourceUnavailableException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The one HTTP client every source fetches through, polite by construction:
 *
 * <ul>
 *   <li>per politeness group (usually a service), a minimum interval between request starts and a connection
 *       limit — arXiv gets {@link HostLimits#ARXIV} out of the box, for all its endpoints together;</li>
 *   <li>{@code 429}, {@code 503} and {@code 529} wait as {@code Retry-After} says, clamped to
 *       {@link Builder#maxRetryAfter}; other 5xx and I/O errors retry with exponential backoff and jitter — GETs
 *       always, POSTs only when the request says they are safe to repeat ({@link TransportRequest#withRetries()});
 *       nothing is retried when the response says {@code x-should-retry: false};</li>
 *   <li>connect and response timeouts, a cap on the (decompressed) body size, gzip;</li>
 *   <li>a {@code User-Agent} naming the library, its version and the operator's contact address.</li>
 * </ul>
 *
 * Every failure is a typed {@link SourceException} naming the source and the URL.
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
    private static final int ERROR_BODY_CHARS = 64 * 1024;

    private final CloseableHttpClient client;
    private final String userAgent;
    private final Map<String, HostLimits> limits;
    private final HostLimits defaultLimits;
    private final Map<String, HostGate> gates = new ConcurrentHashMap<>();
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final long maxBodyBytes;
    private final TimeSource time;
    private final RandomGenerator random;
    private final RequestConfig defaultRequestConfig;

    private HttpTransport(Builder b) {
        this.userAgent = b.userAgent();
        this.limits = Map.copyOf(b.limits);
        this.defaultLimits = b.defaultLimits;
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.maxBodyBytes = b.maxBodyBytes;
        this.time = b.time;
        this.random = b.random;
        this.defaultRequestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(b.responseTimeout))
                .setConnectionRequestTimeout(Timeout.of(b.connectTimeout))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(b.connectTimeout))
                                .setSocketTimeout(Timeout.of(b.responseTimeout))
                                .build())
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(8)
                        .build())
                .setDefaultRequestConfig(defaultRequestConfig)
                .setUserAgent(userAgent)
                .disableAutomaticRetries() // retries are ours: they must pass the politeness gate and honour Retry-After
                .disableCookieManagement()
                .build();
    }

    /** A builder; every setting has a sensible default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The {@code User-Agent} header sent with every request. */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Makes a GET, politely, retrying what is worth retrying.
     *
     * @return the 2xx response
     * @throws RateLimitedException        on 429 after the allowed retries
     * @throws SourceUnavailableException  on 5xx, I/O errors and timeouts after the allowed retries, or a body over the cap
     * @throws SourceRejectedException     on any other non-2xx status (not retried; the body's start is kept)
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
     * request {@linkplain TransportRequest#retryable() may be retried}.
     *
     * @return the 2xx response
     * @throws RateLimitedException        on 429 after the allowed retries
     * @throws SourceUnavailableException  on 5xx, I/O errors and timeouts after the allowed retries, or a body over the cap
     * @throws SourceRejectedException     on any other non-2xx status (not retried; the body's start is kept)
     */
    public HttpResult send(TransportRequest request) {
        Objects.requireNonNull(request, "request");
        HostGate gate = gates.computeIfAbsent(request.group(),
                g -> new HostGate(limits.getOrDefault(g, defaultLimits), time));
        for (int attempt = 1; ; attempt++) {
            Attempt outcome = attempt(request, gate);
            if (outcome.result != null) {
                return outcome.result;
            }
            SourceException failure = outcome.failure;
            if (!outcome.retryable || !request.retryable() || attempt >= maxAttempts) {
                throw failure;
            }
            Duration wait = outcome.retryAfter != null ? clamp(outcome.retryAfter) : backoff(attempt);
            log.info("{}: {}; retrying in {} ms (attempt {} of {})", request.sourceId(), failure.detail(),
                    wait.toMillis(), attempt + 1, maxAttempts);
            if (outcome.retryAfter == null) {
                sleep(request, wait); // a Retry-After wait happens in the gate, which the held-off group passes
            }
        }
    }

    private record Attempt(HttpResult result, SourceException failure, boolean retryable, Duration retryAfter) {
        static Attempt success(HttpResult result) {
            return new Attempt(result, null, false, null);
        }

        static Attempt failure(SourceException failure, boolean retryable, Duration retryAfter) {
            return new Attempt(null, failure, retryable, retryAfter);
        }
    }

    private Attempt attempt(TransportRequest request, HostGate gate) {
        try {
            gate.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(request.sourceId(), request.uri(), 0, "interrupted", e);
        }
        try {
            HttpUriRequestBase httpRequest = toHttpRequest(request);
            if (log.isDebugEnabled()) {
                // never the headers: they may carry credentials
                log.debug("{}: {} {}", request.sourceId(), request.method(), redacted(request.uri()));
            }
            Attempt outcome = client.execute(httpRequest, response -> handle(request, response));
            if (outcome.retryAfter != null) {
                // The service asked us, not just this request, to wait: hold the whole group off, even when this
                // request gives up, and before the connection slot is released, so that no request of the group
                // waiting for the slot can start before the hold-off is in place.
                gate.holdOff(clamp(outcome.retryAfter));
            }
            return outcome;
        } catch (BodyTooLargeException e) {
            // Not retried: the same request would bring the same body.
            return Attempt.failure(new SourceUnavailableException(request.sourceId(), request.uri(), e.status,
                    "response body exceeds the cap of " + maxBodyBytes + " bytes", null), false, null);
        } catch (InterruptedIOException e) {
            if (!(e instanceof SocketTimeoutException) && Thread.currentThread().isInterrupted()) {
                throw new SourceUnavailableException(request.sourceId(), request.uri(), 0, "interrupted", e);
            }
            return Attempt.failure(new SourceUnavailableException(request.sourceId(), request.uri(), 0,
                    "timed out: " + e.getMessage(), e), true, null);
        } catch (ConnectException e) {
            return Attempt.failure(new SourceUnavailableException(request.sourceId(), request.uri(), 0,
                    "could not connect: " + e.getMessage(), e), true, null);
        } catch (UnknownHostException e) {
            return Attempt.failure(new SourceUnavailableException(request.sourceId(), request.uri(), 0,
                    "unknown host " + request.uri().getHost() + " (DNS lookup failed; offline?)", e), true, null);
        } catch (IOException e) {
            return Attempt.failure(new SourceUnavailableException(request.sourceId(), request.uri(), 0,
                    "I/O error: " + e, e), true, null);
        } finally {
            gate.release();
        }
    }

    private HttpUriRequestBase toHttpRequest(TransportRequest request) {
        HttpUriRequestBase httpRequest;
        if (request.body() == null) {
            httpRequest = new HttpGet(request.uri());
        } else {
            ContentType type = ContentType.parse(request.bodyType());
            if (type.getCharset() == null) {
                type = type.withCharset(StandardCharsets.UTF_8);
            }
            HttpPost post = new HttpPost(request.uri());
            post.setEntity(new StringEntity(request.body(), type));
            httpRequest = post;
        }
        httpRequest.setHeader(HttpHeaders.ACCEPT, request.accept());
        request.headers().forEach(httpRequest::setHeader);
        if (request.responseTimeout() != null) {
            httpRequest.setConfig(RequestConfig.copy(defaultRequestConfig)
                    .setResponseTimeout(Timeout.of(request.responseTimeout())).build());
        }
        return httpRequest;
    }

    private Attempt handle(TransportRequest request, ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : readCapped(entity.getContent(), status);
        if (status >= 200 && status < 300) {
            return Attempt.success(new HttpResult(request.uri(), status, entity == null ? null : entity.getContentType(), body));
        }
        String reason = "HTTP " + status + (response.getReasonPhrase() == null || response.getReasonPhrase().isEmpty()
                ? "" : " " + response.getReasonPhrase());
        Duration retryAfter = parseRetryAfter(response.getFirstHeader(HttpHeaders.RETRY_AFTER));
        // OpenAI's and Anthropic's APIs say "x-should-retry: false" when waiting cannot help (one request larger
        // than the whole per-minute budget)
        Header shouldRetry = response.getFirstHeader("x-should-retry");
        boolean retryable = shouldRetry == null || !"false".equalsIgnoreCase(shouldRetry.getValue().strip());
        if (status == 429) {
            String detail = reason + (retryAfter == null ? "" : ", Retry-After " + retryAfter.toSeconds() + " s");
            return Attempt.failure(new RateLimitedException(request.sourceId(), request.uri(), retryAfter, detail,
                    errorText(body)), retryable, retryAfter);
        }
        if (status >= 500) {
            return Attempt.failure(new SourceUnavailableException(request.sourceId(), request.uri(), status, reason, null),
                    retryable, status == 503 || status == 529 ? retryAfter : null); // 529: Anthropic's "overloaded"
        }
        return Attempt.failure(new SourceRejectedException(request.sourceId(), request.uri(), status, reason,
                errorText(body)), false, null);
    }

    private static String errorText(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > ERROR_BODY_CHARS ? text.substring(0, ERROR_BODY_CHARS) : text;
    }

    private byte[] readCapped(InputStream in, int status) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBodyBytes) {
                    throw new BodyTooLargeException(status);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static final class BodyTooLargeException extends IOException {
        final int status;

        BodyTooLargeException(int status) {
            super("body too large", null);
            this.status = status;
        }
    }

    // Query parameters that carry credentials (NCBI's api_key, tokens); their values never reach a log.
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)([?&](?:api_?key|key|token|access_token|apitoken)=)[^&#]*");

    /** The URL with the values of credential-like query parameters replaced by {@code ***}, for logs. */
    static String redacted(URI uri) {
        String text = uri.toString();
        return text.indexOf('?') < 0 ? text : SECRET_PARAMETER.matcher(text).replaceAll("$1***");
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; {@code null} when absent or unreadable. */
    Duration parseRetryAfter(Header header) {
        if (header == null || header.getValue() == null) {
            return null;
        }
        String value = header.getValue().strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(time.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                log.debug("ignoring unreadable Retry-After '{}'", value);
                return null;
            }
        }
    }

    private Duration clamp(Duration retryAfter) {
        return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
    }

    /** Exponential backoff with ("equal") jitter: uniform in [base/2, base], base = initial × 2^(attempt-1), capped. */
    private Duration backoff(int attempt) {
        long base = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        base = Math.min(base, maxBackoff.toMillis());
        long half = base / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }

    private void sleep(TransportRequest request, Duration wait) {
        try {
            time.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(request.sourceId(), request.uri(), 0, "interrupted", e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** Builds an {@link HttpTransport}. Each setting may be set once; arguments are checked when set. */
    public static final class Builder {
        private String contact;
        private final Map<String, HostLimits> limits = new HashMap<>(HostLimits.KNOWN_SERVICES);
        private HostLimits defaultLimits = HostLimits.DEFAULT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofSeconds(2);
        private Duration maxBackoff = Duration.ofSeconds(60);
        private Duration maxRetryAfter = Duration.ofMinutes(2);
        private long maxBodyBytes = 64L * 1024 * 1024;
        private TimeSource time = TimeSource.system();
        private RandomGenerator random = RandomGenerator.getDefault();

        private Builder() {
        }

        /**
         * The operator's contact address (an e-mail or URL), sent in the {@code User-Agent} so a service can reach
         * whoever runs the fetches. Services such as Crossref ask for it.
         */
        public Builder contact(String contact) {
            Objects.requireNonNull(contact, "contact");
            if (contact.isBlank() || contact.chars().anyMatch(c -> c < 0x20 || c > 0x7e || c == '(' || c == ')')) {
                throw new IllegalArgumentException("contact must be a printable ASCII e-mail address or URL without "
                        + "parentheses: '" + contact + "'");
            }
            this.contact = contact.strip();
            return this;
        }

        /** Limits for one politeness group; the groups in {@link HostLimits#KNOWN_SERVICES} have theirs by default. */
        public Builder limits(String group, HostLimits hostLimits) {
            Objects.requireNonNull(group, "group");
            limits.put(group, Objects.requireNonNull(hostLimits, "hostLimits"));
            return this;
        }

        /** Limits for groups without their own; default {@link HostLimits#DEFAULT}. */
        public Builder defaultLimits(HostLimits hostLimits) {
            this.defaultLimits = Objects.requireNonNull(hostLimits, "hostLimits");
            return this;
        }

        /** Time to establish a connection; default 10 s. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** Longest silence while waiting for response data; default 60 s. */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive(timeout, "responseTimeout");
            return this;
        }

        /** Attempts per request, the first included; default 4. {@code 1} disables retries. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Backoff before the first retry of a 5xx or I/O error, doubled each time; default 2 s. */
        public Builder initialBackoff(Duration backoff) {
            this.initialBackoff = positive(backoff, "initialBackoff");
            return this;
        }

        /** Longest backoff between retries; default 60 s. */
        public Builder maxBackoff(Duration backoff) {
            this.maxBackoff = positive(backoff, "maxBackoff");
            return this;
        }

        /** Longest wait a {@code Retry-After} can impose; longer requests are clamped to it. Default 2 min. */
        public Builder maxRetryAfter(Duration max) {
            this.maxRetryAfter = positive(max, "maxRetryAfter");
            return this;
        }

        /** Largest body accepted, after decompression; default 64 MiB. */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be >= 1: " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** The clock and sleep to wait with (tests inject a fake); default the system's. */
        public Builder timeSource(TimeSource time) {
            this.time = Objects.requireNonNull(time, "time");
            return this;
        }

        /** The random source for backoff jitter (tests inject a seeded one). */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

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

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
