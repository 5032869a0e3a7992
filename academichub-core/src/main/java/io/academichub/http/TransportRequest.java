package io.academichub.http;

import java.net.URI;
import java.util.Objects;

/**
 * One GET the transport should make.
 *
 * @param sourceId the source on whose behalf it is made, named in every error
 * @param uri      the URL
 * @param group    the politeness group whose {@link HostLimits} apply ({@code "arxiv"} for every arXiv endpoint);
 *                 defaults to the URL's host and port
 * @param accept   the {@code Accept} header
 */
public record TransportRequest(String sourceId, URI uri, String group, String accept) {

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
    }

    /** A GET for {@code uri} in the URL host's own politeness group, accepting anything. */
    public static TransportRequest get(String sourceId, URI uri) {
        return new TransportRequest(sourceId, uri, null, null);
    }

    /** This request in politeness group {@code group}. */
    public TransportRequest inGroup(String group) {
        return new TransportRequest(sourceId, uri, group, accept);
    }

    /** This request with an {@code Accept} header. */
    public TransportRequest accepting(String accept) {
        return new TransportRequest(sourceId, uri, group, accept);
    }
}
