package io.academichub.sources.crossref;

import io.academichub.http.HttpTransport;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link CrossrefProvider}: arguments, options and discovery. */
class CrossrefProviderTest {

    private final HttpTransport transport = HttpTransport.builder().maxAttempts(1).build();
    private final CrossrefProvider provider = new CrossrefProvider();

    @AfterEach
    void close() throws IOException {
        transport.close();
    }

    private Source create(String argument, Map<String, String> options) {
        return provider.create(new SourceConfig(argument, options, transport));
    }

    @Test
    void anIssnBecomesAnIssnFilter() {
        CrossrefSource s = (CrossrefSource) create("1932-6203", Map.of());

        assertThat(s.id()).isEqualTo("crossref:1932-6203");
        assertThat(s.filter()).isEqualTo("issn:1932-6203");
    }

    @Test
    void anIssnCheckDigitXIsUpperCased() {
        CrossrefSource s = (CrossrefSource) create("0028-083x", Map.of());

        assertThat(s.id()).isEqualTo("crossref:0028-083X");
        assertThat(s.filter()).isEqualTo("issn:0028-083X");
    }

    @Test
    void aFilterExpressionIsPassedOn() {
        CrossrefSource s = (CrossrefSource) create("filter:type:posted-content,prefix:10.1101", Map.of());

        assertThat(s.id()).isEqualTo("crossref:filter:type:posted-content,prefix:10.1101");
        assertThat(s.filter()).isEqualTo("type:posted-content,prefix:10.1101");
    }

    @Test
    void badArgumentsAreRefusedSayingWhy() {
        assertThatThrownBy(() -> create("", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an ISSN");
        assertThatThrownBy(() -> create("1932-620", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1932-620'");
        assertThatThrownBy(() -> create("19326203", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> create("filter:", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name:value");
    }

    @Test
    void rowsMustBeFromOneToAThousand() {
        assertThat(create("1932-6203", Map.of(CrossrefProvider.ROWS, "1000"))).isNotNull();
        assertThat(create("1932-6203", Map.of(CrossrefProvider.ROWS, "1"))).isNotNull();
        assertThatThrownBy(() -> create("1932-6203", Map.of(CrossrefProvider.ROWS, "1001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rows must be a whole number from 1 to 1000: '1001'");
        assertThatThrownBy(() -> create("1932-6203", Map.of(CrossrefProvider.ROWS, "0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> create("1932-6203", Map.of(CrossrefProvider.ROWS, "many")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void discoveredByServiceLoaderBesideTheArxivProviders() {
        SourceRegistry registry = SourceRegistry.discover();

        assertThat(registry.find("crossref")).get().isInstanceOf(CrossrefProvider.class);
        assertThat(registry.find("arxiv")).isPresent();
        assertThat(registry.create("crossref:1932-6203", Map.of(), transport).id()).isEqualTo("crossref:1932-6203");
    }
}
