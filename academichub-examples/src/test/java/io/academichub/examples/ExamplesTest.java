package io.academichub.examples;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.model.Paper;
import io.academichub.radar.Match;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceRegistry;
import io.academichub.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The embedding examples run as documented, against recorded feeds served by WireMock. */
class ExamplesTest {

    @Test
    void embeddingExampleFetchesArxivAndNatureAndReports() throws IOException {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try (HttpTransport transport = HttpTransport.builder().limits("arxiv", new HostLimits(Duration.ZERO, 1)).build()) {
            server.stubFor(get(urlPathEqualTo("/rss/cs.AI")).willReturn(aResponse().withBody(
                    Fixtures.bytes("fixtures/arxiv-rss/rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml"))));
            server.stubFor(get(urlPathEqualTo("/nature.rss")).willReturn(aResponse().withBody(
                    Fixtures.bytes("fixtures/nature-rss/nature_current_rss1.0-rdf_2024-08-20.rss"))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            boolean ok = EmbeddingExample.run(transport, Map.of("arxiv", server.baseUrl(), "nature", server.baseUrl()),
                    new PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(ok).isTrue();
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed.lines().filter(l -> l.startsWith("arxiv:") && !l.contains(" OK "))).hasSize(3);
            assertThat(printed.lines().filter(l -> l.startsWith("doi:10.1038/"))).hasSize(50);
            assertThat(printed).contains("arxiv:cs.AI OK 3/3").contains("nature OK 50/50");
        } finally {
            server.stop();
        }
    }

    @Test
    void embedInYourAppFetchesRanksAndBriefsARecordedDay() throws IOException {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try (HttpTransport transport = HttpTransport.builder().limits("arxiv", new HostLimits(Duration.ZERO, 1)).build()) {
            server.stubFor(get(urlPathEqualTo("/rss/cs.AI+cs.CL")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                    .withBody(Fixtures.bytes("fixtures/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz")))); // inflated
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            EmbedInYourApp.Day day = EmbedInYourApp.run(transport, Map.of(SourceConfig.BASE_URL, server.baseUrl()),
                    new PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(day.fetched()).hasSize(1504);
            assertThat(day.matches()).hasSize(10);
            assertThat(day.matches()).allSatisfy(m -> {
                assertThat(m.profile()).isEqualTo("agents");
                assertThat(m.reasons()).isNotEmpty();
            });
            assertThat(day.matches().get(0).paper().id().toString()).isEqualTo("arxiv:2311.08562");
            assertThat(day.matches().get(0).paper().title()).isEqualTo("MAgIC: Investigation of Large Language Model "
                    + "Powered Multi-Agent in Cognition, Adaptability, Rationality and Collaboration");
            assertThat(day.briefing().papers()).hasSize(10);
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).startsWith("# Research briefing · 2024-11-28 · 10 papers")
                    .contains(day.matches().get(0).paper().title());
        } finally {
            server.stop();
        }
    }

    @Test
    void customSourceExampleRegistersAndFetchesItsSource() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HttpTransport transport = HttpTransport.builder().build()) {
            CustomSourceExample.run(transport, new PrintStream(out, true, StandardCharsets.UTF_8));
        }

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "arxiv:1706.03762 Attention Is All You Need",
                "doi:10.1038/nature14539 Deep learning",
                "reading-list:vision OK 2/2");
    }

    @Test
    void radarExampleRanksTheRealArxivDayWithReasons() throws IOException {
        List<Paper> papers = SourceRegistry.discover().format("arxiv-rss").orElseThrow().parse(
                Fixtures.open("fixtures/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz"), "arxiv",
                java.net.URI.create("https://rss.arxiv.org/rss/all")).papers();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        List<Match> matches = RadarExample.run(papers, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(matches).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("arxiv:2411.18090 CIM-Based Parallel Fully FFNN Surface Code High-Level Decoder")
                .contains("interest 'codes' matched \"surface code\" in the title");
    }
}
