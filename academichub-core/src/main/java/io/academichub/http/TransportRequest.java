package io.academichub.http;

import io.academichub.internal.Redaction;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One request the transport should make: a GET, or a POST when it has a {@link #body()}.
 *
 * <pre>{@code
 * TransportRequest feed = TransportRequest.get("arxiv:cs.AI", URI.create("https://rss.arxiv.org/rss/cs.AI"))
 *         .inGroup("arxiv");
 * TransportRequest chat = TransportRequest.post("openai", URI.create("https://api.openai.com/v1/chat/completions"),
 *                 "application/json", json)
 *         .withHeader("Authorization", "Bearer " + key) // never printed: toString masks credential headers
 *         .withRetries();                              // a chat completion is safe to send again
 * }</pre>
 *
 * @param sourceId        the source (or provider) on whose behalf it is made, named in every error
 * @param uri             the URL
 * @param group           the politeness group whose {@link HostLimits} apply ({@code "arxiv"} for every arXiv
 *                        endpoint); defaults to the URL's host and port
 * @param accept          the {@code Accept} header
 * @param headers         further request headers, in order; credential headers ({@code Authorization},
 *                        {@code x-api-key}, …) are masked by {@link #toString()} and never logged
 * @param body            the body of a POST, or {@code null} for a GET
 * @param bodyType        the body's {@code Content-Type}; required with a body
 * @param retryable       whether 429, 5xx and I/O failures may be retried; always so for a GET, opt-in for a POST
 *                        (see {@link #withRetries()}) because sending a POST twice is not safe in general
 * @param responseTimeout the longest silence while waiting for response data, or {@code null} for the transport's
 *                        default (a model writing a long answer may stay silent longer than a feed server)
 */
public record TransportRequest(String sourceId, URI uri, String group, String accept, Map<String, String> headers,
                               String body, String bodyType, boolean retryable, Duration responseTimeout) {

    /**
     * Checks the components as described above.
     *
     * @param sourceId        the source (or provider) on whose behalf it is made, named in every error
     * @param uri             the URL
     * @param group           the politeness group whose {@link HostLimits} apply ({@code "arxiv"} for every arXiv
     *                        endpoint); defaults to the URL's host and port
     * @param accept          the {@code Accept} header
     * @param headers         further request headers, in order; credential headers ({@code Authorization},
     *                        {@code x-api-key}, …) are masked by {@link #toString()} and never logged
     * @param body            the body of a POST, or {@code null} for a GET
     * @param bodyType        the body's {@code Content-Type}; required with a body
     * @param retryable       whether 429, 5xx and I/O failures may be retried; always so for a GET, opt-in for a POST
     *                        (see {@link #withRetries()}) because sending a POST twice is not safe in general
     * @param responseTimeout the longest silence while waiting for response data, or {@code null} for the transport's
     *                        default (a model writing a long answer may stay silent longer than a feed server)
     */
    public TransportRequest {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(uri, "uri");
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("URL has no host: " + uri);
        }
        if (group == null || group.isBlank()) {
            group = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ':' + uri.getPort();
        }
        if (accept == null || accept.isBlank()) {
            accept = "*/*";
        }
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        headers.forEach(TransportRequest::checkHeader);
        if (body != null && (bodyType == null || bodyType.isBlank())) {
            throw new IllegalArgumentException("a request body needs a Content-Type");
        }
        if (body == null) {
            bodyType = null;
            retryable = true; // a GET is idempotent
        }
        if (responseTimeout != null && (responseTimeout.isNegative() || responseTimeout.isZero())) {
            throw new IllegalArgumentException("responseTimeout must be positive: " + responseTimeout);
        }
    }

    /**
     * A GET as the transport has always made it: no extra headers, retried, the transport's timeout.
     *
     * @param sourceId the source named in errors
     * @param uri the URL to request
     * @param group the politeness group; {@code null} for the URL host's own
     * @param accept the {@code Accept} header, or {@code null} for any
     */
    public TransportRequest(String sourceId, URI uri, String group, String accept) {
        this(sourceId, uri, group, accept, Map.of(), null, null, true, null);
    }

    /**
     * {@return a GET for {@code uri} in the URL host's own politeness group, accepting anything}
     *
     * @param sourceId the source named in errors
     * @param uri the URL to request
     */
    public static TransportRequest get(String sourceId, URI uri) {
        return new TransportRequest(sourceId, uri, null, null);
    }

    /**
     * {@return a POST of {@code body} (sent as UTF-8 when {@code contentType} names no charset) in the URL host's own
     * politeness group; not retried unless {@link #withRetries()} says it may be}
     *
     * @param sourceId the source named in errors
     * @param uri the URL to request
     * @param contentType the {@code Content-Type} of the body
     * @param body the body, sent as UTF-8 unless {@code contentType} names a charset
     */
    public static TransportRequest post(String sourceId, URI uri, String contentType, String body) {
        Objects.requireNonNull(body, "body");
        return new TransportRequest(sourceId, uri, null, null, Map.of(), body, contentType, false, null);
    }

    /** {@return {@code GET} or {@code POST}} */
    public String method() {
        return body == null ? "GET" : "POST";
    }

    /**
     * {@return this request in politeness group {@code group}}
     *
     * @param group the politeness group; {@code null} for the URL host's own
     */
    public TransportRequest inGroup(String group) {
        return new TransportRequest(sourceId, uri, group, accept, headers, body, bodyType, retryable, responseTimeout);
    }

    /**
     * {@return this request with an {@code Accept} header}
     *
     * @param accept the {@code Accept} header, or {@code null} for any
     */
    public TransportRequest accepting(String accept) {
        return new TransportRequest(sourceId, uri, group, accept, headers, body, bodyType, retryable, responseTimeout);
    }

    /**
     * {@return this request with one more header (replacing one of the same name)}
     *
     * @param name the header's name
     * @param value the header's value
     */
    public TransportRequest withHeader(String name, String value) {
        checkHeader(name, value);
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.keySet().removeIf(name::equalsIgnoreCase);
        more.put(name, value);
        return new TransportRequest(sourceId, uri, group, accept, more, body, bodyType, retryable, responseTimeout);
    }

    /**
     * {@return this request, retried like a GET on 429 (honouring {@code Retry-After}), 5xx and I/O errors: for POSTs
     * that are safe to repeat, such as a chat completion}
     */
    public TransportRequest withRetries() {
        return new TransportRequest(sourceId, uri, group, accept, headers, body, bodyType, true, responseTimeout);
    }

    /**
     * {@return this request with its own response timeout}
     *
     * @param timeout the longest silence while waiting for response data
     */
    public TransportRequest withResponseTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return new TransportRequest(sourceId, uri, group, accept, headers, body, bodyType, retryable, timeout);
    }

    /** Method, URL (credential parameters masked), group and headers (credential values masked); never the body. */
    @Override
    public String toString() {
        String shownHeaders = headers.entrySet().stream()
                .map(h -> h.getKey() + ": " + Redaction.headerValue(h.getKey(), h.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        return "TransportRequest[" + method() + " " + Redaction.redact(uri) + ", sourceId=" + sourceId
                + ", group=" + group + ", accept=" + accept + ", headers=" + shownHeaders
                + (body == null ? "" : ", body=" + bodyType + " (" + body.length() + " chars)")
                + ", retryable=" + retryable + (responseTimeout == null ? "" : ", responseTimeout=" + responseTimeout)
                + "]";
    }

    private static void checkHeader(String name, String value) {
        Objects.requireNonNull(name, "header name");
        Objects.requireNonNull(value, () -> "value of header " + name);
        if (name.isBlank() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
            throw new IllegalArgumentException("not a valid header name: '" + name + "'");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            // the value is not quoted: it may be a credential
            throw new IllegalArgumentException("the value of header " + name + " contains a line break");
        }
    }
}
