package io.academichub.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The offline demo's services: a local HTTP server (the JDK's own, on 127.0.0.1 and a free port) that answers the
 * sources' requests with the recorded responses bundled beside this class ({@code demo/PROVENANCE.md} says where
 * each comes from). The sources reach it through their {@code baseUrl} option, so the demo runs the same HTTP path,
 * politeness and parsers as a live run.
 */
final class DemoServer implements AutoCloseable {

    /** Path prefix → bundled file and content type. */
    private static final Map<String, String[]> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("/rss/", new String[] {"demo/arxiv-rss.xml.gz", "application/rss+xml; charset=utf-8"});
        ROUTES.put("/nature.rss", new String[] {"demo/nature.rss", "application/rss+xml; charset=utf-8"});
        ROUTES.put("/details/biorxiv/", new String[] {"demo/biorxiv-details.json", "application/json; charset=utf-8"});
        ROUTES.put("/details/medrxiv/", new String[] {"demo/medrxiv-details.json", "application/json; charset=utf-8"});
    }

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private DemoServer(HttpServer server) {
        this.server = server;
    }

    /** Starts the server on a free loopback port. */
    static DemoServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        DemoServer demo = new DemoServer(server);
        server.createContext("/", demo::answer);
        server.start();
        return demo;
    }

    /** {@code http://127.0.0.1:PORT}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests it answered. */
    int requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String[] route = ROUTES.entrySet().stream().filter(r -> path.startsWith(r.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        try (exchange) {
            if (route == null || !"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = bundled(route[0]);
            exchange.getResponseHeaders().set("Content-Type", route[1]);
            if (route[0].endsWith(".gz")) {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip"); // the transport decodes it
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bundled(String name) {
        try (InputStream in = DemoServer.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, () -> "the CLI jar lacks " + name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
