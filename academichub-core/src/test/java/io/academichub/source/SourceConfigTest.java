package io.academichub.source;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;
import io.academichub.http.HttpTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SourceConfig, FetchRequest and the exception messages every source relies on. */
class SourceConfigTest {

    private static HttpTransport transport;

    @BeforeAll
    static void open() {
        transport = HttpTransport.builder().build();
    }

    @AfterAll
    static void close() throws IOException {
        transport.close();
    }

    @Test
    void baseUrlDefaultsAndCanBeOverridden() {
        SourceConfig config = SourceConfig.of(" cs.AI+cs.LG ", transport);

        assertThat(config.argument()).isEqualTo("cs.AI+cs.LG");
        assertThat(config.baseUrl("https://rss.arxiv.org/")).isEqualTo(URI.create("https://rss.arxiv.org"));
        assertThat(config.withOption(SourceConfig.BASE_URL, "http://localhost:8089/mirror//").baseUrl("https://rss.arxiv.org"))
                .isEqualTo(URI.create("http://localhost:8089/mirror"));
        assertThat(config.withOption(SourceConfig.BASE_URL, "  ").baseUrl("https://rss.arxiv.org"))
                .isEqualTo(URI.create("https://rss.arxiv.org"));
    }

    @Test
    void badBaseUrlsAreRefused() {
        SourceConfig config = SourceConfig.of("", transport);

        assertThatThrownBy(() -> config.withOption("baseUrl", "ftp://example.org").baseUrl("https://x.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base URL must be an absolute http(s) URL: 'ftp://example.org'");
        assertThatThrownBy(() -> config.withOption("baseUrl", "localhost:8080").baseUrl("https://x.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base URL must be an absolute http(s) URL: 'localhost:8080'");
        assertThatThrownBy(() -> config.withOption("baseUrl", "http://exa mple.org").baseUrl("https://x.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("base URL is not a valid URL: 'http://exa mple.org': ");
    }

    @Test
    void optionsAreReadStripped() {
        SourceConfig config = new SourceConfig(null, Map.of("max", " 50 ", "empty", ""), transport);

        assertThat(config.argument()).isEmpty();
        assertThat(config.option("max")).contains("50");
        assertThat(config.option("empty")).isEmpty();
        assertThat(config.option("missing")).isEmpty();
        assertThatThrownBy(() -> new SourceConfig("", Map.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("transport");
    }

    @Test
    void fetchRequests() {
        FetchRequest window = FetchRequest.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7)).withLimit(500);

        assertThat(window).isEqualTo(new FetchRequest(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7), 500));
        assertThat(window.hasLimit()).isTrue();
        assertThat(FetchRequest.latest().hasLimit()).isFalse();
        assertThatThrownBy(() -> FetchRequest.between(LocalDate.of(2026, 6, 7), LocalDate.of(2026, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'to' (2026-06-01) is before 'from' (2026-06-07)");
        assertThatThrownBy(() -> FetchRequest.latest().withLimit(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be >= 1: 0");
    }

    @Test
    void exceptionsNameSourceAndUrl() {
        URI uri = URI.create("https://export.arxiv.org/api/query?id_list=abc");

        assertThat(new SourceRejectedException("arxiv-api", uri, 400, "incorrect id format for abc", "<feed/>"))
                .hasMessage("arxiv-api: incorrect id format for abc (https://export.arxiv.org/api/query?id_list=abc)");
        assertThat(new FeedFormatException("arxiv-api", uri, 3, 19, "malformed XML: x", null))
                .hasMessage("arxiv-api: malformed XML: x at line 3, column 19 (https://export.arxiv.org/api/query?id_list=abc)");
        assertThat(new FeedFormatException("arxiv-api", uri, -1, -1, "no <feed> element", null))
                .hasMessage("arxiv-api: no <feed> element (https://export.arxiv.org/api/query?id_list=abc)");
        assertThat(new SourceException("crossref", null, "no query given", null)).hasMessage("crossref: no query given");
    }
}
