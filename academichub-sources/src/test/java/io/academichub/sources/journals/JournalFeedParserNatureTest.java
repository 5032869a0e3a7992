package io.academichub.sources.journals;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * {@link JournalFeedParser} on Nature's recorded RSS 1.0 feed of 2024-08-20: 75 items (27 research {@code s41586},
 * 48 news {@code d41586}), one {@code dc:creator} element per author, HTML in CDATA titles.
 */
class JournalFeedParserNatureTest {

    private static final URI URL = URI.create(JournalFixtures.NATURE_URL);
    private static JournalFeed feed;
    private static Map<String, Paper> byDoi;

    @BeforeAll
    static void parse() {
        feed = JournalFeedParser.parse(new ByteArrayInputStream(JournalFixtures.bytes(JournalFixtures.NATURE)),
                "nature", URL, "application/rss+xml; charset=UTF-8");
        byDoi = new LinkedHashMap<>();
        for (Paper p : feed.papers()) {
            byDoi.put(p.doi(), p);
        }
    }

    private static Paper paper(String articleNumber) {
        Paper p = byDoi.get("10.1038/" + articleNumber);
        assertThat(p).as("paper 10.1038/%s", articleNumber).isNotNull();
        return p;
    }

    @Test
    void all75ItemsBecomePapersAndTheChannelSaysSo() {
        assertThat(feed.papers()).hasSize(75);
        assertThat(feed.itemCount()).isEqualTo(75);
        assertThat(feed.announcedCount()).isEqualTo(75); // items/rdf:Seq lists 75 rdf:li
        assertThat(feed.expected()).isEqualTo(75);
        assertThat(feed.feedTitle()).isEqualTo("Nature");
        assertThat(feed.feedType()).isEqualTo("rss_1.0");
        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.papers().get(0).id()).isEqualTo(PaperId.doi("10.1038/s41586-024-07956-2"));
        assertThat(feed.papers().get(74).id()).isEqualTo(PaperId.doi("10.1038/d41586-024-02584-2"));
    }

    @Test
    void oneFullResearchPaperFieldByField() {
        Paper p = paper("s41586-024-07795-1");

        assertThat(p.id()).isEqualTo(new PaperId("doi", "10.1038/s41586-024-07795-1"));
        assertThat(p.title()).isEqualTo("Precision spectroscopy on ⁹Be overcomes limitations from nuclear structure");
        assertThat(p.authors()).extracting(Author::name).containsExactly("Stefan Dickopf", "Bastian Sikora",
                "Annabelle Kaiser", "Marius Müller", "Stefan Ulmer", "Vladimir A. Yerokhin", "Zoltán Harman",
                "Christoph H. Keitel", "Andreas Mooser", "Klaus Blaum");
        assertThat(p.authors()).allSatisfy(a -> {
            assertThat(a.affiliation()).isNull();
            assertThat(a.orcid()).isNull();
        });
        assertThat(p.abstractText()).isEqualTo("A high-precision measurement of the shielding effects of multiple "
                + "electrons on the nuclear magnetic moment is made possible by spectroscopy of hydrogen-like 9Be3+, "
                + "which overcomes limitations from the nuclear structure.");
        assertThat(p.source()).isEqualTo("nature");
        assertThat(p.categories()).isEmpty();
        assertThat(p.published()).isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(p.updated()).isNull();
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.announceType()).isEqualTo(AnnounceType.UNKNOWN);
        assertThat(p.doi()).isEqualTo("10.1038/s41586-024-07795-1");
        assertThat(p.journalRef()).isEqualTo("Nature");
        assertThat(p.url()).isEqualTo(URI.create("https://www.nature.com/articles/s41586-024-07795-1"));
        assertThat(p.pdfUrl()).isNull();
        assertThat(p.license()).isNull();
        assertThat(p.sameAs()).isEmpty();
        assertThat(p.type()).isEqualTo(Paper.ARTICLE);
    }

    @Test
    void everyDcCreatorIsAnAuthorIncludingTheItemWith71() {
        Paper wheat = paper("s41586-024-07808-z");
        assertThat(wheat.title()).isEqualTo("Origin and evolution of the bread wheat D genome");
        assertThat(wheat.authors()).hasSize(71);
        assertThat(wheat.authors().get(0).name()).isEqualTo("Emile Cavalet-Giorsa");
        assertThat(wheat.authors().get(1).name()).isEqualTo("Andrea González-Muñoz");
        assertThat(wheat.authors().get(6).name()).isEqualTo("Jesús Quiroz-Chávez");
        assertThat(wheat.authors().get(70).name()).isEqualTo("Simon G. Krattinger");

        assertThat(feed.papers().stream().mapToInt(p -> p.authors().size()).sum()).isEqualTo(totalCreatorsInFile());
        assertThat(feed.papers().stream().mapToInt(p -> p.authors().size()).max()).hasValue(71);
    }

    @Test
    void nonAsciiNamesArriveIntact() {
        assertThat(paper("s41586-024-07920-0").authors().get(1).name()).isEqualTo("João Ferreira Fernandes");
        assertThat(paper("s41586-024-07938-4").authors()).extracting(Author::name).contains("René F. Ketting");
        assertThat(paper("s41586-024-07828-9").authors()).extracting(Author::name).contains("Tomasz Kochańczyk");
        assertThat(paper("s41586-024-07832-z").authors()).extracting(Author::name)
                .contains("Dominic Pühringer", "Kristina Djinović-Carugo");
        assertThat(paper("d41586-024-02646-5").authors()).extracting(Author::name).contains("Nick Petrić Howe");
    }

    @Test
    void theEightItemsWithoutDcCreatorHaveNoAuthors() {
        List<String> noAuthors = feed.papers().stream().filter(p -> p.authors().isEmpty()).map(Paper::doi).toList();
        assertThat(noAuthors).containsExactly("10.1038/d41586-024-02666-1", "10.1038/d41586-024-02655-4",
                "10.1038/d41586-024-02520-4", "10.1038/d41586-024-02652-7", "10.1038/d41586-024-02611-2",
                "10.1038/d41586-024-02610-3", "10.1038/d41586-024-02592-2", "10.1038/d41586-024-02410-9");
    }

    @Test
    void htmlInCdataTitlesBecomesLegibleText() {
        // No subscript g exists, so T<sub>reg</sub> stays plain; the superscript 9 exists.
        assertThat(paper("s41586-024-07956-2").title())
                .isEqualTo("Author Correction: Anti-TIGIT antibody improves PD-L1 blockade through myeloid and Treg cells");
        assertThat(paper("s41586-024-07795-1").title()).startsWith("Precision spectroscopy on ⁹Be ");
        assertThat(byDoi.values()).filteredOn(p -> p.title().startsWith("Field observations of"))
                .extracting(Paper::title).containsExactly("Field observations of Ambula tardus on Planet IN-409");
        assertThat(paper("s41586-024-07920-0").title())
                .isEqualTo("Structure of a fully assembled γδ T-cell antigen receptor");
        assertThat(feed.papers()).allSatisfy(p -> assertThat(p.title()).doesNotContain("<", ">", "&"));
    }

    @Test
    void researchAndNewsAreToldApartByTheArticleNumber() {
        Map<String, Long> types = feed.papers().stream()
                .collect(Collectors.groupingBy(Paper::type, TreeMap::new, Collectors.counting()));
        assertThat(types).containsExactly(entry(Paper.ARTICLE, 27L), entry(Paper.NEWS, 48L));
        assertThat(paper("d41586-024-02710-0").type()).isEqualTo(Paper.NEWS);
        assertThat(paper("d41586-024-02710-0").title())
                .isEqualTo("Are brains rewired for caring during pregnancy? Why the jury’s out");
        assertThat(paper("s41586-024-07808-z").type()).isEqualTo(Paper.ARTICLE);
        assertThat(feed.papers()).allSatisfy(p -> assertThat(p.type())
                .isEqualTo(p.doi().startsWith("10.1038/s41586-") ? Paper.ARTICLE : Paper.NEWS));
    }

    @Test
    void theDoiComesFromPrismDoiAndEqualsDcIdentifier() {
        String xml = new String(JournalFixtures.bytes(JournalFixtures.NATURE), StandardCharsets.UTF_8);
        Matcher item = Pattern.compile("<item rdf:about=\"([^\"]+)\">(.*?)</item>", Pattern.DOTALL).matcher(xml);
        int checked = 0;
        while (item.find()) {
            String prismDoi = field(item.group(2), "prism:doi");
            String dcIdentifier = field(item.group(2), "dc:identifier");
            assertThat(dcIdentifier).isEqualTo("doi:" + prismDoi);
            Paper p = feed.papers().get(checked);
            assertThat(p.doi()).isEqualTo(prismDoi);
            assertThat(p.id()).isEqualTo(PaperId.doi(prismDoi));
            assertThat(p.url()).hasToString(item.group(1));
            checked++;
        }
        assertThat(checked).isEqualTo(75);
    }

    /**
     * {@code published} is {@code dc:date}, the day of online publication, not the day the feed was fetched
     * (2024-08-20): 40 items were published on the 14th. Each item's dc:date agrees with its own "Published online"
     * text and its {@code dc:source}.
     */
    @Test
    void publishedIsTheDcDateOfEachItem() {
        Map<LocalDate, Long> days = feed.papers().stream()
                .collect(Collectors.groupingBy(Paper::published, TreeMap::new, Collectors.counting()));
        assertThat(days).containsExactly(
                entry(LocalDate.of(2024, 8, 14), 40L), entry(LocalDate.of(2024, 8, 15), 7L),
                entry(LocalDate.of(2024, 8, 16), 5L), entry(LocalDate.of(2024, 8, 18), 1L),
                entry(LocalDate.of(2024, 8, 19), 11L), entry(LocalDate.of(2024, 8, 20), 11L));
        assertThat(paper("s41586-024-07956-2").published()).isEqualTo(LocalDate.of(2024, 8, 20));
        assertThat(paper("s41586-024-07808-z").published()).isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(paper("s41586-024-07920-0").published()).isEqualTo(LocalDate.of(2024, 8, 15));
    }

    @Test
    void theAbstractLosesNaturesCitationParagraph() {
        assertThat(paper("d41586-024-02666-1").abstractText()).isEqualTo("The problems of political planning in 80 "
                + "countries, and chemistry’s contributions to archaeology, in this week’s snippets from Nature’s archive.");
        assertThat(paper("s41586-024-07808-z").abstractText()).startsWith("Analysis of 46 newly sequenced or re-sequenced "
                + "Tausch’s goatgrass (Aegilops tauschii) accessions");
        // The correction's teaser only repeats its title: no abstract.
        assertThat(paper("s41586-024-07956-2").abstractText()).isEmpty();
        assertThat(feed.papers()).allSatisfy(p -> assertThat(p.abstractText())
                .doesNotContain("Published online").doesNotContain("doi:").doesNotContain("<"));
        assertThat(feed.papers()).allSatisfy(p -> assertThat(p.journalRef()).isEqualTo("Nature"));
    }

    @Test
    void theThreeArgumentFormAndAnRssIdGiveSourceRss() {
        JournalFeed plain = JournalFeedParser.parse(
                new ByteArrayInputStream(JournalFixtures.bytes(JournalFixtures.NATURE)), "rss:" + URL, URL);
        assertThat(plain.papers()).hasSize(75);
        assertThat(plain.papers()).allSatisfy(p -> assertThat(p.source()).isEqualTo("rss"));
        assertThat(plain.papers().get(3)).isEqualTo(feed.papers().get(3).toBuilder().source("rss").build());
    }

    private static String field(String item, String element) {
        Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(item);
        assertThat(m.find()).as("%s in item", element).isTrue();
        return m.group(1);
    }

    private static int totalCreatorsInFile() {
        String xml = new String(JournalFixtures.bytes(JournalFixtures.NATURE), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<dc:creator>").matcher(xml);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
