package io.academichub.sources.arxiv;

import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.model.VersionedId;
import io.academichub.text.CleanText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.academichub.sources.arxiv.ArxivRssFixtures.ALL_ARCHIVES;
import static io.academichub.sources.arxiv.ArxivRssFixtures.BAD_ARCHIVE;
import static io.academichub.sources.arxiv.ArxivRssFixtures.CS_AI_EXCERPT;
import static io.academichub.sources.arxiv.ArxivRssFixtures.NO_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link ArxivRssParser} on arXiv's real feeds (see src/test/resources/fixtures/PROVENANCE.md). */
class ArxivRssParserTest {

    private static final String SOURCE = "arxiv:test";
    private static final URI ALL_URI = URI.create("http://rss.arxiv.org/rss/astro-ph+cond-mat+physics+quant-ph+math+cs"
            + "+econ+eess+gr-qc+hep-ex+hep-lat+hep-ph+hep-th+math-ph+nlin+nucl-ex+nucl-th+q-bio+q-fin+stat");

    private static ArxivRssFeed all;
    private static Map<String, Paper> byId;

    @BeforeAll
    static void parseFullFeed() throws IOException {
        try (InputStream in = ArxivRssFixtures.open(ALL_ARCHIVES)) {
            all = ArxivRssParser.parse(in, SOURCE, ALL_URI);
        }
        byId = all.papers().stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
    }

    private static Paper paper(String arxivId) {
        Paper p = byId.get(arxivId);
        assertThat(p).as("paper %s in the feed", arxivId).isNotNull();
        return p;
    }

    // ---- the 1504-item feed of 2024-11-28 --------------------------------------------------------------------

    @Test
    void everyItemOfTheFullFeedBecomesAPaper() {
        assertThat(all.itemCount()).isEqualTo(1504);
        assertThat(all.papers()).hasSize(1504);
        assertThat(all.warnings()).isEmpty();
        assertThat(all.noAnnouncement()).isFalse();
        assertThat(byId).hasSize(1504); // ids are unique
        assertThat(all.papers().get(0).id()).isEqualTo(PaperId.arxiv("2411.17700"));
        assertThat(all.papers().get(1503).id()).isEqualTo(PaperId.arxiv("2411.17697"));
    }

    @Test
    void channelFieldsAreRead() {
        assertThat(all.title()).isEqualTo("astro-ph, cond-mat, physics, quant-ph, math, cs, econ, eess, gr-qc, hep-ex, "
                + "hep-lat, hep-ph, hep-th, math-ph, nlin, nucl-ex, nucl-th, q-bio, q-fin, stat updates on arXiv.org");
        assertThat(all.announced()).isEqualTo(LocalDate.of(2024, 11, 28));
        assertThat(all.lastBuildDate()).isEqualTo(Instant.parse("2024-11-28T14:47:20Z"));
        assertThat(all.skipDays()).containsExactly("Saturday", "Sunday");
    }

    @Test
    void announceTypesAreCountedAsInTheFeed() {
        Map<AnnounceType, Long> counts = all.papers().stream()
                .collect(Collectors.groupingBy(Paper::announceType, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                AnnounceType.NEW, 926L, AnnounceType.REPLACE, 569L, AnnounceType.CROSS, 9L));
        assertThat(counts).doesNotContainKey(AnnounceType.REPLACE_CROSS);
    }

    @Test
    void categoriesDoisAndJournalReferencesAreAllKept() {
        assertThat(all.papers().stream().mapToInt(p -> p.categories().size()).sum()).isEqualTo(2882);
        assertThat(all.papers().stream().filter(p -> p.doi() != null).count()).isEqualTo(111);
        assertThat(all.papers().stream().filter(p -> p.journalRef() != null).count()).isEqualTo(97);
        assertThat(all.papers().stream().map(Paper::license).distinct().count()).isEqualTo(6);
        // Every paper was announced on the feed's day, in the feed's own offset (-0500).
        assertThat(all.papers()).allSatisfy(p -> assertThat(p.published()).isEqualTo(LocalDate.of(2024, 11, 28)));
    }

    @Test
    void crossListKeepsCategoryOrderWithPrimaryFirst() {
        Paper p = paper("2411.16552");
        assertThat(p.announceType()).isEqualTo(AnnounceType.CROSS);
        assertThat(p.categories()).containsExactly("stat.AP", "cs.LG", "econ.EM", "stat.ME", "stat.ML");
        assertThat(p.primaryCategory()).isEqualTo("stat.AP");
        assertThat(p.authors()).containsExactly(Author.of("Anya Shchetkina"), Author.of("Ron Berman"));
    }

    @Test
    void onePaperFieldByField() {
        Paper p = paper("2105.02567");
        assertThat(p.id()).isEqualTo(PaperId.arxiv("2105.02567"));
        assertThat(p.version()).isEqualTo(3);
        assertThat(p.title()).isEqualTo(
                "Floer Homology: From Generalized Morse-Smale Dynamical Systems to Forman's Combinatorial Vector Fields");
        assertThat(p.authors()).containsExactly(Author.of("Marzieh Eidi"), Author.of("Jürgen Jost"));
        assertThat(p.abstractText()).isEqualTo("We construct a Floer type boundary operator for generalised Morse-Smale "
                + "dynamical systems on compact smooth manifolds by counting the number of suitable flow lines between "
                + "closed (both homoclinic and periodic) orbits and isolated critical points. The same principle works "
                + "for the discrete situation of general combinatorial vector fields, defined by Forman, on CW complexes. "
                + "We can thus recover the $\\mathbb{Z}_2$ homology of both smooth and discrete structures directly from "
                + "the flow lines (V-paths) of our vector field.");
        assertThat(p.source()).isEqualTo("arxiv");
        assertThat(p.categories()).containsExactly("math.DS", "cs.DM", "math.AT", "math.CO", "math.DG");
        assertThat(p.published()).isEqualTo(LocalDate.of(2024, 11, 28));
        assertThat(p.updated()).isNull();
        assertThat(p.announceType()).isEqualTo(AnnounceType.REPLACE);
        assertThat(p.doi()).isEqualTo("10.1007/s40304-022-00314-6");
        assertThat(p.journalRef()).isEqualTo("Communications in Mathematics and Statistics, 27 December 2022");
        assertThat(p.url()).isEqualTo(URI.create("https://arxiv.org/abs/2105.02567"));
        assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/2105.02567v3"));
        assertThat(p.license()).isEqualTo("http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
        assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1007/s40304-022-00314-6"));
    }

    @Test
    void firstItemWithoutDoi() {
        Paper p = paper("2411.17700");
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.announceType()).isEqualTo(AnnounceType.NEW);
        assertThat(p.categories()).containsExactly("cs.CY");
        assertThat(p.authors()).containsExactly(Author.of("Jun Cui"));
        assertThat(p.abstractText()).startsWith("This study investigates the influence of generative artificial "
                + "intelligence (AI) on the brand construction").endsWith("regression and structural equations (PLS-SEM).");
        assertThat(p.doi()).isNull();
        assertThat(p.journalRef()).isNull();
        assertThat(p.sameAs()).isEmpty();
        assertThat(p.license()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
        assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/2411.17700v1"));
    }

    @Test
    void noAbstractKeepsTheAnnouncementPrefix() {
        assertThat(all.papers()).allSatisfy(p -> {
            assertThat(p.abstractText()).doesNotStartWith("arXiv:").doesNotContain("Announce Type:")
                    .doesNotStartWith("Abstract:").doesNotContain("\n").isNotBlank();
            assertThat(p.abstractText()).isEqualTo(p.abstractText().strip());
        });
    }

    @Test
    void textIsFoldedByTheSameRuleAsCleanText() {
        assertThat(all.papers()).allSatisfy(p -> {
            assertThat(p.abstractText()).isEqualTo(CleanText.foldWhitespace(p.abstractText()));
            assertThat(p.title()).isEqualTo(CleanText.foldWhitespace(p.title()));
        });
    }

    @Test
    void wrappedTextWithoutThePrefixAndAnUnknownAnnounceType() {
        String xml = "<rss version=\"2.0\"><channel><title>t</title><item>"
                + "<title>\n  A wrapped\n\ttitle  </title><guid>oai:arXiv.org:hep-th/9901001v3</guid>"
                + "<description>  Plain abstract,\r\n  wrapped.  </description>"
                + "<arxiv:announce_type xmlns:arxiv=\"http://arxiv.org/schemas/atom\">withdrawn</arxiv:announce_type>"
                + "<pubDate>Mon, 27 Apr 2026 23:30:00 -0400</pubDate></item></channel></rss>";
        ArxivRssFeed feed = ArxivRssParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                SOURCE, URI.create("http://h/rss/x"));
        Paper p = feed.papers().get(0);
        assertThat(p.id()).isEqualTo(PaperId.arxiv("hep-th/9901001"));
        assertThat(p.title()).isEqualTo("A wrapped title");
        assertThat(p.abstractText()).isEqualTo("Plain abstract, wrapped.");
        assertThat(p.announceType()).isEqualTo(AnnounceType.UNKNOWN);
        assertThat(p.published()).isEqualTo(LocalDate.of(2026, 4, 27)); // the day in the feed's offset, not UTC's
        assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/hep-th/9901001v3"));
        assertThat(feed.warnings()).containsExactly("item 1: unknown announce type 'withdrawn'");
    }

    @Test
    void anUnreadableItemDateFallsBackToTheChannelsDay() {
        String xml = "<rss version=\"2.0\"><channel><title>t</title>"
                + "<pubDate>Thu, 28 Nov 2024 00:00:00 -0500</pubDate><item><title>x</title>"
                + "<guid>oai:arXiv.org:2411.17700</guid>"
                + "<description>arXiv:2411.17700v4 Announce Type: replace \nAbstract: A.</description>"
                + "<pubDate>yesterday</pubDate></item></channel></rss>";
        ArxivRssFeed feed = ArxivRssParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                SOURCE, URI.create("http://h/rss/x"));
        Paper p = feed.papers().get(0);
        assertThat(p.published()).isEqualTo(LocalDate.of(2024, 11, 28));
        // The guid has no version; the description's "arXiv:2411.17700v4" has.
        assertThat(p.version()).isEqualTo(4);
        assertThat(p.pdfUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/2411.17700v4"));
        assertThat(p.announceType()).isEqualTo(AnnounceType.REPLACE);
        assertThat(feed.warnings()).containsExactly("item 1 pubDate 'yesterday' is not an RFC 822 date");
    }

    @Test
    void abstractsDecodeEntitiesFoldSpaceAndKeepMath() {
        // "&lt;" in the XML is "<" in the text; math stays as written.
        assertThat(paper("2411.17730").abstractText()).contains("where $\\frac{1}{3}<s<1$ and $V(x):\\mathbb{R}^4\\rightarrow");
        // The feed has "condition  for" (two spaces).
        assertThat(paper("2411.17791").abstractText())
                .contains("condition for a sequence $\\langle \\kappa_\\alpha: \\alpha < \\omega_2 \\rangle$");
    }

    @Test
    void titlesDecodeEntitiesAndKeepTex() {
        assertThat(paper("2307.10544").title()).isEqualTo("Design & Optimization of the HV divider for JUNO 20-inch PMT");
        assertThat(paper("2411.18380").title()).isEqualTo(
                "SoK: Privacy Personalised -- Mapping Personal Attributes \\& Preferences of Privacy Mechanisms for "
                        + "Shoulder Surfing");
        assertThat(paper("2403.07266").title())
                .isEqualTo("Search for $CP$-Violating Neutrino Nonstandard Interactions with the NOvA Experiment");
    }

    @Test
    void arepeatedDoiIsKeptOnce() {
        // arxiv:DOI of 2411.17857 is "10.3847/1538-4357/ad8659 10.3847/1538-4357/ad8659".
        Paper p = paper("2411.17857");
        assertThat(p.doi()).isEqualTo("10.3847/1538-4357/ad8659");
        assertThat(p.sameAs()).containsExactly(PaperId.doi("10.3847/1538-4357/ad8659"));
    }

    @Test
    void doiIsCanonicalLowerCaseAndAlsoASameAsId() {
        Paper p = paper("2402.19390");
        assertThat(p.doi()).isEqualTo("10.1103/physrevlett.133.190403");
        assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1103/PhysRevLett.133.190403"));
    }

    // ---- authors ----------------------------------------------------------------------------------------------

    @Test
    void theLongestAuthorListIsSplitIntoAll207Names() {
        Paper p = paper("2403.07266");
        assertThat(p.version()).isEqualTo(2);
        assertThat(p.authors()).hasSize(207);
        assertThat(p.authors().get(0)).isEqualTo(Author.of("NOvA Collaboration"));
        assertThat(p.authors().get(1)).isEqualTo(Author.of("M. A. Acero"));
        assertThat(p.authors().get(206)).isEqualTo(Author.of("R. Zwaska"));
        assertThat(all.papers().stream().mapToInt(x -> x.authors().size()).max().orElseThrow()).isEqualTo(207);
    }

    @Test
    void texAccentsInNamesBecomeUnicodeAndAffiliationsMoveOut() {
        assertThat(paper("2411.17748").authors()).containsExactly(
                Author.of("Mohammed Riadh Berramdane", "IFPEN"), Author.of("Alexandre Battiston", "IFPEN"),
                Author.of("Michele Bardi", "IFPEN"), Author.of("Nicolas Blet", "LEMTA"),
                Author.of("Benjamin Rémy", "LEMTA"), Author.of("Matthieu Urbain", "LEMTA"));
        assertThat(paper("2411.17709").authors()).extracting(Author::name).containsExactly(
                "Martyna Poziomska", "Marian Dovgialo", "Przemysław Olbratowski", "Paweł Niedbalski", "Paweł Ogniewski",
                "Joanna Zych", "Jacek Rogala", "Jarosław Żygierewicz");
        assertThat(paper("2411.18497").authors()).extracting(Author::name).containsExactly(
                "David Perera", "François Derrida", "Théo Mariotte", "Gaël Richard", "Slim Essid");
        assertThat(paper("2402.19390").authors()).extracting(Author::name).containsExactly(
                "Patrik Penc", "Cătălin Paşcu Moca", "Örs Legeza", "Tomaž Prosen", "Gergely Zaránd",
                "Miklós Antal Werner");
        assertThat(paper("2411.18567").authors().get(4).name()).isEqualTo("Guðmundur K. Stefánsson");
        assertThat(paper("2411.17796").authors().get(4).name()).isEqualTo("Serdar Kadıoğlu");
    }

    @Test
    void affiliationsWithCommasStayTogether() {
        assertThat(paper("2411.17753").authors()).containsExactly(
                Author.of("Aleteia Araujo", "University of Brasilia Brazil, The University of Melbourne Australia"),
                Author.of("Breno Costa", "University of Brasilia Brazil"),
                Author.of("Joao Bachiega Jr", "University of Brasilia Brazil"),
                Author.of("Leonardo R. Carvalho", "University of Brasilia Brazil"),
                Author.of("Rajkumar Buyya", "The University of Melbourne Australia"));
    }

    @Test
    void noAuthorNameInTheWholeFeedKeepsTexMarkup() {
        List<Author> authors = all.papers().stream().flatMap(p -> p.authors().stream()).toList();
        assertThat(authors).hasSize(7028);
        assertThat(authors).allSatisfy(a -> {
            assertThat(a.name()).doesNotContain("\\", "{", "}");
            if (a.affiliation() != null) {
                assertThat(a.affiliation()).doesNotContain("\\", "{", "}");
            }
        });
        // The feed is pure ASCII and 285 of its names carry a TeX accent: each must now be Unicode instead.
        assertThat(authors.stream().filter(a -> a.name().chars().anyMatch(c -> c > 127)).count()).isEqualTo(285);
    }

    // ---- the other recorded feeds -----------------------------------------------------------------------------

    @Test
    void csAiExcerptWithoutXmlDeclaration() throws IOException {
        ArxivRssFeed feed;
        try (InputStream in = ArxivRssFixtures.open(CS_AI_EXCERPT)) {
            feed = ArxivRssParser.parse(in, "arxiv:cs.AI", URI.create("https://rss.arxiv.org/rss/cs.AI"));
        }
        assertThat(feed.itemCount()).isEqualTo(3);
        assertThat(feed.papers()).extracting(p -> p.id().value()).containsExactly("2604.21935", "2604.21936", "2604.21937");
        assertThat(feed.papers()).allSatisfy(p -> {
            assertThat(p.announceType()).isEqualTo(AnnounceType.NEW);
            assertThat(p.published()).isEqualTo(LocalDate.of(2026, 4, 27));
            assertThat(p.version()).isEqualTo(1);
        });
        assertThat(feed.announced()).isEqualTo(LocalDate.of(2026, 4, 27));

        Paper second = feed.papers().get(1);
        assertThat(second.abstractText()).startsWith("Medical imaging research is increasingly shifting")
                .contains("Two requirements therefore become central: \\textbf{adaptability}, the ability to configure")
                .contains("and \\textbf{reproducibility}, the guarantee");
        assertThat(second.categories()).containsExactly("cs.AI", "cs.CV", "cs.MA");
        assertThat(second.authors()).hasSize(18);

        Paper third = feed.papers().get(2);
        assertThat(third.title()).isEqualTo("MolClaw: An Autonomous Agent with Hierarchical Skills for Drug Molecule "
                + "Evaluation, Screening, and Optimization");
        assertThat(third.authors()).hasSize(17);
        assertThat(third.authors().get(0)).isEqualTo(Author.of("Lisheng Zhang"));
        assertThat(third.authors().get(16)).isEqualTo(Author.of("Zhengwei Xie"));
        assertThat(third.license()).isEqualTo("http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
    }

    @Test
    void emptyChannelIsNoAnnouncement() throws IOException {
        ArxivRssFeed feed;
        try (InputStream in = ArxivRssFixtures.open(NO_ITEMS)) {
            feed = ArxivRssParser.parse(in, "arxiv:test", URI.create("http://rss.arxiv.org/rss/test"));
        }
        assertThat(feed.noAnnouncement()).isTrue();
        assertThat(feed.papers()).isEmpty();
        assertThat(feed.itemCount()).isZero();
        assertThat(feed.title()).isEqualTo("test updates on arXiv.org");
        assertThat(feed.announced()).isEqualTo(LocalDate.of(2024, 11, 28));
        assertThat(feed.skipDays()).containsExactly("Saturday", "Sunday");
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void feedErrorChannelIsARejectionQuotingArxiv() {
        URI uri = URI.create("http://feeds.example.org/rss/astroph");
        SourceRejectedException e = catchThrowableOfType(SourceRejectedException.class,
                () -> ArxivRssParser.parse(ArxivRssFixtures.open(BAD_ARCHIVE), "arxiv:astroph", uri));
        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.sourceId()).isEqualTo("arxiv:astroph");
        assertThat(e.uri()).isEqualTo(uri);
        assertThat(e.detail()).isEqualTo("arXiv says \"Bad archive 'astroph'. Valid archive names are: astro-ph, "
                + "cond-mat, cs, econ, eess, gr-qc, hep-ex, hep-lat, hep-ph, hep-th, math, math-ph, nlin, nucl-ex, "
                + "nucl-th, physics, q-bio, q-fin, quant-ph, stat, test.\"");
        assertThat(e.getMessage()).startsWith("arxiv:astroph: arXiv says \"Bad archive 'astroph'.")
                .endsWith("(http://feeds.example.org/rss/astroph)");
    }

    // ---- malformed and hostile input --------------------------------------------------------------------------

    @Test
    void truncatedFeedIsAFormatErrorWithLineAndColumn() {
        byte[] full = ArxivRssFixtures.bytes(CS_AI_EXCERPT);
        byte[] cut = Arrays.copyOf(full, 3000); // inside the second item's description, line 33
        URI uri = URI.create("https://rss.arxiv.org/rss/cs.AI");
        FeedFormatException e = catchThrowableOfType(FeedFormatException.class,
                () -> ArxivRssParser.parse(new ByteArrayInputStream(cut), "arxiv:cs.AI", uri));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(33);
        assertThat(e.column()).isEqualTo(166); // Woodstox names the last character it read
        assertThat(e.uri()).isEqualTo(uri);
        assertThat(e.getMessage()).startsWith("arxiv:cs.AI: malformed XML: ").contains("at line 33, column 166");
    }

    @Test
    void mismatchedTagIsAFormatErrorWithLineAndColumn() {
        String xml = "<rss version=\"2.0\">\n<channel>\n<title>x</titel>\n</channel>\n</rss>\n";
        FeedFormatException e = catchThrowableOfType(FeedFormatException.class, () -> ArxivRssParser.parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SOURCE, URI.create("http://h/rss/x")));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(15); // the end of the wrong name
        assertThat(e.detail()).contains("titel");
    }

    @Test
    void aDocumentThatIsNotRssIsAFormatError() {
        String html = "<html><body>Service temporarily unavailable</body></html>";
        assertThatThrownBy(() -> ArxivRssParser.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                SOURCE, URI.create("http://h/rss/x")))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("arxiv:test: the server sent an HTML page, not an RSS feed (a login page, a bot check or an error page; check the URL) at line 1, column 1 (http://h/rss/x)");
    }

    @Test
    void externalEntityIsNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        String xxe = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title>"
                + "<guid>oai:arXiv.org:2411.17700v1</guid><description>&xxe;</description>"
                + "<pubDate>Thu, 28 Nov 2024 00:00:00 -0500</pubDate></item></channel></rss>";
        FeedFormatException e = catchThrowableOfType(FeedFormatException.class, () -> ArxivRssParser.parse(
                new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), SOURCE, URI.create("http://h/rss/x")));
        assertThat(e).isNotNull();
        assertThat(e.detail())
                .isEqualTo("a DOCTYPE is not allowed in an arXiv feed (no DTD or external entity is ever loaded) at line 2, column 1");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET-4711");
    }

    @Test
    void anUndeclaredEntityWithoutDoctypeIsAFormatError() {
        String xml = "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";
        FeedFormatException e = catchThrowableOfType(FeedFormatException.class, () -> ArxivRssParser.parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SOURCE, URI.create("http://h/rss/x")));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.detail()).contains("xxe");
    }

    @Test
    void anItemThatIsNotAnArxivPaperIsSkippedWithAWarning() {
        String xml = "<rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>kept</title><guid>oai:arXiv.org:2411.17700v2</guid>"
                + "<description>arXiv:2411.17700v2 Announce Type: replace-cross \nAbstract: Text.</description>"
                + "<pubDate>Thu, 28 Nov 2024 00:00:00 -0500</pubDate></item>"
                + "<item><title>dropped</title><guid>urn:uuid:1234</guid>"
                + "<pubDate>Thu, 28 Nov 2024 00:00:00 -0500</pubDate></item>"
                + "</channel></rss>";
        ArxivRssFeed feed = ArxivRssParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                SOURCE, URI.create("http://h/rss/x"));
        assertThat(feed.itemCount()).isEqualTo(2);
        assertThat(feed.noAnnouncement()).isFalse();
        assertThat(feed.papers()).hasSize(1);
        Paper kept = feed.papers().get(0);
        // Without arxiv:announce_type the description's "Announce Type:" is used.
        assertThat(kept.announceType()).isEqualTo(AnnounceType.REPLACE_CROSS);
        assertThat(kept.abstractText()).isEqualTo("Text.");
        assertThat(kept.version()).isEqualTo(2);
        assertThat(kept.url()).isEqualTo(URI.create("https://arxiv.org/abs/2411.17700"));
        assertThat(kept.authors()).isEmpty();
        assertThat(feed.warnings()).containsExactly("item 2 skipped: guid 'urn:uuid:1234' is not an arXiv identifier");
    }

    // Guids in arXiv's own form are read in place; every other form goes through PaperId.parseVersioned. Either way
    // an item gets exactly the id and version PaperId.parseVersioned reads from its guid, or is skipped when it reads
    // none.
    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"oai:arXiv.org:2411.17700v1", "  oai:arXiv.org:2411.17700v12\n", "oai:arXiv.org:2411.17700",
            "oai:arXiv.org:0704.0001v2", "oai:arXiv.org:math.PR/0601001v1", "oai:arXiv.org:math.pr/0601001v2",
            "oai:arXiv.org:solv-int/9901001v2", "OAI:ARXIV.ORG:2411.17700v3", "oai:arXiv.org:2411.17700v01",
            "oai:arXiv.org:2411.17700v0", "oai:arXiv.org:2411.17700v1234567", "oai:arXiv.org:2411.17700v123456",
            "oai:arXiv.org:2413.17700v1", "oai:arXiv.org:2411.17700v", "oai:arXiv.org:v1", "oai:arXiv.org:",
            "oai:arXiv.org:2411.17700 v1", "https://arxiv.org/abs/2411.17700v5", "doi:10.1038/x"})
    void aGuidGivesTheIdAndVersionPaperIdReads(String guid) {
        String xml = "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><guid>" + guid + "</guid>"
                + "<description>An abstract.</description><pubDate>Thu, 28 Nov 2024 00:00:00 -0500</pubDate>"
                + "</item></channel></rss>";
        ArxivRssFeed feed = ArxivRssParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                SOURCE, URI.create("http://h/rss/x"));
        VersionedId expected;
        try {
            expected = PaperId.parseVersioned(guid);
        } catch (IllegalArgumentException e) {
            expected = null;
        }
        if (expected == null || !expected.id().isArxiv()) {
            assertThat(feed.papers()).isEmpty();
            assertThat(feed.warnings())
                    .containsExactly("item 1 skipped: guid '" + guid.strip() + "' is not an arXiv identifier");
        } else {
            Paper p = feed.papers().get(0);
            assertThat(p.id()).isEqualTo(expected.id());
            assertThat(p.pdfUrl()).isEqualTo(Arxiv.pdf(expected.id(), expected.version()));
            assertThat(feed.warnings()).containsExactly(p.id() + ": no announce type");
        }
    }

    @Test
    void manyDistinctCategoriesAndLicencesAreEachKeptAsSent() {
        // More distinct short texts than the parser keeps for reuse, each sent again later: reuse must never hand
        // one item another's text.
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel><title>t</title>");
        int items = 1500;
        for (int i = 0; i < items; i++) {
            xml.append("<item><title>x</title><guid>oai:arXiv.org:2411.").append(10000 + i).append("v1</guid>")
                    .append("<category>c").append(i % 700).append("</category><category>cs.AI</category>")
                    .append("<category> c").append((i * 7) % 701).append(" </category>")
                    .append("<dc:rights>http://licence/").append(i % 3).append("</dc:rights>")
                    .append("<pubDate>Thu, 28 Nov 2024 00:00:00 -0500</pubDate></item>");
        }
        xml.append("</channel></rss>");
        ArxivRssFeed feed = ArxivRssParser.parse(
                new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), SOURCE, URI.create("http://h/"));
        assertThat(feed.papers()).hasSize(items);
        for (int i = 0; i < items; i++) {
            Paper p = feed.papers().get(i);
            List<String> expected = new java.util.ArrayList<>(List.of("c" + i % 700, "cs.AI", "c" + (i * 7) % 701));
            if (expected.get(2).equals(expected.get(0))) {
                expected.remove(2); // a paper lists a category once
            }
            assertThat(p.categories()).as("item %d", i + 1).isEqualTo(expected);
            assertThat(p.license()).isEqualTo("http://licence/" + i % 3);
        }
    }
}
