package io.academichub.http;

import io.academichub.internal.Redaction;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.protocol.HttpContext;

import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps credentials out of Apache HttpClient's own log lines. HttpClient logs the request line and headers at DEBUG
 * in many places (the exec chain's {@code MainClientExec}, the connection's {@code org.apache.hc.client5.http.headers}
 * and the socket's {@code org.apache.hc.client5.http.wire} logs), so it never sees the credentials: the request it is
 * given has them {@linkplain Redaction masked}, and the {@linkplain #executor() request executor}, the last step
 * before the connection writes the request, puts the real values back in a copy that only a
 * {@linkplain #connections() connection that logs nothing} sees.
 */
final class CredentialShield {

    /** The context attribute holding the {@link Sealed} credentials of the exchange. */
    private static final String ATTRIBUTE = CredentialShield.class.getName();

    private CredentialShield() {
    }

    /**
     * A request's URL and headers as HttpClient may see them, and what the connection must send instead.
     *
     * @param realUri      the URL to send, without {@code user:password}
     * @param realHeaders  the headers to send, plus {@code Authorization: Basic} for a {@code user:password} in the
     *                     URL
     * @param shownUri     {@code realUri} with the values of credential parameters masked
     * @param shownHeaders {@code realHeaders} with the values of credential headers masked
     */
    record Sealed(URI realUri, Map<String, String> realHeaders, URI shownUri, Map<String, String> shownHeaders) {

        /** Whether the request has anything to restore. */
        boolean holdsCredentials() {
            return !realUri.equals(shownUri) || !realHeaders.equals(shownHeaders);
        }

        /** {@code request} as it must be sent: a copy with the real request target and credential header values. */
        ClassicHttpRequest restore(ClassicHttpRequest request) throws ProtocolException {
            String shownTarget = target(shownUri);
            String path = request.getPath();
            // The path is the shown target, or (to a proxy) the absolute URL ending with it.
            if (path == null || !path.endsWith(shownTarget)) {
                throw new ProtocolException("the request target changed on its way to the connection; not sent, "
                        + "since its credentials could not be put back: " + path);
            }
            BasicClassicHttpRequest real = new BasicClassicHttpRequest(request.getMethod(), request.getScheme(),
                    request.getAuthority(), path.substring(0, path.length() - shownTarget.length()) + target(realUri));
            real.setVersion(request.getVersion());
            real.setHeaders(request.getHeaders());
            realHeaders.forEach(real::setHeader); // in place of the masked values
            real.setEntity(request.getEntity());
            return real;
        }
    }

    /**
     * {@return the URL and headers split into what HttpClient may see and what the connection sends}; a
     * {@code user:password} in the URL becomes an {@code Authorization: Basic} header (unless one is given), since
     * HttpClient refuses a URL holding one.
     */
    static Sealed seal(URI uri, Map<String, String> headers) {
        Map<String, String> real = new LinkedHashMap<>(headers);
        URI withoutUser = uri;
        if (uri.getRawUserInfo() != null) {
            if (real.keySet().stream().noneMatch(HttpHeaders.AUTHORIZATION::equalsIgnoreCase)) {
                real.put(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString(uri.getUserInfo().getBytes(StandardCharsets.UTF_8)));
            }
            withoutUser = URI.create(uri.getScheme() + "://" + uri.getRawAuthority().substring(
                    uri.getRawAuthority().indexOf('@') + 1) + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        Map<String, String> shown = new LinkedHashMap<>();
        real.forEach((name, value) -> shown.put(name, Redaction.headerValue(name, value)));
        return new Sealed(withoutUser, real, Redaction.redact(withoutUser), shown);
    }

    /** Hands the exchange's credentials to the {@link #executor()} through the request's context. */
    static void attach(HttpContext context, Sealed sealed) {
        context.setAttribute(ATTRIBUTE, sealed);
    }

    /** The request target HttpClient derives from a URL: raw path ({@code /} when empty) and query. */
    private static String target(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + '?' + uri.getRawQuery();
    }

    /**
     * {@return a request executor that sends the real credentials} It runs after every logging step of the exec
     * chain; a request that is not the one sealed (a proxy's {@code CONNECT}) passes unchanged.
     */
    static HttpRequestExecutor executor() {
        return new HttpRequestExecutor() {
            @Override
            public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection connection,
                                               HttpResponseInformationCallback informationCallback,
                                               HttpContext context) throws IOException, HttpException {
                Object sealed = context == null ? null : context.getAttribute(ATTRIBUTE);
                ClassicHttpRequest sent = request;
                if (sealed instanceof Sealed s && s.holdsCredentials() && !"CONNECT".equals(request.getMethod())) {
                    sent = s.restore(request);
                }
                return super.execute(sent, connection, informationCallback, context);
            }
        };
    }

    /**
     * {@return a factory of connections that log neither headers nor wire bytes} They carry the real credentials,
     * which HttpClient's own connection would print to {@code org.apache.hc.client5.http.headers} and {@code .wire}.
     */
    static HttpConnectionFactory<ManagedHttpClientConnection> connections() {
        AtomicLong ids = new AtomicLong();
        return socket -> {
            QuietConnection connection = new QuietConnection("academichub-" + ids.getAndIncrement());
            if (socket != null) {
                connection.bind(socket);
            }
            return connection;
        };
    }

    /** HttpClient's connection without its header log and wire log. */
    private static final class QuietConnection extends DefaultManagedHttpClientConnection {

        QuietConnection(String id) {
            super(id);
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket)); // not the logging socket holder
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket));
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            // logs nothing: the request holds the real credentials
        }

        @Override
        protected void onResponseReceived(ClassicHttpResponse response) {
            // logs nothing: the response may hold a session cookie
        }
    }
}
