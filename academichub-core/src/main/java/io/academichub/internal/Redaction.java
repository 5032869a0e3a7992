package io.academichub.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks credentials before text reaches a message, a log line or a {@code toString}: the values of credential-like
 * query parameters ({@code api_key}, {@code token}, {@code access_token}, {@code password}, {@code sig} …), the
 * {@code user:password} part of a URL, and the values of credential headers ({@code Authorization},
 * {@code x-api-key}, cookies …). Each value becomes {@value #MASK}; everything else is kept, so a message still
 * says which URL failed.
 *
 * <pre>{@code
 * Redaction.redact("https://u:pw@eutils.example/esearch?term=x&api_key=abc") // "https://***@eutils.example/esearch?term=x&api_key=***"
 * }</pre>
 */
public final class Redaction {

    /** What a credential is replaced with. */
    public static final String MASK = "***";

    // A parameter whose name is, or contains, a word that credentials go by ("key" alone is Google's API key); paging
    // tokens such as OAI-PMH's resumptionToken are cursors, not credentials, and stay readable.
    private static final String CREDENTIAL_NAME = "(?:[\\w.-]*(?:api[_.-]?key|access[_.-]?key|secret|token|passw(?:or)?d"
            + "|signature|credential|session[_.-]?id)[\\w.-]*|key|apikey|sig|auth|pwd|pass)";
    private static final Pattern CREDENTIAL_PARAMETER =
            Pattern.compile("(?i)([?&;](?![\\w.-]*(?:resumption|page|continuation|sync)[_.-]?token=)"
                    + CREDENTIAL_NAME + "=)[^&#;\\s\"'<>]*");
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@?#\"'<>]+@");

    /** Header names whose values are credentials, lower-case; names containing "token" or "secret" count too. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-api-key", "api-key", "x-goog-api-key", "x-auth-token", "x-csrf-token");

    private Redaction() {
    }

    /** {@code text} with every credential in a URL it holds masked; {@code null} stays {@code null}. */
    public static String redact(String text) {
        if (text == null || text.indexOf('=') < 0 && text.indexOf('@') < 0) {
            return text;
        }
        String masked = CREDENTIAL_PARAMETER.matcher(text).replaceAll("$1" + MASK);
        return USER_INFO.matcher(masked).replaceAll("$1" + MASK + "@");
    }

    /** The URL with its credentials masked; the same instance when it has none; {@code null} stays {@code null}. */
    public static URI redact(URI uri) {
        if (uri == null) {
            return null;
        }
        String text = uri.toString();
        String masked = redact(text);
        if (masked.equals(text)) {
            return uri;
        }
        try {
            return URI.create(masked);
        } catch (IllegalArgumentException e) {
            // Cannot happen with a mask of legal characters; if it did, name the server only.
            return URI.create(uri.getScheme() + "://" + uri.getHost() + "/");
        }
    }

    /** Whether a header of this name carries a credential whose value must never be shown. */
    public static boolean isCredentialHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return CREDENTIAL_HEADERS.contains(lower) || lower.contains("token") || lower.contains("secret")
                || lower.contains("api-key") || lower.contains("apikey");
    }

    /** The header's value as it may be shown: {@value #MASK} for a credential header, else the value. */
    public static String headerValue(String name, String value) {
        return isCredentialHeader(name) ? MASK : value;
    }
}
