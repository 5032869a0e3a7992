package io.academichub.llm.render;

import io.academichub.llm.briefing.BriefingLabels;
import io.academichub.llm.internal.TexText;
import io.academichub.model.Author;
import io.academichub.model.Paper;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines above a paper in a list, as the product page shows them: {@code 01.}, {@code arXiv (cs.AI) 2024-11-28},
 * then the title and the authors (none, and no label, when the paper has none).
 */
public final class PaperHeadings {

    private static final Map<String, String> SOURCE_NAMES = Map.of(
            "arxiv", "arXiv", "biorxiv", "bioRxiv", "medrxiv", "medRxiv", "pubmed", "PubMed",
            "crossref", "Crossref", "nature", "Nature", "science", "Science", "plos", "PLOS");

    /** Authors listed in full up to this many; longer bylines end in "et al." with the total. */
    static final int MAX_AUTHORS = 12;

    private PaperHeadings() {
    }

    /**
     * {@code 01.} — two digits at least, so a list of up to 99 lines up.
     *
     * @param n the count
     * @param total the total
     * @return {@code 01.} — two digits at least, so a list of up to 99 lines up
     */
    public static String number(int n, int total) {
        int width = Math.max(2, Integer.toString(total).length());
        return String.format(Locale.ROOT, "%0" + width + "d.", n);
    }

    /**
     * {@code arXiv (cs.AI) 2024-11-28}; the category and the date are left out when the paper has none.
     *
     * @param paper the paper
     * @return {@code arXiv (cs.AI) 2024-11-28}; the category and the date are left out when the paper has none
     */
    public static String sourceLine(Paper paper) {
        String source = SOURCE_NAMES.getOrDefault(paper.source().toLowerCase(Locale.ROOT), paper.source());
        String category = paper.primaryCategory();
        return source + (category == null ? "" : " (" + category + ")")
                + (paper.published() == null ? "" : " " + paper.published());
    }

    /**
     * The title as a reader reads it: TeX's accents, text markup and dashes outside math made plain
     * ({@code Schr\"odinger} → {@code Schrödinger}, {@code Lindel\"of} → {@code Lindelöf}); math stays as written,
     * for a viewer that renders it. The paper itself keeps the title as its source sent it.
     *
     * @param paper the paper
     * @return the title as shown
     */
    public static String title(Paper paper) {
        return TexText.readable(paper.title());
    }

    /**
     * The authors' names joined with commas, shortened to {@value #MAX_AUTHORS} with an English "et al. (n)";
     * empty when there are none.
     *
     * @param paper the paper
     * @return the authors' names, or an empty string when there are none
     */
    public static String authors(Paper paper) {
        return authors(paper, BriefingLabels.forLanguage("en"));
    }

    /**
     * The authors' names joined with commas, shortened to {@value #MAX_AUTHORS} with "et al. (n)" in the labels'
     * language (等（共 n 人）, ほか（計 n 名）); empty when there are none.
     *
     * @param paper  the paper
     * @param labels the reader's labels
     * @return the authors' names, or an empty string when there are none
     */
    public static String authors(Paper paper, BriefingLabels labels) {
        List<Author> authors = paper.authors();
        if (authors.size() <= MAX_AUTHORS) {
            return authors.stream().map(Author::name).collect(Collectors.joining(", "));
        }
        return authors.subList(0, MAX_AUTHORS - 1).stream().map(Author::name).collect(Collectors.joining(", "))
                + " " + labels.etAl(authors.size());
    }
}
