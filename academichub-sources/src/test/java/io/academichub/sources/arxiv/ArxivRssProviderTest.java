package io.academichub.sources.arxiv;

import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;
import io.academichub.source.SourceRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ArxivRssProvider}: discovery, the argument's validation, the base URL option. */
class ArxivRssProviderTest {

    private final HttpTransport transport =
            HttpTransport.builder().limits("arxiv", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();
    private final ArxivRssProvider provider = new ArxivRssProvider();

    @AfterEach
    void close() throws IOException {
        transport.close();
    }

    private ArxivRssSource create(String argument) {
        return (ArxivRssSource) provider.create(SourceConfig.of(argument, transport));
    }

    @Test
    void isDiscoveredAsArxiv() {
        SourceProvider found = SourceRegistry.discover().find("arxiv").orElseThrow();
        assertThat(found).isInstanceOf(ArxivRssProvider.class);
        assertThat(found.id()).isEqualTo("arxiv");
        assertThat(found.description()).contains("cs.AI+cs.LG");
    }

    @Test
    void acceptsArchivesCategoriesAndHyphenatedNames() {
        ArxivRssSource s = create("astro-ph+cond-mat.mes-hall+cs.AI+physics.acc-ph+q-bio.NC+math");
        assertThat(s.categories())
                .containsExactly("astro-ph", "cond-mat.mes-hall", "cs.AI", "physics.acc-ph", "q-bio.NC", "math");
        assertThat(s.id()).isEqualTo("arxiv:astro-ph+cond-mat.mes-hall+cs.AI+physics.acc-ph+q-bio.NC+math");
    }

    @Test
    void surroundingSpaceIsIgnored() {
        assertThat(create("  cs.AI + cs.LG ").id()).isEqualTo("arxiv:cs.AI+cs.LG");
    }

    @Test
    void emptyArgumentIsRefused() {
        assertThatThrownBy(() -> create(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the arxiv source needs categories, e.g. arxiv:cs.AI+cs.LG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cs.AI++cs.LG", "+cs.AI", "cs.AI+"})
    void emptyPartIsRefused(String argument) {
        assertThatThrownBy(() -> create(argument))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty category in '" + argument + "'; join categories with a single '+', e.g. arxiv:cs.AI+cs.LG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cs AI", "cs.AI,cs.LG", "../etc/passwd", "cs.AI?x=1", "CS.AI", "cs.", "cs.AI#x", "2411.17700"})
    void somethingThatIsNotACategoryIsRefused(String argument) {
        assertThatThrownBy(() -> create(argument))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + argument + "' is not an arXiv category; expected an archive such as cs or astro-ph, "
                        + "or a category such as cs.AI or cond-mat.mes-hall");
    }

    @Test
    void theBaseUrlOptionPointsElsewhere() {
        ArxivRssSource s = (ArxivRssSource) SourceRegistry.discover()
                .create("arxiv:cs.LG", Map.of(SourceConfig.BASE_URL, "http://mirror.example.org:8080/arxiv/"), transport);
        assertThat(s.feedUri()).isEqualTo(URI.create("http://mirror.example.org:8080/arxiv/rss/cs.LG"));
    }

    @Test
    void aBaseUrlThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> provider.create(SourceConfig.of("cs.AI", transport)
                .withOption(SourceConfig.BASE_URL, "file:///etc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base URL must be an absolute http(s) URL");
    }
}
