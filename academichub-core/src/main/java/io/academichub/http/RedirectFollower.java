package io.academichub.http;

import io.academichub.error.SourceRejectedException;
import io.academichub.internal.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Set;

/**
 * Follows a request's redirects hop by hop — each hop a separate exchange, so that each passes its group's
 * politeness limit — up to a cap, refusing (not retryably) a loop, a non-http(s) target, a user name in it, or a
 * redirected POST. As curl and browsers do, a hop to another origin (scheme, host or port: an https → http downgrade
 * too) is made without the request's credentials — neither its credential headers nor the {@code user:password} of
 * its URL — and so is every hop after it; a hop to the request's own origin keeps them. A credential in the target's query string is the server's
 * choice and is sent as the server wrote it.
 */
final class RedirectFollower {

    private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);

    /** One exchange with one URL of the request, without following its redirect. */
    @FunctionalInterface
    interface Hop {
        /**
         * @param uri         the URL of this hop; it holds the request's {@code user:password} only on its own origin
         * @param credentials whether the request's credential headers go with this hop (its own origin only)
         */
        Attempt exchange(URI uri, boolean credentials);
    }

    private final int maxRedirects;

    RedirectFollower(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    /** One attempt at the request, following its redirects through {@code hop}. */
    Attempt follow(TransportRequest request, Hop hop) {
        URI origin = request.uri();
        URI uri = origin;
        boolean credentials = true;
        Set<URI> visited = new HashSet<>();
        visited.add(CredentialShield.withoutUserInfo(uri));
        for (int hops = 0; ; hops++) {
            Attempt outcome = hop.exchange(uri, credentials);
            if (outcome.location() == null) {
                return outcome;
            }
            // The target comes last in each reason: a credential in it is masked up to the next white space.
            String why = null;
            URI target = null;
            URI location = null;
            try {
                location = new URI(outcome.location().strip());
                target = uri.resolve(location);
            } catch (URISyntaxException | IllegalArgumentException e) {
                why = "to an invalid URL: '" + outcome.location() + "'";
            }
            if (why == null && (target.getHost() == null || !("http".equalsIgnoreCase(target.getScheme())
                    || "https".equalsIgnoreCase(target.getScheme())))) {
                why = "to a URL that is not http(s): " + target;
            } else if (why == null && location.getRawUserInfo() != null) {
                why = "to a URL holding a user name, not followed: " + target;
            } else if (why == null && !visited.add(CredentialShield.withoutUserInfo(target))) {
                why = "back to a URL already requested (a redirect loop): " + target;
            } else if (why == null && hops >= maxRedirects) {
                why = "beyond the limit of " + maxRedirects + " redirects: " + target;
            } else if (why == null && request.body() != null) {
                why = "of a POST, not followed: " + target;
            }
            if (why != null) {
                // Not retried: the same request would be redirected the same way.
                return Attempt.failure(new SourceRejectedException(request.sourceId(), request.uri(),
                        outcome.redirectStatus(), "HTTP " + outcome.redirectStatus() + " redirect " + why, null),
                        false, null);
            }
            log.debug("{}: HTTP {} redirect to {}", request.sourceId(), outcome.redirectStatus(),
                    Redaction.redact(target));
            // Only the request's own origin receives its user:password, however the Location was written; once
            // dropped, credentials stay dropped (as in browsers), even if a later hop comes back.
            credentials = credentials && sameOrigin(target, origin);
            URI bare = CredentialShield.withoutUserInfo(target);
            uri = credentials && origin.getRawUserInfo() != null
                    ? URI.create(bare.getScheme() + "://" + origin.getRawUserInfo() + "@"
                            + bare.toString().substring(bare.getScheme().length() + 3))
                    : bare;
        }
    }

    /** Whether two http(s) URLs share scheme, host and port (the default port of the scheme when none is given). */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
