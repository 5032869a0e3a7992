package io.academichub.sources.journals;

import io.academichub.testing.Fixtures;

/** Journal feed fixtures under {@code src/test/resources/fixtures/} (see PROVENANCE.md there). */
final class JournalFixtures {

    /** Nature's feed of 2024-08-20, RSS 1.0 (RDF), 75 items, recorded. */
    static final String NATURE = "nature-rss/nature_current_rss1.0-rdf_2024-08-20.rss";
    /** Where it was recorded from. */
    static final String NATURE_URL = "http://feeds.nature.com/nature/rss/current";
    /** A small Atom 1.0 feed, constructed. */
    static final String ATOM = "journal-feeds/atom1.0_constructed.xml";
    /** A small RSS 2.0 feed, constructed. */
    static final String RSS2 = "journal-feeds/rss2.0_constructed.xml";

    private JournalFixtures() {
    }

    /** The fixture's bytes, as the server sent them. */
    static byte[] bytes(String name) {
        return Fixtures.bytes("fixtures/" + name);
    }
}
