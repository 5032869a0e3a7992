package io.academichub.cli;

import io.academichub.model.Paper;
import io.academichub.sources.arxiv.ArxivApiParser;
import io.academichub.sources.arxiv.ArxivOaiParser;
import io.academichub.sources.arxiv.ArxivRssParser;
import io.academichub.sources.biorxiv.BiorxivParser;
import io.academichub.sources.crossref.CrossrefParser;
import io.academichub.sources.journals.JournalFeedParser;
import io.academichub.sources.pubmed.PubmedParser;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The file formats {@code academichub parse} reads, each with the parser of its source. */
enum FeedFormat {
    ARXIV_RSS("arxiv-rss", (in, id, uri) -> ArxivRssParser.parse(in, id, uri).papers()),
    ARXIV_ATOM("arxiv-atom", (in, id, uri) -> ArxivApiParser.parse(in, id, uri).papers()),
    ARXIV_OAI("arxiv-oai", (in, id, uri) -> {
        List<Paper> papers = new ArrayList<>();
        ArxivOaiParser.parse(in, id, uri, papers::add);
        return papers;
    }),
    BIORXIV_JSON("biorxiv-json", (in, id, uri) -> BiorxivParser.parse(in, id, uri).papers()),
    RSS("rss", (in, id, uri) -> JournalFeedParser.parse(in, id, uri).papers()),
    CROSSREF_JSON("crossref-json", (in, id, uri) -> CrossrefParser.parse(in, id, uri).papers()),
    PUBMED_XML("pubmed-xml", (in, id, uri) -> PubmedParser.parseArticles(in, id, uri).papers());

    /** A parser's entry point: the document, the id to name in errors, and where the document came from. */
    @FunctionalInterface
    private interface Parser {
        List<Paper> parse(InputStream in, String sourceId, URI uri);
    }

    private final String cliName;
    private final Parser parser;

    FeedFormat(String cliName, Parser parser) {
        this.cliName = cliName;
        this.parser = parser;
    }

    /** Parses one document of this format. */
    List<Paper> parse(InputStream in, String sourceId, URI uri) {
        return parser.parse(in, sourceId, uri);
    }

    @Override
    public String toString() {
        return cliName;
    }

    /** The format with this command-line name ({@code arxiv-rss}). */
    static FeedFormat fromCliName(String name) {
        for (FeedFormat f : values()) {
            if (f.cliName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of " + List.of(values()));
    }
}
