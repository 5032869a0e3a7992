package io.academichub.http;

import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.internal.ServerText;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
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

/**
 * Says what a response or an I/O failure means: the 2xx result (its body read up to the cap), a redirect, or a typed
 * {@link SourceException} naming the source and the URL, and whether trying again may help.
 */
final class ResponseMapper {

    private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);

    private final long maxBodyBytes;
    private final TimeSource time;

    ResponseMapper(long maxBodyBytes, TimeSource time) {
        this.maxBodyBytes = maxBodyBytes;
        this.time = time;
    }

    /** What a response means; reads its body, up to the cap. */
    Attempt fromResponse(TransportRequest request, URI uri, ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        if (isRedirect(status) && response.getFirstHeader(HttpHeaders.LOCATION) != null) {
            return Attempt.redirect(status, response.getFirstHeader(HttpHeaders.LOCATION).getValue());
        }
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : readCapped(entity.getContent(), status);
        if (status >= 200 && status < 300) {
            return Attempt.success(new HttpResult(request.uri(), status, entity == null ? null : entity.getContentType(), body));
        }
        String phrase = ServerText.quote(response.getReasonPhrase());
        String reason = "HTTP " + status + (phrase.isEmpty() ? "" : " " + phrase);
        Duration retryAfter = parseRetryAfter(response.getFirstHeader(HttpHeaders.RETRY_AFTER));
        // OpenAI's and Anthropic's APIs say "x-should-retry: false" when waiting cannot help (one request larger
        // than the whole per-minute budget)
        Header shouldRetry = response.getFirstHeader("x-should-retry");
        boolean retryable = shouldRetry == null || !"false".equalsIgnoreCase(shouldRetry.getValue().strip());
        if (status == 429) {
            String detail = reason + (retryAfter == null ? "" : ", Retry-After " + retryAfter.toSeconds() + " s");
            return Attempt.failure(new RateLimitedException(request.sourceId(), uri, retryAfter, detail,
                    errorText(body)), retryable, retryAfter);
        }
        if (status >= 500) {
            return Attempt.failure(new SourceUnavailableException(request.sourceId(), uri, status, reason, null),
                    retryable, status == 503 || status == 529 ? retryAfter : null); // 529: Anthropic's "overloaded"
        }
        return Attempt.failure(new SourceRejectedException(request.sourceId(), uri, status, reason,
                errorText(body)), false, null);
    }

    /** What an I/O failure means, and whether trying again may help. */
    Attempt fromIOException(TransportRequest request, URI uri, IOException e) {
        String sourceId = request.sourceId();
        if (e instanceof BodyTooLargeException tooLarge) {
            // Not retried: the same request would bring the same body.
            return Attempt.failure(new SourceUnavailableException(sourceId, uri, tooLarge.status,
                    "response body exceeds the cap of " + maxBodyBytes + " bytes", null), false, null);
        }
        if (e instanceof UnknownHostException) {
            // Not retried: offline, or a misspelt host; neither mends itself in seconds.
            return Attempt.failure(new SourceUnavailableException(sourceId, uri, 0,
                    "unknown host " + uri.getHost() + " (DNS lookup failed; offline?)", e), false, null);
        }
        if (e instanceof ClientProtocolException) {
            // The exchange broke HTTP's rules (a malformed response, a redirect a given client refused): it will again.
            return Attempt.failure(new SourceUnavailableException(sourceId, uri, 0,
                    "HTTP protocol error: " + e.getMessage(), e), false, null);
        }
        if (e instanceof InterruptedIOException) {
            if (!(e instanceof SocketTimeoutException) && Thread.currentThread().isInterrupted()) {
                throw new SourceUnavailableException(sourceId, uri, 0, "interrupted", e);
            }
            return Attempt.failure(new SourceUnavailableException(sourceId, uri, 0, "timed out: " + e.getMessage(), e),
                    true, null);
        }
        if (e instanceof ConnectException) {
            return Attempt.failure(new SourceUnavailableException(sourceId, uri, 0,
                    "could not connect: " + e.getMessage(), e), true, null);
        }
        return Attempt.failure(new SourceUnavailableException(sourceId, uri, 0, "I/O error: " + e, e), true, null);
    }

    /** The same failure, of the same type, saying more. */
    static SourceException withDetail(SourceException e, String detail) {
        if (e instanceof RateLimitedException r) {
            return new RateLimitedException(r.sourceId(), r.uri(), r.retryAfter(), detail, r.responseBody());
        }
        if (e instanceof SourceRejectedException r) {
            return new SourceRejectedException(r.sourceId(), r.uri(), r.status(), detail, r.responseBody());
        }
        if (e instanceof SourceUnavailableException u) {
            return new SourceUnavailableException(u.sourceId(), u.uri(), u.status(), detail, u.getCause());
        }
        return new SourceException(e.sourceId(), e.uri(), detail, e.getCause());
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

    private static String errorText(byte[] body) {
        return new String(body, StandardCharsets.UTF_8); // SourceRejectedException keeps its start
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
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
}
