package io.academichub.http;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link HostGate} of each politeness group, made on first use with the group's {@link HostLimits}; picks the
 * gate each hop of a request passes.
 */
final class PolitenessGates {

    private final Map<String, HostLimits> limits;
    private final HostLimits defaultLimits;
    private final TimeSource time;
    private final Map<String, HostGate> gates = new ConcurrentHashMap<>();

    PolitenessGates(Map<String, HostLimits> limits, HostLimits defaultLimits, TimeSource time) {
        this.limits = Map.copyOf(limits);
        this.defaultLimits = defaultLimits;
        this.time = time;
    }

    /** The gate of {@code uri}'s group: the request's own group on its host, the host's own group elsewhere. */
    HostGate gate(TransportRequest request, URI uri) {
        String group = request.group();
        if (!sameServer(uri, request.uri())) {
            group = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ':' + uri.getPort();
        }
        return gates.computeIfAbsent(group, g -> new HostGate(limits.getOrDefault(g, defaultLimits), time));
    }

    private static boolean sameServer(URI a, URI b) {
        return a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
    }
}
