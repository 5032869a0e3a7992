package io.academichub.testing;

import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP client as when offline: its resolver knows no host, so every request fails with
 * {@link UnknownHostException} before anything leaves, and a test needs no DNS. Give it to a transport with
 * {@code HttpTransport.Builder.httpClient}.
 */
public final class OfflineHttpClient {

    private OfflineHttpClient() {
    }

    /**
     * The client; close it after the test.
     *
     * @param lookups counts the host lookups, so that a test can tell whether the transport tried again
     * @return an HTTP client that resolves no host
     */
    public static CloseableHttpClient create(AtomicInteger lookups) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new SystemDefaultDnsResolver() {
                            @Override
                            public InetAddress[] resolve(String host) throws UnknownHostException {
                                lookups.incrementAndGet();
                                throw new UnknownHostException(host);
                            }
                        }).build())
                .build();
    }
}
