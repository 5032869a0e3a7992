package io.academichub.cli;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import io.academichub.llm.briefing.BriefingLabels;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.radar.Match;
import io.academichub.radar.Reason;
import io.academichub.source.SourceRegistry;
import io.academichub.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The radar's Atom feed read back by Rome's Atom parser — an independent reader on a real XML parser — for real
 * papers of the recorded feeds: every entry has a title, a link, an author (its own, or the feed's when it has none)
 * and a summary, and the exact ids, dates and texts the feed promises.
 */
class RadarAtomFeedTest {

    private static final Instant RUN = Instant.parse("2026-12-02T06:00:00Z");
    private static final URI SELF = URI.create("https://example.org/radar/feed.xml");

    /** The feed of the five papers below, written as the daily job writes it (English, with a known address). */
    private static String feed() {
        return RadarAtomFeed.write("qec & more", matches(), RUN, BriefingLabels.forLanguage("en"), SELF);
    }

    @Test
    void romeReadsEveryEntryWithTitleLinkAuthorAndSummary() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes(feed()))));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("AcademicHub radar: qec & more");
        assertThat(feed.getUri()).isEqualTo(SELF.toString());
        assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("AcademicHub");
        assertThat(feed.getPublishedDate()).isEqualTo(Date.from(RUN));
        assertThat(feed.getEntries()).hasSize(5).allSatisfy(entry -> {
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getLink()).startsWith("https://");
            assertThat(authors(entry, feed)).isNotEmpty();
            assertThat(entry.getDescription().getValue()).isNotBlank();
            assertThat(entry.getContents()).singleElement()
                    .satisfies(c -> assertThat(c.getType()).isEqualTo("html"))
                    .satisfies(c -> assertThat(c.getValue()).doesNotContain("**"));
        });
        List<SyndEntry> entries = feed.getEntries();

        // an old-style arXiv id in a second version, from the query API: its own update time
        SyndEntry supersolid = entries.get(0);
        assertThat(supersolid.getUri()).isEqualTo("https://arxiv.org/abs/cond-mat/0607501v2");
        assertThat(supersolid.getTitle()).isEqualTo("A striped supersolid phase and the search for deconfined quantum "
                + "criticality in hard-core bosons on the triangular lattice");
        assertThat(supersolid.getLink()).isEqualTo("https://arxiv.org/abs/cond-mat/0607501");
        assertThat(supersolid.getAuthors()).extracting(SyndPerson::getName)
                .containsExactly("R. G. Melko", "A. Del Maestro", "A. A. Burkov");
        assertThat(supersolid.getUpdatedDate()).isEqualTo(Date.from(Instant.parse("2006-11-06T19:33:40Z")));
        assertThat(supersolid.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2006-07-19T00:00:00Z")));

        // a TeX title with "--" and "\&", from the arXiv RSS of 2024-11-28, titled as a reader reads it; its
        // announcement day as its date
        SyndEntry sok = entries.get(1);
        assertThat(sok.getUri()).isEqualTo("https://arxiv.org/abs/2411.18380v1");
        assertThat(sok.getTitle()).isEqualTo("SoK: Privacy Personalised \u2013 Mapping Personal Attributes & "
                + "Preferences of Privacy Mechanisms for Shoulder Surfing");
        assertThat(sok.getAuthors()).extracting(SyndPerson::getName)
                .containsExactly("Habiba Farzand", "Karola Marky", "Mohamed Khamis");
        assertThat(sok.getUpdatedDate()).isEqualTo(Date.from(Instant.parse("2024-11-28T00:00:00Z")));
        assertThat(sok.getDescription().getValue()).startsWith("Shoulder surfing is a byproduct of smartphone use");

        // a title with <, & and TeX (derived from the real 2103.07442v3, see the papers below)
        SyndEntry quark = entries.get(2);
        assertThat(quark.getUri()).isEqualTo("https://arxiv.org/abs/2103.07442v3");
        assertThat(quark.getTitle()).isEqualTo(QUARK_TITLE);

        // a Nature news item without authors: the feed's author stands for it
        SyndEntry plans = entries.get(3);
        assertThat(plans.getUri()).isEqualTo("https://www.nature.com/articles/d41586-024-02666-1");
        assertThat(plans.getTitle()).isEqualTo("Government plans often go astray");
        assertThat(plans.getLink()).isEqualTo("https://www.nature.com/articles/d41586-024-02666-1");
        assertThat(plans.getUpdatedDate()).isEqualTo(Date.from(Instant.parse("2024-08-20T00:00:00Z")));
        assertThat(plans.getDescription().getValue()).isEqualTo(PLANS_ABSTRACT);
        assertThat(plans.getAuthors()).isEmpty();
        assertThat(authors(plans, feed)).containsExactly("AcademicHub");

        // a Nature item without an abstract: the summary says why it was picked, in plain text
        SyndEntry pregnancy = entries.get(4);
        assertThat(pregnancy.getTitle()).isEqualTo("Are brains rewired for caring during pregnancy? Why the jury’s out");
        assertThat(pregnancy.getAuthors()).extracting(SyndPerson::getName).hasSize(2);
        assertThat(pregnancy.getDescription().getValue()).isEqualTo("Why: updated, score 0.41. interest 'brain' "
                + "matched \"brains\" in the title: \"Are brains rewired for caring during pregnancy? Why the jury’s "
                + "out\" · score 0.41 from interests 0.41, seed likeness 0.00, no followed author");
    }

    @Test
    void theAtomDocumentHasAFeedAuthorSelfLinkAndEntriesDatedByThePapers() throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes(feed()))));

        assertThat(feed.getId()).isEqualTo("https://example.org/radar/feed.xml");
        assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("AcademicHub");
        assertThat(feed.getOtherLinks()).singleElement().satisfies(link -> {
            assertThat(link.getRel()).isEqualTo("self");
            assertThat(link.getHref()).isEqualTo("https://example.org/radar/feed.xml");
            assertThat(link.getType()).isEqualTo("application/atom+xml");
        });
        assertThat(feed.getUpdated()).isEqualTo(Date.from(RUN));
        Map<String, Entry> byId = feed.getEntries().stream()
                .collect(Collectors.toMap(Entry::getId, Function.identity()));
        assertThat(byId.keySet()).allSatisfy(id -> assertThat(new URI(id).isAbsolute()).isTrue());
        // the Nature news item has no author of its own: it inherits the feed's (RFC 4287 §4.1.1)
        assertThat(byId.get("https://www.nature.com/articles/d41586-024-02666-1").getAuthors()).isEmpty();
        // no entry is dated by the run: each carries its paper's date
        assertThat(feed.getEntries()).extracting(Entry::getUpdated).doesNotContain(Date.from(RUN));

        Entry plans = byId.get("https://www.nature.com/articles/d41586-024-02666-1");
        assertThat(plans.getSummary().getType()).isEqualTo(Content.TEXT);
        assertThat(plans.getSummary().getValue()).isEqualTo(PLANS_ABSTRACT);
        assertThat(plans.getContents()).singleElement().satisfies(content -> {
            assertThat(content.getType()).isEqualTo(Content.HTML);
            assertThat(content.getValue()).isEqualTo("<p>" + PLANS_ABSTRACT + "</p><p><b>Why:</b> new, score 0.73.</p>"
                    + "<ul><li>interest 'policy' matched &quot;government plans&quot; in the title: &quot;<b>Government "
                    + "plans</b> often go astray&quot;</li><li>score 0.73 from interests 0.73, seed likeness 0.00, no followed "
                    + "author</li></ul>");
        });

        // every text of the derived title's reason is escaped once: the HTML shows "<" and "&", never makes a tag;
        // a quotation the radar cut inside a mark is bold to its end
        Entry quark = byId.get("https://arxiv.org/abs/2103.07442v3");
        assertThat(quark.getTitleEx().getValue()).isEqualTo(QUARK_TITLE);
        assertThat(quark.getContents().get(0).getValue())
                .startsWith("<p>We study lattice two-color QCD (QC$_2$D) with two flavors of staggered fermions at "
                        + "imaginary and real quark chemical potential $\\mu_q$ and $T&gt;T_c$.")
                .contains("<li>interest 'lattice' matched &quot;quark density&quot; in the title: &quot;<b>Quark "
                        + "Density</b> in Lattice QC$_2$D for $T&lt;T_{RW}$ &amp; $T&gt;T_c$&quot; | abstract: We employ "
                        + "various methods of extrapolation of the <b>quark num…</b></li>");
        assertThat(quark.getAlternateLinks()).extracting(Link::getHref)
                .containsExactly("https://arxiv.org/abs/2103.07442");
    }

    @Test
    void withoutAKnownAddressTheFeedIdIsTheSameUuidEveryDayAndThereIsNoSelfLink() throws Exception {
        BriefingLabels labels = BriefingLabels.forLanguage("en");
        String today = RadarAtomFeed.write("qec & more", matches(), RUN, labels, null);
        String tomorrow = RadarAtomFeed.write("qec & more", matches(), RUN.plusSeconds(86_400), labels, null);

        Feed feed = (Feed) new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes(today))));
        Feed next = (Feed) new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes(tomorrow))));
        assertThat(feed.getId()).isEqualTo("urn:uuid:" + UUID.nameUUIDFromBytes(
                "academichub radar qec & more".getBytes(StandardCharsets.UTF_8))).isEqualTo(next.getId());
        assertThat(feed.getOtherLinks()).isEmpty();
        // a reader polling on both days sees the same entries, not new ones
        assertThat(next.getEntries()).extracting(Entry::getId)
                .containsExactlyElementsOf(feed.getEntries().stream().map(Entry::getId).toList());
        assertThat(next.getEntries()).extracting(Entry::getUpdated)
                .containsExactlyElementsOf(feed.getEntries().stream().map(Entry::getUpdated).toList());
    }

    private static final String PLANS_ABSTRACT = "The problems of political planning in 80 countries, and chemistry’s "
            + "contributions to archaeology, in this week’s snippets from Nature’s archive.";

    /**
     * Derived, not recorded (no recorded title holds a {@code <}): 2103.07442's real title with the two temperature
     * ranges its own abstract names, {@code $T<T_{RW}$} and {@code $T>T_c$}, joined by an ampersand.
     */
    private static final String QUARK_TITLE = "Quark Density in Lattice QC$_2$D for $T<T_{RW}$ & $T>T_c$";

    /** Real papers from the recorded feeds, each with a reason worded as the radar words them. */
    private static List<Match> matches() {
        Map<PaperId, Paper> papers = new HashMap<>();
        for (Paper p : parse("arxiv-atom", "fixtures/arxiv-api-atom/legacy_search_au-del_maestro-ANDNOT_2016-10.xml")) {
            papers.put(p.id(), p);
        }
        for (Paper p : parse("arxiv-rss", "fixtures/arxiv-rss/rss.arxiv.org_all-archives_2024-11-28.xml.gz")) {
            papers.put(p.id(), p);
        }
        for (Paper p : parse("rss", "fixtures/nature-rss/nature_current_rss1.0-rdf_2024-08-20.rss")) {
            papers.put(p.id(), p);
        }
        Paper quark = papers.get(PaperId.arxiv("2103.07442")).toBuilder().title(QUARK_TITLE).build();
        List<Match> matches = new ArrayList<>();
        matches.add(match(papers.get(PaperId.arxiv("cond-mat/0607501")), 0.88, Match.Status.UPDATED,
                "interest 'supersolids' matched \"supersolid\" in the title: \"A striped **supersolid** phase and the "
                        + "search for deconfined quantum criticality in hard-core bosons on the triangular lattice\""));
        matches.add(match(papers.get(PaperId.arxiv("2411.18380")), 0.8, Match.Status.NEW,
                "interest 'privacy' matched \"privacy\" in the title: \"SoK: **Privacy** Personalised -- Mapping "
                        + "Personal Attributes \\& Preferences of **Privacy** Mechanisms for Shoulder Surfing\""));
        matches.add(match(quark, 0.77, Match.Status.UPDATED,
                "interest 'lattice' matched \"quark density\" in the title: \"**Quark Density** in Lattice QC$_2$D "
                        + "for $T<T_{RW}$ & $T>T_c$\" | abstract: We employ various methods of extrapolation of the "
                        + "**quark num…"));
        matches.add(match(papers.get(PaperId.doi("10.1038/d41586-024-02666-1")), 0.73, Match.Status.NEW,
                "interest 'policy' matched \"government plans\" in the title: \"**Government plans** often go "
                        + "astray\""));
        matches.add(match(papers.get(PaperId.doi("10.1038/d41586-024-02710-0")), 0.41, Match.Status.UPDATED,
                "interest 'brain' matched \"brains\" in the title: \"Are **brains** rewired for caring during "
                        + "pregnancy? Why the jury’s out\""));
        return matches;
    }

    private static Match match(Paper paper, double score, Match.Status status, String interest) {
        String scoreText = String.format(Locale.ROOT, "score %.2f from interests %.2f, seed likeness 0.00, "
                + "no followed author", score, score);
        return new Match(paper, score, status, "qec & more", List.of(
                new Reason(Reason.Kind.INTEREST, interest, score),
                new Reason(Reason.Kind.SCORE, scoreText, score)));
    }

    private static List<Paper> parse(String format, String fixture) {
        try (InputStream in = Fixtures.open(fixture)) {
            return SourceRegistry.discover().format(format).orElseThrow()
                    .parse(in, format, URI.create("file:///" + fixture)).papers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An entry's authors as RFC 4287 §4.2.1 defines them: its own, else the feed's. Rome reads the elements as written
     * and leaves that inheritance to the application, as a feed reader does it.
     */
    private static List<String> authors(SyndEntry entry, SyndFeed feed) {
        List<SyndPerson> own = entry.getAuthors();
        return (own.isEmpty() ? feed.getAuthors() : own).stream().map(SyndPerson::getName).toList();
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
