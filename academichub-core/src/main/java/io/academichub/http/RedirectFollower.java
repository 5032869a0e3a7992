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
 * redirected POST.
 */
final class RedirectFollower {

    private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);

    /** One exchange with one URL of the request, without following its redirect. */
    @FunctionalInterface
    interface Hop {
        Attempt exchange(URI uri);
    }

    private final int maxRedirects;

    RedirectFollower(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    /** One attempt at the request, following its redirects through {@code hop}. */
    Attempt follow(TransportRequest request, Hop hop) {
        URI uri = request.uri();
        Set<URI> visited = new HashSet<>();
        visited.add(uri);
        for (int hops = 0; ; hops++) {
            Attempt outcome = hop.exchange(uri);
            if (outcome.location() == null) {
                return outcome;
            }
            // The target comes last in each reason: a credential in it is masked up to the next white space.
            String why = null;
            URI target = null;
            try {
                target = uri.resolve(new URI(outcome.location().strip()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                why = "to an invalid URL: '" + outcome.location() + "'";
            }
            if (why == null && (target.getHost() == null || !("http".equalsIgnoreCase(target.getScheme())
                    || "https".equalsIgnoreCase(target.getScheme())))) {
                why = "to a URL that is not http(s): " + target;
            } else if (why == null && target.getRawUserInfo() != null) {
                why = "to a URL holding a user name, not followed: " + target;
            } else if (why == null && !visited.add(target)) {
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
            uri = target;
        }
    }
}
