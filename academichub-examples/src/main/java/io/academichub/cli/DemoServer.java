package io.academichub.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The offline demo's services: a local HTTP server (the JDK's own, on 127.0.0.1 and a free port) that answers the
 * sources' requests with the recorded responses bundled beside this class ({@code demo/PROVENANCE.md} says where
 * each comes from). The sources reach it through their {@code baseUrl} option, so the demo runs the same HTTP path,
 * politeness and parsers as a live run.
 *
 * <p>The arXiv recording is the day's announcement of every archive; a request for some categories
 * ({@code /rss/cs.AI+quant-ph}) gets the items listed in any of them, as arXiv answers, so that each source reports
 * what it would have fetched.
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

    /** The categories of the recorded arXiv day: every archive, so {@code arxiv:} with these gets all its items. */
    static final String ARXIV_DAY = "astro-ph+cond-mat+physics+quant-ph+math+cs+econ+eess+gr-qc+hep-ex+hep-lat+hep-ph"
            + "+hep-th+math-ph+nlin+nucl-ex+nucl-th+q-bio+q-fin+stat";

    private static final Pattern ITEM = Pattern.compile("<item>.*?</item>\\s*", Pattern.DOTALL);
    private static final Pattern CATEGORY = Pattern.compile("<category>([^<]*)</category>");

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
            if (path.startsWith("/rss/")) {
                body = gzip(arxivItemsIn(gunzip(body), path.substring("/rss/".length())));
            }
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

    /**
     * The recorded feed with only the items listed in one of {@code categories} ({@code cs.AI+quant-ph}): an archive
     * ({@code cs}) takes in its categories ({@code cs.AI}), as on arXiv.
     */
    static String arxivItemsIn(String feed, String categories) {
        List<String> wanted = List.of(categories.split("\\+"));
        Matcher item = ITEM.matcher(feed);
        StringBuilder kept = new StringBuilder(feed.length());
        int copied = 0;
        while (item.find()) {
            kept.append(feed, copied, item.start());
            Matcher category = CATEGORY.matcher(item.group());
            boolean listed = false;
            while (!listed && category.find()) {
                String c = category.group(1).strip();
                listed = wanted.stream().anyMatch(w -> c.equals(w) || c.startsWith(w + "."));
            }
            if (listed) {
                kept.append(item.group());
            }
            copied = item.end();
        }
        return kept.append(feed, copied, feed.length()).toString();
    }

    private static String gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 4);
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
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
