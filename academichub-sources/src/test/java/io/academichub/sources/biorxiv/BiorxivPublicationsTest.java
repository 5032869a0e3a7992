package io.academichub.sources.biorxiv;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.academichub.sources.biorxiv.BiorxivFixtures.PUBS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link BiorxivPublications}: the {@code /pubs/} links of the constructed fixture, fetched and applied. */
class BiorxivPublicationsTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final URI URL = URI.create("https://api.biorxiv.org/pubs/biorxiv/2026-06-01/2026-06-30/0");
    private static final String PATH = "/pubs/biorxiv/2026-06-01/2026-06-30/";

    private final HttpTransport transport =
            HttpTransport.builder().limits("biorxiv", new HostLimits(Duration.ZERO, 1)).maxAttempts(1).build();

    @AfterEach
    void closeTransport() throws IOException {
        transport.close();
    }

    private BiorxivPublications pubs() {
        return new BiorxivPublications(BiorxivServer.BIORXIV, URI.create(wm.baseUrl()), transport);
    }

    @Test
    void parsesLinksWithJournalAndDates() {
        BiorxivPublications.Page page = BiorxivPublications.parse(
                new ByteArrayInputStream(BiorxivFixtures.bytes(PUBS)), "biorxiv-pubs", URL);

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.count()).isEqualTo(4);
        assertThat(page.cursor()).isZero();
        assertThat(page.links()).containsExactly(
                new PublishedVersion(PaperId.doi("10.1101/2026.03.02.680101"), PaperId.doi("10.1038/s41586-026-01111-1"),
                        "Nature", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 11)),
                new PublishedVersion(PaperId.doi("10.1101/2026.05.10.690303"), PaperId.doi("10.1016/j.devcel.2026.07.001"),
                        "Developmental Cell", LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 30)),
                new PublishedVersion(PaperId.doi("10.1101/2026.06.28.700101"),
                        PaperId.doi("10.1093/bioinformatics/btag301"), "Bioinformatics", LocalDate.of(2026, 6, 29),
                        LocalDate.of(2026, 6, 30)));
        assertThat(page.warnings()).containsExactly("record 3 skipped: doi:10.1101/2026.02.14.670909 has no published_doi");
    }

    @Test
    void fetchesAndEnrichesThePapersOfTheSameDois() {
        wm.stubFor(get(urlEqualTo(PATH + "0")).willReturn(aResponse().withStatus(200).withBody(BiorxivFixtures.bytes(PUBS))));
        List<Paper> papers = BiorxivParser.parse(new ByteArrayInputStream(BiorxivFixtures.bytes(BiorxivFixtures.QUIRKS)),
                "biorxiv", URI.create("https://api.biorxiv.org/details/biorxiv/2026-06-29/2026-06-30/0/json")).papers();

        List<PublishedVersion> links = pubs().fetch(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        List<Paper> enriched = BiorxivPublications.withPublishedVersions(papers, links);

        assertThat(links).hasSize(3);
        assertThat(BiorxivPublications.byPreprint(links)).containsExactly(
                Map.entry(PaperId.doi("10.1101/2026.03.02.680101"), PaperId.doi("10.1038/s41586-026-01111-1")),
                Map.entry(PaperId.doi("10.1101/2026.05.10.690303"), PaperId.doi("10.1016/j.devcel.2026.07.001")),
                Map.entry(PaperId.doi("10.1101/2026.06.28.700101"), PaperId.doi("10.1093/bioinformatics/btag301")));
        assertThat(enriched).hasSize(5);
        assertThat(enriched.get(0).sameAs()).containsExactly(PaperId.doi("10.1093/bioinformatics/btag301"));
        assertThat(enriched.get(2)).isSameAs(papers.get(2)); // already linked by its "published" field
        assertThat(enriched.subList(3, 5)).containsExactlyElementsOf(papers.subList(3, 5));
        assertThat(enriched.get(1)).isSameAs(papers.get(1));
    }

    @Test
    void pagesByTheCountUntilTheTotal() {
        String first = "{\"messages\":[{\"status\":\"ok\",\"cursor\":0,\"count\":1,\"total\":\"2\"}],\"collection\":["
                + "{\"preprint_doi\":\"10.1101/2026.06.01.700001\",\"published_doi\":\"10.1000/j.x.1\"}]}";
        String second = "{\"messages\":[{\"status\":\"ok\",\"cursor\":1,\"count\":1,\"total\":\"2\"}],\"collection\":["
                + "{\"preprint_doi\":\"10.1101/2026.06.01.700002\",\"published_doi\":\"10.1000/j.x.2\"}]}";
        wm.stubFor(get(urlEqualTo(PATH + "0")).willReturn(aResponse().withStatus(200).withBody(first)));
        wm.stubFor(get(urlEqualTo(PATH + "1")).willReturn(aResponse().withStatus(200).withBody(second)));

        List<PublishedVersion> links = pubs().fetch(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));

        assertThat(links).extracting(v -> v.published().value()).containsExactly("10.1000/j.x.1", "10.1000/j.x.2");
        assertThat(links.get(0).journal()).isNull();
        assertThat(links.get(0).preprintDate()).isNull();
    }

    @Test
    void aShortPagingIsAnErrorNotAShortList() {
        String empty = "{\"messages\":[{\"status\":\"ok\",\"cursor\":4,\"count\":0,\"total\":\"9\"}],\"collection\":[]}";
        wm.stubFor(get(urlEqualTo(PATH + "0")).willReturn(aResponse().withStatus(200)
                .withBody(BiorxivFixtures.text(PUBS).replace("\"total\": \"4\"", "\"total\": \"9\""))));
        wm.stubFor(get(urlEqualTo(PATH + "4")).willReturn(aResponse().withStatus(200).withBody(empty)));

        assertThatThrownBy(() -> pubs().fetch(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessage("biorxiv-pubs: the API sent no records at cursor 4 of total 9 (3 links so far) ("
                        + wm.baseUrl() + PATH + "4)");
    }

    @Test
    void aNotFoundStatusIsARefusal() {
        wm.stubFor(get(urlEqualTo(PATH + "0")).willReturn(aResponse().withStatus(200)
                .withBody("{\"messages\":[{\"status\":\"no articles found for published version of \"}]}")));

        assertThatThrownBy(() -> pubs().fetch(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
                .isInstanceOf(SourceRejectedException.class)
                .hasMessageStartingWith("biorxiv-pubs: bioRxiv API status: \"no articles found for published version of\"");
    }
}
