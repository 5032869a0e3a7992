package io.academichub.sources.arxiv;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.Page;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static io.academichub.sources.arxiv.ArxivApiFixtures.ASTRO_PH;
import static io.academichub.sources.arxiv.ArxivApiFixtures.ERROR_400;
import static io.academichub.sources.arxiv.ArxivApiFixtures.LEGACY_ID;
import static io.academichub.sources.arxiv.ArxivApiFixtures.LEGACY_SEARCH;
import static io.academichub.sources.arxiv.ArxivApiFixtures.SEARCH_100;
import static io.academichub.sources.arxiv.ArxivApiFixtures.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArxivApiParserTest {

    private static final String SOURCE = "arxiv-api:test";
    private static final URI URL = URI.create("https://export.arxiv.org/api/query?search_query=all:testing");

    private static Page parse(String fixture) {
        return ArxivApiParser.parse(new ByteArrayInputStream(ArxivApiFixtures.bytes(fixture)), SOURCE, URL);
    }

    private static Page read(String xml) {
        return ArxivApiParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SOURCE, URL);
    }

    private static Paper byId(List<Paper> papers, String id) {
        return papers.stream().filter(p -> p.id().equals(PaperId.arxiv(id))).findFirst().orElseThrow();
    }

    @Test
    void readsTheHundredEntrySearchWithItsCountersAndEveryEntry() {
        Page page = parse(SEARCH_100);

        assertThat(page.total()).isEqualTo(214881);
        assertThat(page.records()).isEqualTo(100);
        assertThat(page.papers()).hasSize(100);
        assertThat(page.papers()).extracting(Paper::doi).filteredOn(Objects::nonNull).hasSize(32);
        assertThat(page.papers()).extracting(Paper::journalRef).filteredOn(Objects::nonNull).hasSize(18);
        assertThat(page.papers()).flatExtracting(Paper::authors).filteredOn(a -> a.affiliation() != null)
                .containsExactly(Author.of("Marie-Claude Gaudel", "LRI"), Author.of("Pascale Le Gall", "IBISC"));
        assertThat(page.papers()).extracting(Paper::pdfUrl).doesNotContainNull();
        assertThat(page.papers()).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("arxiv");
            assertThat(p.announceType()).isEqualTo(AnnounceType.UNKNOWN);
            // the 4 summaries that open with two spaces are folded like the rest
            assertThat(p.abstractText()).doesNotStartWith(" ").doesNotContain("  ");
            assertThat(p.sameAs()).isEqualTo(p.doi() == null ? Set.of() : Set.of(PaperId.doi(p.doi())));
        });
        assertThat(page.papers().get(0).id()).isEqualTo(PaperId.arxiv("2202.12139"));
        assertThat(page.papers().get(99).id()).isEqualTo(PaperId.arxiv("gr-qc/0103067"));
    }

    @Test
    void firstSearchEntryFieldByField() {
        Paper p = parse(SEARCH_100).papers().get(0);

        assertThat(p.id()).isEqualTo(new PaperId("arxiv", "2202.12139"));
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.title()).isEqualTo("Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques");
        assertThat(p.authors()).containsExactly(Author.of("Mohit Kumar Ahuja"), Author.of("Arnaud Gotlieb"),
                Author.of("Helge Spieker"));
        assertThat(p.abstractText())
                .startsWith("Deep Learning (DL) has revolutionized the capabilities of vision-based systems (VBS) in")
                .endsWith("comparative study on a classical benchmark used in VBS and discuss its results.")
                .hasSize(1116);
        assertThat(p.source()).isEqualTo("arxiv");
        assertThat(p.categories()).containsExactly("cs.SE", "cs.LG");
        assertThat(p.primaryCategory()).isEqualTo("cs.SE");
        assertThat(p.published()).isEqualTo(LocalDate.of(2022, 2, 24));
        assertThat(p.updated()).isEqualTo(Instant.parse("2022-02-24T15:05:19Z"));
        assertThat(p.announceType()).isEqualTo(AnnounceType.UNKNOWN);
        assertThat(p.doi()).isEqualTo("10.1109/icstw55395.2022.00035");
        assertThat(p.journalRef()).isEqualTo("Artificial Intelligence in Software Testing @ 2022 IEEE International "
                + "Conference on Software Testing, Verification and Validation Workshops (ICSTW)");
        assertThat(p.url()).isEqualTo(URI.create("https://arxiv.org/abs/2202.12139"));
        assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/2202.12139v1"));
        assertThat(p.license()).isNull();
        assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1109/ICSTW55395.2022.00035"));
    }

    @Test
    void keepsUtf8NamesMathAndOldStyleIds() {
        List<Paper> papers = parse(SEARCH_100).papers();

        assertThat(papers.get(1).authors()).extracting(Author::name)
                .containsExactly("Aurora Ramírez", "Mario Berrios", "José Raúl Romero", "Robert Feldt");
        assertThat(papers.get(29).authors()).extracting(Author::name).contains("Oliver Weißl");
        assertThat(papers.get(99).authors()).extracting(Author::name).containsExactly("Mark P. Haugan", "C. Lämmerzahl");

        Paper math = byId(papers, "2403.16981");
        assertThat(math.categories()).containsExactly("math.ST", "cs.IT", "stat.ML");
        assertThat(math.abstractText()).contains("with type-I error at most $α$ and type-II error at most $β$",
                "samples required", "$0 \\le α, β\\le 1/8$");

        Paper old = byId(papers, "hep-ph/0301050");
        assertThat(old.version()).isEqualTo(2);
        assertThat(old.title()).isEqualTo("Statistical Test of Anarchy");
        assertThat(old.abstractText()).startsWith("\"Anarchy\" is the hypothesis that there is no fundamental");
        assertThat(old.doi()).isEqualTo("10.1016/j.physletb.2003.08.045");
        assertThat(old.url()).isEqualTo(URI.create("https://arxiv.org/abs/hep-ph/0301050"));
        assertThat(byId(papers, "cs/0503050").published()).isEqualTo(LocalDate.of(2005, 3, 21));
    }

    @Test
    void astroPhEntryFieldByField() {
        Page page = parse(ASTRO_PH);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.records()).isEqualTo(1);
        assertThat(page.papers()).hasSize(1);
        Paper p = page.papers().get(0);
        assertThat(p.id()).isEqualTo(new PaperId("arxiv", "astro-ph/0601001"));
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.title()).isEqualTo("Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit "
                + "Surveys Toward the Galactic Bulge and Carina");
        assertThat(p.authors()).containsExactly(
                Author.of("Andrew Gould", "Ohio State"),
                Author.of("Susan Dorsher", "Ohio State"),
                Author.of("B. Scott Gaudi", "CfA"),
                Author.of("Andrzej Udalski", "Warsaw University Observatory"));
        assertThat(p.abstractText()).isEqualTo("We derive the frequencies of hot Jupiters (HJs) with 3--5 day periods "
                + "and very hot Jupiters (VHJs) with 1-3 day periods by comparing the planets actually detected in the "
                + "OGLE-III survey with those predicted by our models. The models are constructed following Gould & "
                + "Morgan (2003) by populating the line of sight with stars drawn from the Hipparcos catalog. Using "
                + "these, we demonstrate that the number of stars with sensitivity to HJs and VHJs is only 4--16% of "
                + "those in the OGLE-III fields satisfying the spectroscopic-followup limit of V_max<17.5. Hence, the "
                + "frequencies we derive are much higher than a naive estimate would indicate. We find that at 90% "
                + "confidence the fraction of stars with planets in the two period ranges is (1/310)(1^{+1.39}_{-0.59}) "
                + "for HJs and (1/690)(1^{+1.10}_{-0.54}) for VHJs. The HJ rate is statistically indistinguishable "
                + "from that found in radial velocity (RV) studies. However, we note that magnitude-limited RV samples "
                + "are heavily biased toward metal-rich (hence, planet-bearing) stars, while transit surveys are not, "
                + "and therefore we expect that more sensitive transit surveys should find a deficit of HJs as "
                + "compared to RV surveys. The detection of 3 transiting VHJs, all with periods less than 2 days, is "
                + "marginally consistent with the complete absence of such detections in RV surveys. The planets "
                + "detected are consistent with being uniformly distributed between 1.00 and 1.25 Jovian radii, but "
                + "there are too few in the sample to map this distribution in detail.");
        assertThat(p.source()).isEqualTo("arxiv");
        assertThat(p.categories()).containsExactly("astro-ph");
        assertThat(p.published()).isEqualTo(LocalDate.of(2006, 1, 2));
        assertThat(p.updated()).isEqualTo(Instant.parse("2006-01-02T14:57:58Z"));
        assertThat(p.announceType()).isEqualTo(AnnounceType.UNKNOWN);
        assertThat(p.doi()).isNull();
        assertThat(p.journalRef()).isEqualTo("ActaAstron.56:1-50,2006");
        assertThat(p.url()).isEqualTo(URI.create("https://arxiv.org/abs/astro-ph/0601001"));
        assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/astro-ph/0601001v1"));
        assertThat(p.license()).isNull();
        assertThat(p.sameAs()).isEmpty();
    }

    @Test
    void theErrorEntryIsARejectionQuotingArxiv() {
        assertThatThrownBy(() -> parse(ERROR_400))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(200); // the caller knows the real status
                    assertThat(e.detail()).isEqualTo("arXiv API error: incorrect id format for abc");
                    assertThat(e.sourceId()).isEqualTo(SOURCE);
                    assertThat(e.uri()).isEqualTo(URL);
                });
    }

    @Test
    void zeroResults() {
        Page page = parse(ZERO);

        assertThat(page).isEqualTo(new Page(List.of(), 0, 0, null, List.of()));
    }

    @Test
    void legacySearchWithInlineNamespacesAndHardWrappedText() {
        Page page = parse(LEGACY_SEARCH);

        assertThat(page.total()).isEqualTo(24);
        assertThat(page.records()).isEqualTo(10);
        assertThat(page.papers()).hasSize(10);
        assertThat(page.papers()).extracting(Paper::doi).doesNotContainNull();
        assertThat(page.papers()).extracting(Paper::journalRef).doesNotContainNull();
        assertThat(page.papers()).extracting(p -> p.id().value()).containsExactly("1201.4869", "cond-mat/0412498",
                "1005.5383", "1303.6954", "1312.6177", "1412.6529", "cond-mat/0607501", "0807.2873", "1101.2206",
                "1111.2011");

        Paper first = page.papers().get(0);
        assertThat(first.abstractText()).startsWith("As helium-4 is cooled below 2.17 K it undergoes a phase "
                + "transition to a fundamentally new state of matter known as a superfluid which supports flow without")
                .endsWith("exciting possibility of the experimental detection of this intriguing low dimensional "
                        + "state of matter.");
        assertThat(first.doi()).isEqualTo("10.1142/s021797921244002x");
        assertThat(first.journalRef()).isEqualTo("Int. J. Mod. Phys. B, 26, 1244002 (2012)");
        assertThat(first.categories()).containsExactly("cond-mat.mes-hall", "cond-mat.other");
        assertThat(first.url()).isEqualTo(URI.create("https://arxiv.org/abs/1201.4869"));
        assertThat(first.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/1201.4869v1"));

        Paper melting = page.papers().get(1);
        assertThat(melting.abstractText()).contains("density wave ordering on the square lattice (p >= 3, integer).");
        assertThat(melting.authors()).extracting(Author::name).containsExactly("Adrian Del Maestro", "Subir Sachdev");

        Paper wrapped = page.papers().get(6);
        assertThat(wrapped.title()).isEqualTo("A striped supersolid phase and the search for deconfined quantum "
                + "criticality in hard-core bosons on the triangular lattice");
        assertThat(wrapped.version()).isEqualTo(2);
        assertThat(wrapped.published()).isEqualTo(LocalDate.of(2006, 7, 19));
        assertThat(wrapped.updated()).isEqualTo(Instant.parse("2006-11-06T19:33:40Z"));
    }

    @Test
    void legacyIdListEntryFieldByField() {
        Page page = parse(LEGACY_ID);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.records()).isEqualTo(1);
        Paper p = page.papers().get(0);
        assertThat(p.id()).isEqualTo(PaperId.arxiv("1111.2011"));
        assertThat(p.version()).isEqualTo(2);
        assertThat(p.title()).isEqualTo("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large "
                + "Connectivity Limit");
        assertThat(p.authors()).containsExactly(Author.of("James M. Murray"), Author.of("Adrian Del Maestro"),
                Author.of("Zlatko Tesanovic"));
        assertThat(p.abstractText()).startsWith("Theoretical description of anisotropic systems, such as layered "
                + "superconductors and coupled spin chains, is often a challenge")
                .endsWith("similar to adding a single extra dimension to the theory describing a single node.");
        assertThat(p.categories()).containsExactly("cond-mat.str-el", "cond-mat.stat-mech");
        assertThat(p.published()).isEqualTo(LocalDate.of(2011, 11, 8));
        assertThat(p.updated()).isEqualTo(Instant.parse("2012-04-02T12:38:54Z"));
        assertThat(p.doi()).isEqualTo("10.1103/physrevb.85.115117");
        assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1103/PhysRevB.85.115117"));
        assertThat(p.journalRef()).isEqualTo("Phys. Rev. B 85, 115117 (2012)");
        assertThat(p.url()).isEqualTo(URI.create("https://arxiv.org/abs/1111.2011"));
        assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/1111.2011v2"));
    }

    @Test
    void aTitleThatIsLiterallyZeroIsATitle() {
        // The real astro-ph/0601001 response with only the entry's title changed to "0".
        String xml = ArxivApiFixtures.text(ASTRO_PH).replace(
                "<title>Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the "
                        + "Galactic Bulge and Carina</title>", "<title>0</title>");

        Page parsed = read(xml);

        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.papers()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("0");
            assertThat(p.id()).isEqualTo(PaperId.arxiv("astro-ph/0601001"));
        });
    }

    @Test
    void anEntryThatCannotBeAPaperIsSkippedWithAWarning() {
        // The real astro-ph/0601001 response with its <published> removed: Paper needs a date.
        String xml = ArxivApiFixtures.text(ASTRO_PH).replace("<published>2006-01-02T14:57:58Z</published>", "");

        Page parsed = read(xml);

        assertThat(parsed.records()).isEqualTo(1);
        assertThat(parsed.papers()).isEmpty();
        assertThat(parsed.warnings()).containsExactly(
                "skipped entry arxiv:astro-ph/0601001 has no <published> date (line 10)");
    }

    @Test
    void malformedXmlNamesTheLine() {
        String truncated = ArxivApiFixtures.text(ASTRO_PH).substring(0, 1200);

        assertThatThrownBy(() -> read(truncated))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                    assertThat(e.line()).isPositive();
                    assertThat(e.sourceId()).isEqualTo(SOURCE);
                    assertThat(e.uri()).isEqualTo(URL);
                    assertThat(e.detail()).startsWith("malformed XML");
                });
    }

    @Test
    void aDocumentThatIsNoAtomFeedIsAFormatError() {
        assertThatThrownBy(() -> read("<html><body>Service temporarily unavailable</body></html>"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("not an arXiv API response: the root element is <html>");
    }

    @Test
    void aFeedWithoutTotalResultsIsAFormatError() {
        String xml = ArxivApiFixtures.text(ZERO).replace("<opensearch:totalResults>0</opensearch:totalResults>", "");

        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("no opensearch:totalResults");
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&xxe;</title></feed>";

        assertThatThrownBy(() -> read(xxe))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("a DOCTYPE is not allowed in an arXiv API response")
                .hasMessageNotContaining("root:");
    }
}
