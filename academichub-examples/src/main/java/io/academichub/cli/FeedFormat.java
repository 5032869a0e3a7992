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
    ARXIV_RSS("arxiv-rss") {
        @Override
        List<Paper> parse(InputStream in, String sourceId, URI uri) {
            return ArxivRssParser.parse(in, sourceId, uri).papers();
        }
    },
    ARXIV_ATOM("arxiv-atom") {
        @Override
        List<Paper> parse(InputStream in, String sourceId, URI uri) {
            return ArxivApiParser.parse(in, sourceId, uri).papers();
        }
    },
    ARXIV_OAI("arxiv-oai") {
        @Override
        List<Paper> parse(InputStream in, String sourceId, URI uri) {
            List<Paper> papers = new ArrayList<>();
            ArxivOaiParser.parse(in, sourceId, uri, papers::add);
            return papers;
        }
    },
    BIORXIV_JSON("biorxiv-json") {
        @Override
        List<Paper> parse(InputStream in, String sourceId, URI uri) {
            return BiorxivParser.parse(in, sourceId, uri).papers();
        }
    },
    RSS("rss") {
        @Override
        List<Paper> parse(InputStream in, String sourceId, URI uri) {
            return JournalFeedParser.parse(in, sourceId, uri).papers();
        }
    },
    CROSSREF_JSON("crossref-json") {
        @Override
        List<Paper> parse(InputStream in, String sourceId, URI uri) {
            return CrossrefParser.parse(in, sourceId, uri).papers();
        }
    },
    PUBMED_XML("pubmed-xml") {
        @Override
        List<Paper> parse(InputStream in, String sourceId, URI uri) {
            return PubmedParser.parseArticles(in, sourceId, uri).papers();
        }
    };

    private final String cliName;

    FeedFormat(String cliName) {
        this.cliName = cliName;
    }

    /** Parses one document of this format. */
    abstract List<Paper> parse(InputStream in, String sourceId, URI uri);

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
