package io.academichub.sources.journals;

import io.academichub.error.FeedFormatException;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * "Any feed": {@link JournalFeedParser} on constructed Atom 1.0 and RSS 2.0 feeds (see PROVENANCE.md), and its
 * errors on what is not a feed.
 */
class JournalFeedParserFormatsTest {

    private static final URI ATOM_URL = URI.create("https://journals.plos.org/plosone/feed/atom");
    private static final URI RSS_URL = URI.create("https://www.science.org/action/showFeed?type=etoc&feed=rss&jc=science");

    private static JournalFeed parse(String fixture, String sourceId, URI uri, String contentType) {
        return JournalFeedParser.parse(new ByteArrayInputStream(JournalFixtures.bytes(fixture)), sourceId, uri, contentType);
    }

    private static JournalFeed parse(String xml) {
        return JournalFeedParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "rss:" + RSS_URL,
                RSS_URL, "application/xml");
    }

    @Test
    void anArxivPaperInAnyFeedHasItsArxivIdSoThatItMergesWithTheArxivSources() {
        // the address the recording came from, named in errors only: nothing is fetched
        URI cs = URI.create("https://rss.arxiv.org/rss/cs.AI");
        byte[] bytes = io.academichub.testing.Fixtures.bytes(
                "fixtures/arxiv-rss/rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml");

        JournalFeed feed = JournalFeedParser.parse(new ByteArrayInputStream(bytes), "rss:" + cs, cs,
                "application/rss+xml");

        assertThat(feed.papers()).extracting(Paper::id).containsExactly(PaperId.arxiv("2604.21935"),
                PaperId.arxiv("2604.21936"), PaperId.arxiv("2604.21937"));
        assertThat(feed.papers().get(0).url()).isEqualTo(URI.create("https://arxiv.org/abs/2604.21935"));
        // an arXiv address that names no paper stays a link
        JournalFeed listing = parse("""
                <rss version="2.0"><channel><title>t</title><link>https://example.org/</link>
                <item><title>A listing</title><link>https://arxiv.org/abs/</link><guid>x-1</guid></item>
                </channel></rss>""");
        assertThat(listing.papers()).extracting(Paper::id).containsExactly(new PaperId("url", "https://arxiv.org/abs/"));
    }

    @Test
    void anAtomFeedGivesEveryAuthorTheDoiOfItsIdAndTheUpdatedTime() {
        JournalFeed feed = parse(JournalFixtures.ATOM, "plos-one", ATOM_URL, "application/atom+xml;charset=UTF-8");

        assertThat(feed.feedType()).isEqualTo("atom_1.0");
        assertThat(feed.feedTitle()).isEqualTo("PLOS ONE: New Articles");
        assertThat(feed.itemCount()).isEqualTo(2);
        assertThat(feed.announcedCount()).isEqualTo(-1);
        assertThat(feed.expected()).isEqualTo(2);
        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.papers()).hasSize(2);

        Paper p = feed.papers().get(0);
        assertThat(p.id()).isEqualTo(PaperId.doi("10.1371/journal.pone.0300001"));
        assertThat(p.doi()).isEqualTo("10.1371/journal.pone.0300001");
        assertThat(p.title()).isEqualTo("Warming shifts Daphnia phenology in CO₂-rich lakes");
        assertThat(p.authors()).extracting(Author::name).containsExactly("Åsa Lindqvist", "Kwame Mensah", "Hélène Dubois");
        assertThat(p.abstractText()).isEqualTo("We tracked 12 lakes for 9 years. Spring peaks came 11 days earlier per 1 °C.");
        assertThat(p.categories()).containsExactly("Ecology and environmental sciences", "Limnology");
        assertThat(p.published()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(p.updated()).isEqualTo(Instant.parse("2026-06-18T09:30:00Z"));
        assertThat(p.url()).isEqualTo(URI.create("https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0300001"));
        assertThat(p.source()).isEqualTo("plos-one");
        assertThat(p.journalRef()).isNull();
        assertThat(p.type()).isNull();

        // type="text": the title is taken as it is, a '<' is text; no DOI anywhere: the link is the id.
        Paper q = feed.papers().get(1);
        assertThat(q.title()).isEqualTo("Effect sizes below p < 0.05 & what they hide");
        assertThat(q.id()).isEqualTo(new PaperId("url",
                "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0300002"));
        assertThat(q.doi()).isNull();
        assertThat(q.published()).isEqualTo(LocalDate.of(2026, 6, 16)); // no <published>: the <updated> day
        assertThat(q.abstractText()).isEqualTo("A re-analysis of 200 trials.");
        assertThat(q.authors()).extracting(Author::name).containsExactly("R. A. Fisher-Nguyen");
    }

    @Test
    void anRss2FeedGivesDcCreatorsTypesCategoriesAndThePdf() {
        JournalFeed feed = parse(JournalFixtures.RSS2, "science", RSS_URL, "text/xml; charset=utf-8");

        assertThat(feed.feedType()).isEqualTo("rss_2.0");
        assertThat(feed.feedTitle()).isEqualTo("Science: Table of Contents");
        assertThat(feed.itemCount()).isEqualTo(6);
        assertThat(feed.expected()).isEqualTo(6);
        assertThat(feed.papers()).extracting(Paper::title).containsExactly(
                "A TP53 switch controls regeneration in axolotl limbs", "Science and the public purse",
                "An item without any link", "Q&A: the new NIH director", "In Brief");
        assertThat(feed.warnings()).containsExactly(
                "item 4 (https://www.science.org/doi/10.1126/science.adz0001) repeats doi:10.1126/science.adz0001; dropped");
        // Nothing but a title and a text: known by the feed and its title, its landing page the channel's link.
        Paper bare = feed.papers().get(2);
        assertThat(bare.id().toString()).isEqualTo("feed-item:https://www.science.org/journal/science#bd17d3bde35b0655");
        assertThat(bare.url()).isEqualTo(URI.create("https://www.science.org/journal/science"));

        Paper research = feed.papers().get(0);
        assertThat(research.id()).isEqualTo(PaperId.doi("10.1126/science.adz0001"));
        assertThat(research.authors()).extracting(Author::name).containsExactly("Marta Kowalczyk", "Tomás Ruiz", "Yuki Tanaka");
        assertThat(research.abstractText()).isEqualTo("Limb regeneration needs p53 – briefly.");
        assertThat(research.type()).isEqualTo(Paper.ARTICLE);
        assertThat(research.categories()).containsExactly("Cell biology", "Development");
        assertThat(research.journalRef()).isEqualTo("Science");
        assertThat(research.pdfUrl()).isEqualTo(URI.create("https://www.science.org/doi/pdf/10.1126/science.adz0001"));
        // 22:30 at -05:00 is 03:30 UTC the next day: times are taken in UTC.
        assertThat(research.published()).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(research.source()).isEqualTo("science");

        Paper editorial = feed.papers().get(1);
        assertThat(editorial.id()).isEqualTo(new PaperId("url", "https://www.science.org/content/article/science-and-public-purse"));
        assertThat(editorial.authors()).extracting(Author::name).containsExactly("Holden Thorp");
        assertThat(editorial.type()).isEqualTo("editorial");
        assertThat(editorial.published()).isEqualTo(LocalDate.of(2026, 6, 18)); // from prism:publicationDate

        Paper news = feed.papers().get(3);
        assertThat(news.id()).isEqualTo(PaperId.doi("10.1126/science.adz0005")); // dc:identifier doi.org URL, lower-cased
        assertThat(news.type()).isEqualTo(Paper.NEWS);
        assertThat(news.published()).isEqualTo(LocalDate.of(2026, 6, 17));

        Paper brief = feed.papers().get(4);
        assertThat(brief.published()).isEqualTo(LocalDate.of(2026, 6, 18)); // no date of its own: the channel's
        assertThat(brief.authors()).isEmpty();
        assertThat(brief.type()).isNull();
    }

    @Test
    void anRss1ChannelListingMoreItemsThanItHoldsIsExpectedAtItsWord() {
        String xml = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://example.org/feed"><title>T</title><link>https://example.org/</link>
                    <description>d</description>
                    <items><rdf:Seq><rdf:li rdf:resource="https://example.org/a"/><rdf:li rdf:resource="https://example.org/b"/>
                      <rdf:li rdf:resource="https://example.org/c"/></rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://example.org/a"><title>A</title><link>https://example.org/a</link><dc:date>2026-06-01</dc:date></item>
                  <item rdf:about="https://example.org/b"><title>B</title><link>https://example.org/b</link><dc:date>2026-06-02</dc:date></item>
                </rdf:RDF>
                """;
        JournalFeed feed = parse(xml);
        assertThat(feed.papers()).hasSize(2);
        assertThat(feed.announcedCount()).isEqualTo(3);
        assertThat(feed.expected()).isEqualTo(3);
        assertThat(feed.warnings()).containsExactly("the channel lists 3 items but the feed holds 2");
    }

    @Test
    void malformedXmlIsAFormatErrorNamingSourceUrlLineAndColumn() {
        byte[] nature = JournalFixtures.bytes(JournalFixtures.NATURE);
        byte[] cut = Arrays.copyOf(nature, 5000);
        URI uri = URI.create(JournalFixtures.NATURE_URL);

        FeedFormatException e = catchThrowableOfType(FeedFormatException.class,
                () -> JournalFeedParser.parse(new ByteArrayInputStream(cut), "nature", uri));

        assertThat(e).isNotNull();
        assertThat(e.sourceId()).isEqualTo("nature");
        assertThat(e.uri()).isEqualTo(uri);
        assertThat(e.line()).isEqualTo(85);
        assertThat(e.column()).isEqualTo(28);
        assertThat(e.getMessage()).isEqualTo("nature: malformed XML: Unexpected end of input block in start tag "
                + "at line 85, column 28 (" + uri + ")");
    }

    @Test
    void wellFormedXmlThatIsNoFeedIsAFormatError() {
        FeedFormatException e = catchThrowableOfType(FeedFormatException.class,
                () -> parse("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("rss:" + RSS_URL + ": not a valid RSS or Atom feed: ");
    }

    @Test
    void anHtmlPageIsCalledOneInTheError() {
        String page = "<!DOCTYPE html>\n<html><head><title>Just a moment...</title></head><body></body></html>";
        FeedFormatException e = catchThrowableOfType(FeedFormatException.class,
                () -> JournalFeedParser.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                        "science", RSS_URL, "text/html; charset=UTF-8"));
        assertThat(e).isNotNull();
        assertThat(e.detail()).startsWith("the server sent an HTML page, not a feed (a login page");
    }
}
