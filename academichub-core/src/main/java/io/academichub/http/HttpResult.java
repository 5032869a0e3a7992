package io.academichub.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A successful (2xx) response, its body read in full (decompressed, within the transport's size cap).
 *
 * @param uri         the URL requested
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param body        the body bytes
 */
public record HttpResult(URI uri, int status, String contentType, byte[] body) {

    /**
     * Checks the components as described above.
     *
     * @param uri         the URL requested
     * @param status      the HTTP status
     * @param contentType the {@code Content-Type} header, or {@code null}
     * @param body        the body bytes
     */
    public HttpResult {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
    }

    /** {@return the body as a stream, for parsers} */
    public InputStream bodyStream() {
        return new ByteArrayInputStream(body);
    }

    /** {@return the body decoded as UTF-8} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
