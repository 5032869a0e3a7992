import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's quickstart as a reader would (its own JVM, {@code ARXIV_BASE_URL} set) against a server on this
 * machine that answers with a recorded arXiv announcement.
 */
class TodaysPapersTest {

    private static final String RECORDING = "rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml";

    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serveTheRecording() throws Exception {
        byte[] feed;
        try (InputStream in = TodaysPapersTest.class.getResourceAsStream("/" + RECORDING)) {
            feed = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(feed);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void printsTheAnnouncedPapersAsPaperJsonAndReportsOnStderr() throws Exception {
        Path stdout = Path.of("target", "quickstart.out");
        Path stderr = Path.of("target", "quickstart.err");
        ProcessBuilder quickstart = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "TodaysPapers")
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        quickstart.environment().put("ARXIV_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort());

        Process run = quickstart.start();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the quickstart ends").isTrue();

        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(err).isZero();
        assertThat(requested).containsExactly("/rss/cs.AI+cs.LG");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .startsWith("{\"id\":\"arxiv:2604.21935\"")
                .contains("\"title\":\"Math Takes Two: A test for emergent mathematical reasoning in communication\"")
                .contains("{\"name\":\"Michael Cooper\"");
        assertThat(err).contains("arxiv:cs.AI+cs.LG OK 3/3");
    }
}
