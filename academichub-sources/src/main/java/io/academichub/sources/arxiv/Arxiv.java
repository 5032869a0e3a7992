package io.academichub.sources.arxiv;

/**
 * What arXiv's three interfaces (the announcement RSS, the query API, OAI-PMH) share, in one place: the politeness
 * group of every arXiv request.
 */
final class Arxiv {

    /** The politeness group every arXiv endpoint shares: arXiv limits all of them together. */
    static final String POLITENESS_GROUP = "arxiv";

    private Arxiv() {
    }
}
