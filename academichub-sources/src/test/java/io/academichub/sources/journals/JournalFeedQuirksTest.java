package io.academichub.sources.journals;

import io.academichub.error.FeedFormatException;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What real feeds do that the tidy fixtures do not, and what hostile ones try: constructed cases, one per rule. */
class JournalFeedQuirksTest {

    private static final URI URL = URI.create("https://example.org/feeds/toc.rss");

    private static JournalFeed parse(byte[] bytes) {
        return JournalFeedParser.parse(new ByteArrayInputStream(bytes), "rss:test", URL);
    }

    private static JournalFeed parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static FeedFormatException refused(byte[] bytes) {
        return catchThrowableOfType(FeedFormatException.class, () -> parse(bytes));
    }

    private static String rss(String items) {
        return "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel><title>T</title>"
                + "<link>https://journal.example.org/current</link>" + items + "</channel></rss>";
    }

    @Test
    void highwireBylinesInOneCreatorAreSplitAndTheOldPrismNamespaceIsRead() {
        JournalFeed feed = parse(JournalFixtures.bytes("journal-feeds/biorxiv-subject_highwire_rss1.0_constructed.xml"));

        assertThat(feed.papers()).hasSize(2);
        Paper first = feed.papers().get(0);
        assertThat(first.id().toString()).isEqualTo("doi:10.1101/2026.06.28.701234");
        assertThat(first.authors()).extracting(Author::name)
                .containsExactly("J. Smith", "A. B. Doe", "K.-L. van der Berg", "T. H. Nguyen");
        assertThat(first.journalRef()).isEqualTo("bioRxiv");
        Paper second = feed.papers().get(1);
        assertThat(second.authors()).extracting(Author::name).containsExactly("C. Okafor", "E. Lindqvist");
        assertThat(second.published()).as("prism:publicationDate in the old namespace")
                .isEqualTo(LocalDate.of(2026, 6, 29));
    }

    @Test
    void anItemWithATitleButNoDateIsAPaperWithAnUnknownDateAndRelativeLinksUseTheChannelLink() {
        JournalFeed feed = parse(rss("<item><title>Undated</title><link>/articles/1</link></item>"));

        assertThat(feed.papers()).singleElement().satisfies(p -> {
            assertThat(p.published()).isNull();
            assertThat(p.url()).isEqualTo(URI.create("https://journal.example.org/articles/1"));
        });
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void anItemKnownOnlyByItsGuidIsAPaper() {
        JournalFeed feed = parse(rss("<item><title>By guid</title><guid isPermaLink=\"false\">tag:x,2026:1</guid>"
                + "</item>"));

        assertThat(feed.papers()).singleElement().satisfies(p -> {
            assertThat(p.id().toString()).isEqualTo("guid:tag:x,2026:1");
            assertThat(p.url()).isEqualTo(URI.create("https://journal.example.org/current"));
        });
    }

    @Test
    void namesWrittenWithEmailAddressesDcAuthorItunesAuthorAndContributorsAreRead() {
        JournalFeed rssFeed = parse(rss(
                "<item><title>A</title><link>https://x.org/a</link><author>Jane Doe (jdoe@example.org)</author></item>"
                        + "<item><title>B</title><link>https://x.org/b</link>"
                        + "<itunes:author>Ann Lee &lt;ann@example.org&gt;</itunes:author></item>"
                        + "<item><title>C</title><link>https://x.org/c</link><dc:creator>:</dc:creator></item>"));
        assertThat(rssFeed.papers().get(0).authors()).extracting(Author::name).containsExactly("Jane Doe");
        assertThat(rssFeed.papers().get(1).authors()).extracting(Author::name).containsExactly("Ann Lee");
        assertThat(rssFeed.papers().get(2).authors()).isEmpty();
        assertThat(rssFeed.warnings()).containsExactly("item 3 (https://x.org/c): author ':' dropped: it holds no letter or digit");

        JournalFeed atom = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>E</title>"
                + "<id>https://x.org/e</id><author><name>First Author</name></author>"
                + "<contributor><name>Second Contributor</name></contributor></entry></feed>");
        assertThat(atom.papers().get(0).authors()).extracting(Author::name)
                .containsExactly("First Author", "Second Contributor");
    }

    @Test
    void dcDescriptionAndBase64AtomContentGiveTheAbstract() {
        JournalFeed rssFeed = parse(rss("<item><title>A</title><link>https://x.org/a</link>"
                + "<dc:description>Only in Dublin Core.</dc:description></item>"));
        assertThat(rssFeed.papers().get(0).abstractText()).isEqualTo("Only in Dublin Core.");

        JournalFeed atom = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>E</title>"
                + "<id>https://x.org/e</id><content type=\"application/octet-stream\">"
                + "RXhhbXBsZSA8Yj5BdG9tPC9iPg==</content></entry></feed>");
        assertThat(atom.papers().get(0).abstractText()).isEqualTo("Example Atom");
    }

    @Test
    void utf32DocumentsAreRead() {
        String xml = "\uFEFF" + rss("<item><title>Ärger über µ</title><link>https://x.org/a</link></item>");
        for (String charset : new String[] {"UTF-32BE", "UTF-32LE"}) {
            JournalFeed feed = parse(xml.getBytes(Charset.forName(charset)));
            assertThat(feed.papers()).extracting(Paper::title).as(charset).containsExactly("Ärger über µ");
        }
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineAndColumnNotReplaced() {
        byte[] bytes = rss("\n<item><title>ab\u00e9c</title><link>https://x.org/a</link></item>")
                .getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("ab") + 2;
        bytes[at] = (byte) 0xff;

        FeedFormatException e = refused(bytes);

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(16);
        assertThat(e.detail()).isEqualTo("not valid in its encoding: byte 0xff (offset " + at + ") is not UTF-8 at line 2, column 16");
    }

    @Test
    void deepNestingIsRefusedBeforeRomeBuildsItsTree() {
        int depth = 100_000;
        StringBuilder xml = new StringBuilder(depth * 8).append("<rss><channel>");
        xml.append("<a>".repeat(depth)).append("</a>".repeat(depth)).append("</channel></rss>");

        FeedFormatException e = refused(xml.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(e.detail()).startsWith("malformed XML: Maximum Element Depth limit (1000) Exceeded");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void aHugeTitleIsCutToItsBoundWithAWarning() {
        String title = "x".repeat(5_000_000);
        JournalFeed feed = parse(rss("<item><title>" + title + "</title><link>https://x.org/a</link></item>"));

        assertThat(feed.papers().get(0).title()).hasSize(Paper.MAX_TITLE_CHARS).endsWith("x…");
        assertThat(feed.warnings()).containsExactly(
                "url:https://x.org/a: title of 5000000 characters cut to " + Paper.MAX_TITLE_CHARS);
    }

    @Test
    void anRssWithoutAChannelSaysSo() {
        FeedFormatException e = refused("<rss version=\"2.0\"><item/></rss>".getBytes(StandardCharsets.UTF_8));

        assertThat(e.detail()).isEqualTo("not a valid RSS or Atom feed: an <rss> document without a <channel>");
    }

    @Test
    void anHtmlPageWithoutADoctypeIsNamedAsOne() {
        FeedFormatException e = refused("<html><body><p>Sign in</p></body></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(e.detail()).startsWith("the server sent an HTML page, not a feed");
    }
}
