package io.academichub.sources.biorxiv;

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

/** {@link BiorxivProvider}: ids, the category argument, the base URL, discovery. */
class BiorxivProviderTest {

    private final HttpTransport transport = HttpTransport.builder().maxAttempts(1).build();

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    private Source create(String argument) {
        return new BiorxivProvider().create(SourceConfig.of(argument, transport));
    }

    @Test
    void everyCategoryOrOne() {
        assertThat(create("").id()).isEqualTo("biorxiv");
        assertThat(create("bioinformatics").id()).isEqualTo("biorxiv:bioinformatics");
        assertThat(create("animal_behavior_and_cognition").id()).isEqualTo("biorxiv:animal_behavior_and_cognition");
        assertThat(create(" animal behavior and cognition ").id()).isEqualTo("biorxiv:animal_behavior_and_cognition");
        BiorxivSource source = (BiorxivSource) create("cell biology");
        assertThat(source.server()).isEqualTo(BiorxivServer.BIORXIV);
        assertThat(source.category()).isEqualTo("cell_biology");
    }

    @Test
    void aCategoryIsLowerCaseWords() {
        for (String bad : new String[] {"Cell Biology", "cs.AI", "cell-biology", "_genomics", "genomics_", "3d"}) {
            assertThatThrownBy(() -> create(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a bioRxiv/medRxiv category is lower-case words joined by '_' or ' ', as the servers "
                            + "name them (bioinformatics, animal_behavior_and_cognition): '" + bad + "'");
        }
    }

    @Test
    void theBaseUrlOptionIsUsedAndChecked() {
        BiorxivSource source = (BiorxivSource) new BiorxivProvider().create(new SourceConfig("genomics",
                Map.of(SourceConfig.BASE_URL, "http://localhost:8089/"), transport));
        assertThat(source.detailsUri(java.time.LocalDate.of(2026, 6, 1), java.time.LocalDate.of(2026, 6, 2), 100))
                .hasToString("http://localhost:8089/details/biorxiv/2026-06-01/2026-06-02/100/json?category=genomics");
        assertThatThrownBy(() -> new BiorxivProvider().create(new SourceConfig("",
                Map.of(SourceConfig.BASE_URL, "ftp://api.biorxiv.org"), transport)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base URL must be an absolute http(s) URL");
    }

    @Test
    void theDefaultBaseUrl() {
        BiorxivSource source = (BiorxivSource) create("");
        assertThat(source.detailsUri(java.time.LocalDate.of(2026, 6, 1), java.time.LocalDate.of(2026, 6, 1), 0))
                .hasToString("https://api.biorxiv.org/details/biorxiv/2026-06-01/2026-06-01/0/json");
    }

    @Test
    void bothKindsAreDiscoveredByName() {
        SourceRegistry registry = SourceRegistry.discover();

        assertThat(registry.find("biorxiv")).get().isInstanceOf(BiorxivProvider.class);
        assertThat(registry.find("medrxiv")).get().isInstanceOf(MedrxivProvider.class);
        assertThat(registry.create("biorxiv:neuroscience", Map.of(), transport).id()).isEqualTo("biorxiv:neuroscience");
        assertThat(registry.create("medrxiv", Map.of(), transport).id()).isEqualTo("medrxiv");
        assertThat(new BiorxivProvider().description()).isEqualTo("bioRxiv preprints (api.biorxiv.org); ARGUMENT: an "
                + "optional category such as bioinformatics or animal_behavior_and_cognition");
    }
}
