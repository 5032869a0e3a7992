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
    ARXIV_RSS("arxiv-rss", (in, id, uri) -> {
        var feed = ArxivRssParser.parse(in, id, uri);
        return new Parsed(feed.papers(), feed.warnings());
    }),
    ARXIV_ATOM("arxiv-atom", (in, id, uri) -> new Parsed(ArxivApiParser.parse(in, id, uri).papers(), List.of())),
    ARXIV_OAI("arxiv-oai", (in, id, uri) -> {
        List<Paper> papers = new ArrayList<>();
        var page = ArxivOaiParser.parse(in, id, uri, papers::add);
        return new Parsed(papers, page.warnings());
    }),
    BIORXIV_JSON("biorxiv-json", (in, id, uri) -> {
        var page = BiorxivParser.parse(in, id, uri);
        return new Parsed(page.papers(), page.warnings());
    }),
    RSS("rss", (in, id, uri) -> {
        var feed = JournalFeedParser.parse(in, id, uri);
        return new Parsed(feed.papers(), feed.warnings());
    }),
    CROSSREF_JSON("crossref-json", (in, id, uri) -> {
        var page = CrossrefParser.parse(in, id, uri);
        return new Parsed(page.papers(), page.warnings());
    }),
    PUBMED_XML("pubmed-xml", (in, id, uri) -> {
        var articles = PubmedParser.parseArticles(in, id, uri);
        return new Parsed(articles.papers(), articles.warnings());
    });

    /** What one document gave: its papers, and what was skipped or changed on the way (shown on stderr). */
    record Parsed(List<Paper> papers, List<String> warnings) {
    }

    /** A parser's entry point: the document, the id to name in errors, and where the document came from. */
    @FunctionalInterface
    private interface Parser {
        Parsed parse(InputStream in, String sourceId, URI uri);
    }

    private final String cliName;
    private final Parser parser;

    FeedFormat(String cliName, Parser parser) {
        this.cliName = cliName;
        this.parser = parser;
    }

    /** Parses one document of this format. */
    Parsed parse(InputStream in, String sourceId, URI uri) {
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
