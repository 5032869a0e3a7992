package io.academichub.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo server answers a request for some arXiv categories with the recorded day's items in them, as arXiv does.
 * The expected counts were read from the recording (rss.arxiv.org_all-archives_2024-11-28.xml.gz) by counting the
 * items with a {@code <category>} equal to a requested one or inside a requested archive.
 */
class DemoServerTest {

    private DemoServer server;

    @BeforeEach
    void start() throws IOException {
        server = DemoServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "cs.AI+cs.CL+cs.CV+cs.LG, 513",
        "quant-ph+math.PR, 111",
        "cs.AI, 194",
        "econ, 14",
        DemoServer.ARXIV_DAY + ", 1504",
        "no-such-archive, 0"})
    void aRequestGetsTheItemsListedInItsCategories(String categories, int items) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/rss/" + categories)).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String feed;
        try (InputStream in = new GZIPInputStream(response.body())) {
            feed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Pattern.compile("<item>").matcher(feed).results().count()).isEqualTo(items);
        assertThat(feed).startsWith("<?xml").endsWith("</rss>\n")
                .contains("<lastBuildDate>Thu, 28 Nov 2024 14:47:20 +0000</lastBuildDate>");
    }
}
