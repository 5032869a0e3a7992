package io.academichub.sources.pubmed;

import io.academichub.model.Paper;

import java.util.List;

/**
 * What one efetch {@code PubmedArticleSet} held: its papers in document order, and warnings about the records that
 * could not be made into papers (book chapters, deleted citations, a record without a title …).
 *
 * @param papers   the papers, in document order
 * @param warnings one line per skipped record or group of records
 */
public record PubmedArticles(List<Paper> papers, List<String> warnings) {

    public PubmedArticles {
        papers = List.copyOf(papers);
        warnings = List.copyOf(warnings);
    }
}
