package io.academichub.sources.pubmed;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.academichub.sources.pubmed.PubmedFixtures.CONSTRUCTED;
import static io.academichub.sources.pubmed.PubmedFixtures.EFETCH_27797938;
import static io.academichub.sources.pubmed.PubmedFixtures.ESEARCH_BASIC;
import static io.academichub.sources.pubmed.PubmedFixtures.ESEARCH_HISTORY;
import static io.academichub.sources.pubmed.PubmedFixtures.stream;
import static io.academichub.sources.pubmed.PubmedFixtures.streamOf;
import static io.academichub.sources.pubmed.PubmedFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PubmedParserTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SOURCE = "pubmed:test";
    private static final URI EFETCH = URI.create("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=pubmed");
    private static final URI ESEARCH = URI.create("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed");

    private static Paper only(Page set) {
        assertThat(set.papers()).hasSize(1);
        return set.papers().get(0);
    }

    @Test
    void realArticleMapsEveryField() {
        Page set = PubmedParser.parseArticles(stream(EFETCH_27797938), SOURCE, EFETCH);
        Paper p = only(set);

        assertThat(set.warnings()).isEmpty();
        assertThat(p.id()).isEqualTo(PaperId.pmid("27797938"));
        assertThat(p.source()).isEqualTo("pubmed");
        // <i>TERT</i> flattened to its text; PubMed's trailing period kept
        assertThat(p.title()).isEqualTo(
                "Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.");
        assertThat(p.doi()).isEqualTo("10.1136/gutjnl-2016-312510");
        assertThat(p.sameAs()).containsExactly(PaperId.doi("10.1136/gutjnl-2016-312510"), new PaperId("pmc", "PMC5442267"));
        assertThat(p.journalRef()).isEqualTo("Gut 2017;66(6):1116-1122");
        // ArticleDate (Electronic) 2016-10-21 wins over the PubDate 2017 Jun
        assertThat(p.published()).isEqualTo(LocalDate.of(2016, 10, 21));
        assertThat(p.updated()).isEqualTo(Instant.parse("2018-04-17T00:00:00Z")); // DateRevised
        assertThat(p.url()).isEqualTo(URI.create("https://pubmed.ncbi.nlm.nih.gov/27797938/"));
        assertThat(p.pdfUrl()).isNull();
        assertThat(p.type()).isEqualTo(Paper.ARTICLE); // Journal Article, Observational Study, Research Support …
        assertThat(p.version()).isEqualTo(1);
    }

    @Test
    void realArticleHasTwentyTwoAuthorsWithTheFirstAffiliationEach() {
        Paper p = only(PubmedParser.parseArticles(stream(EFETCH_27797938), SOURCE, EFETCH));

        assertThat(p.authors()).extracting(Author::name).containsExactly(
                "Ying Bao", "Jennifer Prescott", "Chen Yuan", "Mingfeng Zhang", "Peter Kraft", "Ana Babic",
                "Vicente Morales-Oyarvide", "Zhi Rong Qian", "Julie E Buring", "Barbara B Cochrane",
                "J Michael Gaziano", "Edward L Giovannucci", "JoAnn E Manson", "Kimmie Ng", "Shuji Ogino",
                "Thomas E Rohan", "Howard D Sesso", "Meir J Stampfer", "Charles S Fuchs", "Immaculata De Vivo",
                "Laufey T Amundadottir", "Brian M Wolpin");
        assertThat(p.authors().get(0)).isEqualTo(new Author("Ying Bao", "Channing Division of Network Medicine, "
                + "Department of Medicine, Brigham and Women's Hospital, and Harvard Medical School, Boston, "
                + "Massachusetts, USA.", null));
        // Chen Yuan has two AffiliationInfo elements: the first is kept
        assertThat(p.authors().get(2).affiliation()).isEqualTo(
                "Department of Epidemiology, Harvard T.H. Chan School of Public Health, Boston, Massachusetts, USA.");
        assertThat(p.authors().get(21).affiliation()).isEqualTo(
                "Department of Medical Oncology, Dana-Farber Cancer Institute, Boston, Massachusetts, USA.");
        assertThat(p.authors()).extracting(Author::orcid).containsOnlyNulls();
    }

    @Test
    void realArticleMeshHeadingsAreCategoriesWithTheMajorTopicsFirst() {
        Paper p = only(PubmedParser.parseArticles(stream(EFETCH_27797938), SOURCE, EFETCH));

        // Major: Adenocarcinoma, Pancreatic Neoplasms, Telomerase (by a major qualifier), Telomere Shortening (descriptor)
        assertThat(p.categories()).containsExactly(
                "Adenocarcinoma", "Pancreatic Neoplasms", "Telomerase", "Telomere Shortening",
                "Adult", "Aged", "Aged, 80 and over", "Alleles", "Case-Control Studies", "Female", "Follow-Up Studies",
                "Humans", "Leukocytes", "Male", "Middle Aged", "Odds Ratio", "Polymorphism, Single Nucleotide",
                "Prospective Studies", "Randomized Controlled Trials as Topic", "Risk Factors", "United States");
        assertThat(p.primaryCategory()).isEqualTo("Adenocarcinoma");
    }

    @Test
    void realStructuredAbstractKeepsItsFourLabelsInOrder() {
        String a = only(PubmedParser.parseArticles(stream(EFETCH_27797938), SOURCE, EFETCH)).abstractText();

        assertThat(a).startsWith("OBJECTIVE: Telomere shortening occurs as an early event in pancreatic tumorigenesis, "
                + "and genetic variants at the telomerase reverse transcriptase (TERT) gene region");
        assertThat(a).contains("risk of pancreatic cancer. DESIGN: We measured prediagnostic leucocyte telomere length "
                + "in 386 pancreatic cancer cases");
        assertThat(a).contains(" RESULTS: Shorter prediagnostic leucocyte telomere length");
        // <sub>trend</sub>, <sup>2</sup> and &lt; become plain text
        assertThat(a).contains("95% CI 1.07 to 2.78; ptrend=0.048)", "(linkage disequilibrium r²<0.25)");
        assertThat(a).endsWith(" CONCLUSIONS: Prediagnostic leucocyte telomere length and genetic variants at the TERT "
                + "gene region were associated with risk of pancreatic cancer.");
        // CopyrightInformation is not abstract
        assertThat(a).doesNotContain("BMJ Publishing Group");
    }

    @Test
    void constructedStructuredAbstractJoinsLabelledPartsWithOneSpace() {
        Page set = PubmedParser.parseArticles(stream(CONSTRUCTED), SOURCE, EFETCH);
        Paper review = set.papers().get(0);

        assertThat(review.abstractText()).isEqualTo("BACKGROUND: Telomeres shorten with age. METHODS: We pooled n=12 "
                + "cohorts. RESULTS: OR 1.72; p<0.05. CONCLUSIONS: Length matters.");
        assertThat(review.title()).isEqualTo("Serum CO₂ and r² of TERT variants: a review.");
    }

    @Test
    void constructedArticlesCoverDatesAuthorsIdsAndTypes() {
        Page set = PubmedParser.parseArticles(stream(CONSTRUCTED), SOURCE, EFETCH);
        assertThat(set.papers()).extracting(p -> p.id().value()).containsExactly("99000001", "99000002");
        Paper review = set.papers().get(0);
        Paper preprint = set.papers().get(1);

        // MedlineDate "2016 Nov-Dec": its first month
        assertThat(review.published()).isEqualTo(LocalDate.of(2016, 11, 1));
        assertThat(review.updated()).isNull();
        assertThat(review.type()).isEqualTo("review"); // Journal Article + Review
        assertThat(review.journalRef()).isEqualTo("J Constr Ex 2016;12(4):e101");
        assertThat(review.categories()).containsExactly("J Constr Ex"); // no MeSH: the journal
        // the ELocationID DOI (the id list has none), lower-cased; the cited work's DOI is not taken
        assertThat(review.doi()).isEqualTo("10.9999/constructed.2016.101");
        assertThat(review.sameAs()).containsExactly(PaperId.doi("10.9999/constructed.2016.101"),
                new PaperId("pmc", "PMC9900001"));
        // ValidYN="N" is left out; the suffix follows the name; ORCID without its URL; the group by its name
        assertThat(review.authors()).containsExactly(
                new Author("José María Pérez Jr", "Department One, Example University, Madrid, Spain.",
                        "0000-0002-1825-009X"),
                new Author("Constructed Telomere Consortium", null, null));

        assertThat(preprint.published()).isEqualTo(LocalDate.of(2024, 6, 1)); // Year 2024, Month "Jun"
        assertThat(preprint.type()).isEqualTo(Paper.PREPRINT);
        assertThat(preprint.abstractText()).isEmpty();
        assertThat(preprint.doi()).isEqualTo("10.1101/2024.06.01.000002");
        assertThat(preprint.journalRef()).isEqualTo("bioRxiv 2024");
        // initials stand in for the missing ForeName; a 16-digit ORCID gets its hyphens
        assertThat(preprint.authors()).containsExactly(new Author("K Ng", null, "0000-0002-1825-009X"));
    }

    @Test
    void recordsThatCannotBePapersAreSkippedWithAWarningEach() {
        Page set = PubmedParser.parseArticles(stream(CONSTRUCTED), SOURCE, EFETCH);

        assertThat(set.warnings()).containsExactly(
                "skipped PubmedArticle 99000004 at line 121: no ArticleTitle",
                "skipped 1 PubmedBookArticle record: book chapters are not read",
                "skipped 1 deleted citation (DeleteCitation)");
    }

    @Test
    void realEsearchWithHistory() {
        EsearchResult r = PubmedParser.parseSearch(stream(ESEARCH_HISTORY), SOURCE, ESEARCH);

        assertThat(r.count()).isEqualTo(42249);
        assertThat(r.retMax()).isEqualTo(100);
        assertThat(r.retStart()).isZero();
        assertThat(r.webEnv()).isEqualTo("MCID_6927d6e7fee3e90f880ec190");
        assertThat(r.queryKey()).isEqualTo("1");
        assertThat(r.hasHistory()).isTrue();
        assertThat(r.ids()).hasSize(100);
        assertThat(r.ids().get(0)).isEqualTo("41297076");
        assertThat(r.ids().get(99)).isEqualTo("41296368");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void realBasicEsearch() {
        EsearchResult r = PubmedParser.parseSearch(stream(ESEARCH_BASIC), SOURCE, ESEARCH);

        assertThat(r.count()).isEqualTo(63);
        assertThat(r.retMax()).isEqualTo(20);
        assertThat(r.ids()).hasSize(20).startsWith("41282813", "41148224").endsWith("37810457");
        assertThat(r.webEnv()).isNull();
        assertThat(r.queryKey()).isNull();
        assertThat(r.hasHistory()).isFalse();
    }

    // The shape NCBI documented for a search that cannot run (utilities-announce, May 2004).
    private static final String ESEARCH_ERROR = """
            <?xml version="1.0"?>
            <!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD eSearchResult, 11 May 2002//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">
            <eSearchResult>
            \t<ERROR>Can't run executor</ERROR>
            \t<ErrorList>
            \t\t<PhraseNotFound>ddddcccc</PhraseNotFound>
            \t</ErrorList>
            \t<WarningList>
            \t\t<OutputMessage>No items found.</OutputMessage>
            \t</WarningList>
            </eSearchResult>
            """;

    @Test
    void esearchErrorIsARejectionQuotingNcbi() {
        assertThatThrownBy(() -> PubmedParser.parseSearch(streamOf(ESEARCH_ERROR), SOURCE, ESEARCH))
                .isInstanceOfSatisfying(SourceRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.detail()).isEqualTo(
                            "esearch error: Can't run executor (PhraseNotFound: ddddcccc; No items found.)");
                    assertThat(e.sourceId()).isEqualTo(SOURCE);
                    assertThat(e.uri()).isEqualTo(ESEARCH);
                });
    }

    @Test
    void phraseNotFoundWithoutAnErrorIsAnEmptyResultWithWarnings() {
        String xml = ESEARCH_ERROR.replace("<ERROR>Can't run executor</ERROR>",
                "<Count>0</Count><RetMax>0</RetMax><RetStart>0</RetStart><IdList></IdList>");

        EsearchResult r = PubmedParser.parseSearch(streamOf(xml), SOURCE, ESEARCH);

        assertThat(r.count()).isZero();
        assertThat(r.ids()).isEmpty();
        assertThat(r.warnings()).containsExactly("PhraseNotFound: ddddcccc", "No items found.");
    }

    @Test
    void efetchErrorDocumentIsUnavailableQuotingNcbi() {
        // As NCBI sent it with status 200 (manubot/manubot#374)
        String xml = """
                <?xml version="1.0" encoding="UTF-8" ?>
                <!DOCTYPE eEfetchResult PUBLIC "-//NLM//DTD efetch 20131226//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20131226/efetch.dtd">
                <eFetchResult>
                \t<ERROR> Error: External viewer error: Empty Response. Bytes read: 0 Status: Timeout</ERROR>
                </eFetchResult>
                """;

        assertThatThrownBy(() -> PubmedParser.parseArticles(streamOf(xml), SOURCE, EFETCH))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.detail()).isEqualTo(
                            "efetch error: Error: External viewer error: Empty Response. Bytes read: 0 Status: Timeout");
                });
    }

    @Test
    void anotherDocumentIsAFormatError() {
        assertThatThrownBy(() -> PubmedParser.parseArticles(stream(ESEARCH_BASIC), SOURCE, EFETCH))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> assertThat(e.detail()).isEqualTo(
                        "not a PubMed efetch response: the root element is <eSearchResult>, expected <PubmedArticleSet>"
                                + " at line 3, column 1"));
        assertThatThrownBy(() -> PubmedParser.parseSearch(streamOf("<eSearchResult><RetMax>0</RetMax></eSearchResult>"),
                SOURCE, ESEARCH))
                .isInstanceOfSatisfying(FeedFormatException.class,
                        e -> assertThat(e.detail()).startsWith("esearch response has no <Count>"));
    }

    @Test
    void theExternalDtdIsNeverRequested() {
        wm.stubFor(get(anyUrl()).willReturn(ok("<!ENTITY injected \"FROM-THE-DTD\">")));
        String dtd = wm.baseUrl() + "/ncbi/pubmed/out/pubmed_180101.dtd";
        String real = text(EFETCH_27797938);
        String pointed = real.replace("https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_180101.dtd", dtd);
        assertThat(pointed).isNotEqualTo(real).contains(dtd);

        Paper p = only(PubmedParser.parseArticles(streamOf(pointed), SOURCE, EFETCH));
        EsearchResult r = PubmedParser.parseSearch(streamOf(text(ESEARCH_BASIC)
                .replace("https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd", wm.baseUrl() + "/esearch.dtd")),
                SOURCE, ESEARCH);

        assertThat(p.id().value()).isEqualTo("27797938");
        assertThat(r.count()).isEqualTo(63);
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void anInternalSubsetIsRefusedBeforeAnyEntityIsResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-XXE");
        wm.stubFor(get(anyUrl()).willReturn(ok("TOP-SECRET-OVER-HTTP")));
        String fileEntity = "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n" + articleWithTitle("&xxe;");
        String httpEntity = "<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM \"" + wm.baseUrl() + "/secret\">]>"
                + articleWithTitle("&xxe;");
        String parameterEntity = "<!DOCTYPE eSearchResult [<!ENTITY % p SYSTEM \"" + wm.baseUrl() + "/p.dtd\"> %p;]>"
                + "<eSearchResult><Count>1</Count></eSearchResult>";
        String laughs = "<!DOCTYPE PubmedArticleSet [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + articleWithTitle("&b;");

        for (String xml : List.of(fileEntity, httpEntity, laughs)) {
            assertThatThrownBy(() -> PubmedParser.parseArticles(streamOf(xml), SOURCE, EFETCH))
                    .isInstanceOfSatisfying(FeedFormatException.class, e -> assertThat(e.detail())
                            .startsWith("refused a DOCTYPE with an internal subset"))
                    .hasMessageNotContaining("TOP-SECRET").hasMessageNotContaining("lollol");
        }
        assertThatThrownBy(() -> PubmedParser.parseSearch(streamOf(parameterEntity), SOURCE, ESEARCH))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> assertThat(e.detail())
                        .startsWith("refused a DOCTYPE with an internal subset"));
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    /** The real article with its title replaced, in a set of its own. */
    private static String articleWithTitle(String title) {
        String article = PubmedFixtures.articles(EFETCH_27797938).get(0);
        return "<PubmedArticleSet>" + article.replaceFirst("<ArticleTitle>.*</ArticleTitle>",
                "<ArticleTitle>" + title + "</ArticleTitle>") + "</PubmedArticleSet>";
    }

    @Test
    void orcidIsTheBareIdInAnyOfItsWrittenForms() {
        assertThat(PubmedArticleReader.orcid("0000-0002-1825-0097")).isEqualTo("0000-0002-1825-0097");
        assertThat(PubmedArticleReader.orcid("http://orcid.org/0000-0002-1825-0097")).isEqualTo("0000-0002-1825-0097");
        assertThat(PubmedArticleReader.orcid("https://www.orcid.org/000000021825009X")).isEqualTo("0000-0002-1825-009X");
        assertThat(PubmedArticleReader.orcid("not an orcid")).isNull();
    }

    @Test
    void pubDatesInEveryFormPubmedWrites() {
        assertThat(date(null, null, null, null, "1998 Dec-1999 Jan")).isEqualTo(LocalDate.of(1998, 12, 1));
        assertThat(date(null, null, null, null, "2012 Jan 5-11")).isEqualTo(LocalDate.of(2012, 1, 5));
        assertThat(date(null, null, null, null, "2000 Spring")).isEqualTo(LocalDate.of(2000, 3, 1));
        assertThat(date(null, null, null, null, "2001")).isEqualTo(LocalDate.of(2001, 1, 1));
        assertThat(date("2019", null, null, "Winter", null)).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(date("2017", "06", null, null, null)).isEqualTo(LocalDate.of(2017, 6, 1));
        assertThat(date("2017", "Feb", "30", null, null)).isEqualTo(LocalDate.of(2017, 2, 1));
        assertThat(date("2017", "Sep", "9", null, null)).isEqualTo(LocalDate.of(2017, 9, 9));
        assertThat(date(null, null, null, null, "Spring 2000")).isNull();
    }

    private static LocalDate date(String year, String month, String day, String season, String medlineDate) {
        return new PubmedRecord.DateParts(year, month, day, season, medlineDate).firstDay();
    }
}
