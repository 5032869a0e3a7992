package io.academichub.testing;

import io.academichub.json.PaperJson;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceReport;
import io.academichub.source.Status;
import io.academichub.text.CleanText;
import io.academichub.text.TexAccents;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link Source} adapter keeps, as JUnit 5 tests an adapter's test class inherits by
 * implementing this interface (as JabRef's fetcher capability tests do). The test provides a source wired to a
 * recorded response (WireMock, a fixture) and says how many papers that response holds; the contract checks the
 * rest: ids, the report, clean text, categories, URLs, the limit and the Paper JSON round trip.
 *
 * <pre>{@code
 * class ArxivRssSourceTest implements SourceContract {
 *     @RegisterExtension static WireMockExtension wm = WireMockExtension.newInstance().build();
 *
 *     @BeforeEach void stub() { wm.stubFor(get("/rss/cs.AI").willReturn(ok(fixture("cs.AI.xml")))); }
 *
 *     public Source source() { return new ArxivRssProvider().create(config(wm.baseUrl())); }
 *     public int expectedPaperCount() { return 3; }
 *     public Map<PaperId, String> knownPrimaryCategories() { return Map.of(PaperId.parse("2604.21999"), "cs.AI"); }
 * }
 * }</pre>
 *
 * Each check fetches anew through {@link #source()}, so a test's per-test set-up applies to each.
 */
public interface SourceContract {

    /** The source under test, ready to fetch from its recorded response. */
    Source source();

    /** How many papers a fetch with {@link #request()} returns from the recorded response: an exact number. */
    int expectedPaperCount();

    /** The request the checks fetch with; by default {@link FetchRequest#latest()}. */
    default FetchRequest request() {
        return FetchRequest.latest();
    }

    /**
     * Papers of the recorded response with their primary category, as the response says it; each must be among
     * the fetched papers with that category first. Empty by default, for sources without categories.
     */
    default Map<PaperId, String> knownPrimaryCategories() {
        return Map.of();
    }

    /** Fetches with {@link #request()} from a fresh {@link #source()}. */
    default FetchResult fetchOnce() {
        Source source = source();
        FetchResult result = source.fetch(request());
        assertThat(result).as("%s.fetch(%s)", source.getClass().getName(), request()).isNotNull();
        return result;
    }

    /** {@code id()} is non-blank, stripped, and the same on every call, on a second instance and after a fetch. */
    @Test
    default void idIsNonBlankAndStable() {
        Source source = source();
        String id = source.id();

        assertThat(id).as("id()").isNotNull().isNotBlank().isEqualTo(id.strip());
        assertThat(source.id()).as("id() called again").isEqualTo(id);
        assertThat(source().id()).as("id() of a second source made the same way").isEqualTo(id);
        source.fetch(request());
        assertThat(source.id()).as("id() after a fetch").isEqualTo(id);
    }

    /** The report carries the source's id, a success status and no error; no announcement means no papers. */
    @Test
    default void reportIsUnderTheSourceIdAndSucceeds() {
        Source source = source();
        FetchResult result = source.fetch(request());

        assertThat(result).as("fetch result").isNotNull();
        SourceReport report = result.report();
        assertThat(report.sourceId()).as("report's sourceId").isEqualTo(source.id());
        assertThat(report.status().isSuccess()).as("status of %s", report.summary()).isTrue();
        assertThat(report.error()).as("error of a successful fetch").isNull();
        if (report.status() == Status.NO_ANNOUNCEMENT) {
            assertThat(result.papers()).as("papers when there is no announcement").isEmpty();
        }
    }

    /**
     * Exactly {@link #expectedPaperCount()} papers; the report's {@code received} counts them and its
     * {@code expected}, when known, is not below it.
     */
    @Test
    default void receivedEqualsThePapersDelivered() {
        FetchResult result = fetchOnce();
        SourceReport report = result.report();

        assertThat(result.papers()).as("papers").hasSize(expectedPaperCount());
        assertThat(report.received()).as("report's received (%s)", report.summary()).isEqualTo(result.papers().size());
        if (report.expected() != SourceReport.UNKNOWN) {
            assertThat(report.expected()).as("report's expected (%s)", report.summary())
                    .isGreaterThanOrEqualTo(report.received());
        }
    }

    /** No paper twice in one fetch: a source merges its own duplicates. */
    @Test
    default void eachPaperOnce() {
        Set<PaperId> seen = new HashSet<>();
        for (Paper p : fetchOnce().papers()) {
            assertThat(seen.add(p.id())).as("%s delivered twice in one fetch", p.id()).isTrue();
        }
    }

    /**
     * Title, abstract, names, affiliations and journal reference are clean text: white space folded, entities
     * decoded, no feed prefix in the abstract, no TeX left in author names.
     */
    @Test
    default void textIsClean() {
        List<Paper> papers = fetchOnce().papers();
        SoftAssertions softly = new SoftAssertions();
        for (Paper p : papers) {
            checkClean(softly, p.id() + " title", p.title());
            softly.assertThat(p.title()).as("%s title", p.id()).isNotBlank();
            checkClean(softly, p.id() + " abstract", p.abstractText());
            softly.assertThat(p.abstractText()).as("%s abstract keeps a feed prefix", p.id())
                    .doesNotContain("Announce Type:").doesNotStartWith("arXiv:").doesNotStartWith("Abstract:");
            for (Author a : p.authors()) {
                checkClean(softly, p.id() + " author", a.name());
                softly.assertThat(a.name()).as("%s author '%s' has TeX left", p.id(), a.name())
                        .isEqualTo(TexAccents.toUnicode(a.name()))
                        .doesNotContain("\\", "{", "}");
                softly.assertThat(a.name()).as("%s author '%s' looks like a list", p.id(), a.name())
                        .doesNotEndWith(",").doesNotStartWith("and ");
                if (a.affiliation() != null) {
                    checkClean(softly, p.id() + " affiliation", a.affiliation());
                }
            }
            if (p.journalRef() != null) {
                checkClean(softly, p.id() + " journalRef", p.journalRef());
            }
        }
        softly.assertAll();
    }

    private static void checkClean(SoftAssertions softly, String what, String text) {
        softly.assertThat(text).as("%s is not folded: '%s'", what, text).isEqualTo(CleanText.foldWhitespace(text));
        // an entity left in means the text was not decoded (&amp; in a title)
        boolean entity = Pattern.compile("&(?:amp|lt|gt|quot|apos|nbsp|#\\d+|#x[0-9a-fA-F]+);").matcher(text).find();
        softly.assertThat(entity).as("%s has an HTML entity: '%s'", what, text).isFalse();
    }

    /**
     * Each category is one clean name — an arXiv code ({@code cs.AI}), a server's subject ({@code animal behavior and
     * cognition}), a MeSH heading ({@code Aged, 80 and over}) — not a list joined into one string; the known primary
     * categories come first.
     */
    @Test
    default void categoriesArePlainWithThePrimaryFirst() {
        List<Paper> papers = fetchOnce().papers();
        SoftAssertions softly = new SoftAssertions();
        for (Paper p : papers) {
            for (String c : p.categories()) {
                softly.assertThat(c).as("%s category '%s'", p.id(), c).isNotBlank()
                        .isEqualTo(CleanText.foldWhitespace(c)).doesNotContain(";", "|");
                // Two arXiv-style codes in one category are a list that was not split ("cs.AI cs.LG", "cs.AI,cs.LG").
                softly.assertThat(c.split("[\\s,]+")).as("%s category '%s'", p.id(), c)
                        .filteredOn(token -> token.matches("[a-z-]+\\.[A-Za-z-]+")).hasSizeLessThanOrEqualTo(1);
            }
            softly.assertThat(p.primaryCategory()).as("%s primary category", p.id())
                    .isEqualTo(p.categories().isEmpty() ? null : p.categories().get(0));
        }
        for (Map.Entry<PaperId, String> known : knownPrimaryCategories().entrySet()) {
            Paper p = papers.stream().filter(x -> x.id().equals(known.getKey())).findFirst().orElse(null);
            softly.assertThat(p).as("paper %s of knownPrimaryCategories()", known.getKey()).isNotNull();
            if (p != null) {
                softly.assertThat(p.primaryCategory()).as("%s primary category (categories %s)", p.id(), p.categories())
                        .isEqualTo(known.getValue());
            }
        }
        softly.assertAll();
    }

    /** Landing page and PDF links are absolute http(s) URLs. */
    @Test
    default void linksAreAbsoluteHttp() {
        SoftAssertions softly = new SoftAssertions();
        for (Paper p : fetchOnce().papers()) {
            checkHttp(softly, p.id() + " url", p.url());
            if (p.pdfUrl() != null) {
                checkHttp(softly, p.id() + " pdfUrl", p.pdfUrl());
            }
        }
        softly.assertAll();
    }

    private static void checkHttp(SoftAssertions softly, String what, URI uri) {
        softly.assertThat(uri.isAbsolute() && uri.getHost() != null).as("%s is absolute: %s", what, uri).isTrue();
        softly.assertThat(uri.getScheme()).as("%s scheme: %s", what, uri).isIn("http", "https");
    }

    /** A request with limit 1 gives at most one paper (exactly one when the response has any). */
    @Test
    default void theLimitIsHonoured() {
        Source source = source();
        FetchResult result = source.fetch(request().withLimit(1));

        assertThat(result.papers()).as("papers with limit 1").hasSizeLessThanOrEqualTo(1);
        assertThat(result.report().received()).as("received with limit 1").isEqualTo(result.papers().size());
        if (expectedPaperCount() > 0) {
            assertThat(result.papers()).as("papers with limit 1").hasSize(1);
        }
    }

    /** Every paper is written and read back by {@link PaperJson} unchanged. */
    @Test
    default void papersSurviveTheJsonRoundTrip() {
        for (Paper p : fetchOnce().papers()) {
            assertThat(PaperJson.fromJson(PaperJson.toJson(p))).as("%s after write and read", p.id()).isEqualTo(p);
        }
    }
}
