package io.academichub.testing;

import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceReport;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract's checks fail for adapters that break it, naming what is wrong. */
class SourceContractSelfTest {

    /** A contract over a source serving {@code papers} with a report made by {@code report}. */
    private static SourceContract contractFor(String id, List<Paper> papers, Function<List<Paper>, SourceReport> report,
                                              int expected) {
        return new SourceContract() {
            @Override
            public Source source() {
                return new Source() {
                    @Override
                    public String id() {
                        return id;
                    }

                    @Override
                    public FetchResult fetch(FetchRequest request) {
                        return new FetchResult(papers, report.apply(papers));
                    }
                };
            }

            @Override
            public int expectedPaperCount() {
                return expected;
            }

            @Override
            public Map<PaperId, String> knownPrimaryCategories() {
                return Map.of(PaperId.parse("2606.20005"), "cs.AI");
            }
        };
    }

    private static SourceContract serving(Paper... papers) {
        return contractFor("dirty", List.of(papers), ps -> SourceReport.ok("dirty", ps.size(), ps.size(), List.of()),
                papers.length);
    }

    private static Paper.Builder paper() {
        return SamplePapers.minimalArxiv("2606.20005").categories(List.of("cs.AI"));
    }

    @Test
    void paddedTitleIsCaught() {
        assertThatThrownBy(serving(paper().title(" StreamKL ").build())::textIsClean)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("arxiv:2606.20005 title is not folded: ' StreamKL '");
    }

    @Test
    void texAccentInAnAuthorIsCaught() {
        assertThatThrownBy(serving(paper().authors(List.of(Author.of("Jos\\'e Pérez"))).build())::textIsClean)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("arxiv:2606.20005 author 'Jos\\'e Pérez' has TeX left");
    }

    @Test
    void feedPrefixAndEntitiesAreCaught() {
        Paper p = paper().title("A &amp; B")
                .abstractText("arXiv:2606.20005v1 Announce Type: new Abstract: We study").build();

        assertThatThrownBy(serving(p)::textIsClean)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("arxiv:2606.20005 title has an HTML entity: 'A &amp; B'")
                .hasMessageContaining("arxiv:2606.20005 abstract keeps a feed prefix");
    }

    @Test
    void unfoldedAbstractIsCaught() {
        assertThatThrownBy(serving(paper().abstractText("two\nlines").build())::textIsClean)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("arxiv:2606.20005 abstract is not folded");
    }

    @Test
    void reportUnderAnotherIdIsCaught() {
        SourceContract c = contractFor("arxiv:cs.AI", List.of(paper().build()),
                ps -> SourceReport.ok("arxiv", 1, 1, List.of()), 1);

        assertThatThrownBy(c::reportIsUnderTheSourceIdAndSucceeds)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("report's sourceId");
    }

    @Test
    void receivedNotMatchingThePapersIsCaught() {
        SourceContract c = contractFor("s", List.of(paper().build()), ps -> SourceReport.ok("s", 2, 2, List.of()), 1);

        assertThatThrownBy(c::receivedEqualsThePapersDelivered)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("report's received");
    }

    @Test
    void aWrongCountIsCaught() {
        SourceContract c = contractFor("s", List.of(paper().build()), ps -> SourceReport.ok("s", 1, 1, List.of()), 3);

        assertThatThrownBy(c::receivedEqualsThePapersDelivered).isInstanceOf(AssertionError.class)
                .hasMessageContaining("[papers]");
    }

    @Test
    void aWrongPrimaryCategoryIsCaught() {
        assertThatThrownBy(serving(paper().categories(List.of("cs.LG", "cs.AI")).build())::categoriesArePlainWithThePrimaryFirst)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("arxiv:2606.20005 primary category (categories [cs.LG, cs.AI])");
    }

    @Test
    void subjectNamesAndMeshHeadingsAreCategories() {
        serving(paper().categories(List.of("cs.AI", "animal behavior and cognition", "Aged, 80 and over")).build())
                .categoriesArePlainWithThePrimaryFirst();
    }

    @Test
    void aCommaJoinedCodeListOrUnfoldedWhiteSpaceIsCaught() {
        assertThatThrownBy(serving(paper().categories(List.of("cs.AI,cs.LG")).build())::categoriesArePlainWithThePrimaryFirst)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("arxiv:2606.20005 category 'cs.AI,cs.LG'");
        assertThatThrownBy(serving(paper().categories(List.of("cs.AI", "Molecular  Biology")).build())::categoriesArePlainWithThePrimaryFirst)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("arxiv:2606.20005 category 'Molecular  Biology'");
    }

    @Test
    void anUnsplitCategoryListIsCaught() {
        assertThatThrownBy(serving(paper().categories(List.of("cs.AI cs.LG")).build())::categoriesArePlainWithThePrimaryFirst)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("arxiv:2606.20005 category 'cs.AI cs.LG'");
    }

    @Test
    void duplicatesAreCaught() {
        assertThatThrownBy(serving(paper().build(), paper().version(2).build())::eachPaperOnce)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("arxiv:2606.20005 delivered twice in one fetch");
    }

    @Test
    void ignoringTheLimitIsCaught() {
        SourceContract c = serving(paper().build(), SamplePapers.minimalArxiv("2606.20006").build());

        assertThatThrownBy(c::theLimitIsHonoured).isInstanceOf(AssertionError.class)
                .hasMessageContaining("papers with limit 1");
    }

    @Test
    void relativeLinksAreCaught() {
        assertThatThrownBy(serving(paper().pdfUrl(URI.create("/pdf/2606.20005")).build())::linksAreAbsoluteHttp)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("arxiv:2606.20005 pdfUrl is absolute: /pdf/2606.20005");
    }

    @Test
    void anUnstableIdIsCaught() {
        AtomicInteger calls = new AtomicInteger();
        SourceContract c = new SourceContract() {
            @Override
            public Source source() {
                return new Source() {
                    @Override
                    public String id() {
                        return "s" + calls.incrementAndGet();
                    }

                    @Override
                    public FetchResult fetch(FetchRequest request) {
                        return new FetchResult(List.of(), SourceReport.ok(id(), 0, 0, List.of()));
                    }
                };
            }

            @Override
            public int expectedPaperCount() {
                return 0;
            }
        };

        assertThatThrownBy(c::idIsNonBlankAndStable).isInstanceOf(AssertionError.class)
                .hasMessageContaining("id() called again");
    }

    @Test
    void aFailedFetchIsCaught() {
        SourceContract c = contractFor("s", List.of(), ps -> SourceReport.failed("s", -1, 0, List.of(),
                new io.academichub.error.SourceUnavailableException("s", URI.create("http://x.test/"), 503, "HTTP 503", null)), 0);

        assertThatThrownBy(c::reportIsUnderTheSourceIdAndSucceeds).isInstanceOf(AssertionError.class)
                .hasMessageContaining("status of s FAILED: HTTP 503 (http://x.test/)");
    }
}
