package io.academichub.sources.biorxiv;

import io.academichub.http.HttpTransport;
import io.academichub.source.SourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link MedrxivProvider}: the medRxiv server through the same API and rules as bioRxiv. */
class MedrxivProviderTest {

    private final HttpTransport transport = HttpTransport.builder().maxAttempts(1).build();

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    @Test
    void idsServerAndUrl() {
        BiorxivSource source = (BiorxivSource) new MedrxivProvider().create(SourceConfig.of("health informatics", transport));

        assertThat(new MedrxivProvider().id()).isEqualTo("medrxiv");
        assertThat(source.id()).isEqualTo("medrxiv:health_informatics");
        assertThat(source.server()).isEqualTo(BiorxivServer.MEDRXIV);
        assertThat(source.detailsUri(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 6, 30), 30)).hasToString(
                "https://api.biorxiv.org/details/medrxiv/2026-06-29/2026-06-30/30/json?category=health_informatics");
        assertThat(new MedrxivProvider().create(SourceConfig.of("", transport)).id()).isEqualTo("medrxiv");
    }

    @Test
    void theCategoryIsValidated() {
        assertThatThrownBy(() -> new MedrxivProvider().create(SourceConfig.of("HIV/AIDS", transport)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(": 'HIV/AIDS'");
    }
}
