package io.academichub;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges the records of one work into one {@link Paper}: a paper cross-listed in three arXiv categories, or posted
 * as a preprint and later published, is one paper.
 *
 * <p>Two records are the same work when they share an id — their own or one in {@code sameAs} (the arXiv DOI, the
 * journal DOI an arXiv paper gives, bioRxiv's {@code published} DOI, Crossref's {@code is-preprint-of} relation …).
 * The link is transitive: an arXiv preprint, its bioRxiv twin and the journal article merge when each names one of
 * the others.
 *
 * <p>For records with the same id (the same arXiv paper in several feeds): the highest version is the base (its
 * title, abstract, authors). For records with different ids, the merged paper keeps the most stable id — arXiv before
 * DOI before PubMed before others, among equals the earliest published, and then the smaller id, so that the id does not
 * depend on the order in which the records arrived — and the richest value of each field:
 * the longer abstract, the author list with affiliations, the union of categories. In both cases categories are the
 * union with the base's primary first; {@code published} is the earliest known date and {@code updated} the latest; the
 * announce type is the most significant ({@code new} over {@code replace} over {@code cross} …); fields the base
 * lacks (DOI, journal reference, PDF link, licence) are filled from the others; {@code sameAs} holds every other id.
 * The order of first appearance is kept.
 *
 * <p>A group is merged once it is proven to be one work, even when two of its records name no id in common (an
 * arXiv record and a PubMed record joined through the journal DOI). Merging never loses a record: should a group fail
 * to merge, its records are kept unmerged and {@link Result#warnings()} says so.
 */
public final class PaperMerger {

    // Which record's id a merged paper keeps: arXiv before DOI before PubMed before others, then the earliest
    // published, then the smaller id — a total order, so the choice does not depend on the order of arrival.
    private static final Comparator<Paper> MORE_STABLE_FIRST = Comparator.<Paper>comparingInt(p -> idRank(p.id()))
            .thenComparing(Paper.BY_PUBLISHED)
            .thenComparing(Paper::id);

    private PaperMerger() {
    }

    /**
     * One work that arrived as several records.
     *
     * @param id      the merged paper's id
     * @param merged  the ids of the records merged into it, in order of arrival (an id repeats when the same paper
     *                came from several feeds)
     * @param sources the sources of those records, in the same order
     */
    public record Merge(PaperId id, List<PaperId> merged, List<String> sources) {

        /**
         * Checks the components as described above, and copies the collections (the record is immutable).
         *
         * @param id      the merged paper's id
         * @param merged  the ids of the records merged into it, in order of arrival (an id repeats when the same paper
         *                came from several feeds)
         * @param sources the sources of those records, in the same order
         */
        public Merge {
            Objects.requireNonNull(id, "id");
            merged = List.copyOf(merged);
            sources = List.copyOf(sources);
        }

        /** {@return whether records with different ids were merged (a preprint and its published version, say)} */
        public boolean acrossIds() {
            return merged.stream().anyMatch(m -> !m.equals(id));
        }

        /**
         * {@return one line for people: {@code arxiv:2606.20005 ← doi:10.1038/x (crossref), arxiv:2606.20005 (arxiv)}}
         */
        public String summary() {
            StringBuilder sb = new StringBuilder(id.toString()).append(" ←");
            for (int i = 0; i < merged.size(); i++) {
                sb.append(i == 0 ? " " : ", ").append(merged.get(i)).append(" (").append(sources.get(i)).append(')');
            }
            return sb.toString();
        }
    }

    /**
     * The merged papers and what was merged.
     *
     * @param papers   one paper per work, in order of first appearance
     * @param merges   one entry per paper that was made of two or more records
     * @param warnings one line per group of records that could not be merged and was kept as separate papers
     */
    public record Result(List<Paper> papers, List<Merge> merges, List<String> warnings) {

        /**
         * Checks the components as described above, and copies the collections (the record is immutable).
         *
         * @param papers   one paper per work, in order of first appearance
         * @param merges   one entry per paper that was made of two or more records
         * @param warnings one line per group of records that could not be merged and was kept as separate papers
         */
        public Result {
            papers = List.copyOf(papers);
            merges = List.copyOf(merges);
            warnings = List.copyOf(warnings);
        }

        /**
         * A result without warnings.
         *
         * @param papers records from any number of sources, in arrival order
         * @param merges which records were merged into which paper
         */
        public Result(List<Paper> papers, List<Merge> merges) {
            this(papers, merges, List.of());
        }
    }

    /**
     * Merges the records of each work; the result keeps the order in which each work first appeared.
     *
     * @param papers records from any number of sources, in arrival order
     * @return one paper per work
     */
    public static List<Paper> merge(Collection<Paper> papers) {
        return mergeAndReport(papers).papers();
    }

    /**
     * Like {@link #merge}, also saying which records were merged into which paper.
     *
     * @param papers records from any number of sources, in arrival order
     * @return one paper per work, and which records were merged into which
     */
    public static Result mergeAndReport(Collection<Paper> papers) {
        return mergeAndReport(papers, PaperMerger::fold);
    }

    /** {@link #mergeAndReport(Collection)} with the way one group is folded given (tests make it fail). */
    static Result mergeAndReport(Collection<Paper> papers, Function<List<Paper>, Paper> fold) {
        List<Paper> records = List.copyOf(papers);
        int[] parent = new int[records.size()];
        Map<PaperId, Integer> firstWithId = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            parent[i] = i;
            Paper p = records.get(i);
            link(parent, firstWithId, p.id(), i);
            for (PaperId other : p.sameAs()) {
                link(parent, firstWithId, other, i);
            }
        }
        Map<Integer, List<Paper>> groups = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>(1)).add(records.get(i));
        }
        List<Paper> merged = new ArrayList<>(groups.size());
        List<Merge> merges = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (List<Paper> group : groups.values()) {
            if (group.size() == 1) {
                merged.add(group.get(0));
                continue;
            }
            Paper paper;
            try {
                paper = fold.apply(group);
            } catch (RuntimeException e) {
                // A merge is a convenience; the records themselves are what the sources delivered. Keep them all.
                merged.addAll(group);
                warnings.add("could not merge " + group.stream().map(p -> p.id() + " (" + p.source() + ")").toList()
                        + ", kept them as separate papers: " + e);
                continue;
            }
            merged.add(paper);
            merges.add(new Merge(paper.id(), group.stream().map(Paper::id).toList(),
                    group.stream().map(Paper::source).toList()));
        }
        return new Result(merged, merges, warnings);
    }

    /** The records of one proven group, folded in order of arrival onto the group's most stable id. */
    private static Paper fold(List<Paper> group) {
        PaperId target = Collections.min(group, MORE_STABLE_FIRST).id();
        Paper paper = group.get(0);
        for (int i = 1; i < group.size(); i++) {
            paper = merge(paper, group.get(i), target);
        }
        return paper;
    }

    private static void link(int[] parent, Map<PaperId, Integer> firstWithId, PaperId id, int record) {
        Integer first = firstWithId.putIfAbsent(id, record);
        if (first != null) {
            int a = root(parent, first);
            int b = root(parent, record);
            // The earlier record stays the root, so groups keep the order of first appearance.
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * {@return one paper from two records of the same work}
     *
     * @param a one record of a work
     * @param b another record of the same work
     * @throws IllegalArgumentException when the records share no id, so are not known to be the same work
     */
    public static Paper mergeTwo(Paper a, Paper b) {
        if (!a.id().equals(b.id()) && !linked(a, b)) {
            throw new IllegalArgumentException("cannot merge different papers " + a.id() + " and " + b.id());
        }
        return merge(a, b, null);
    }

    /**
     * {@code a} and {@code b} merged, known to be one work; with different ids the result takes {@code target} when
     * one of them has it (the group's most stable id), else the more stable of the two.
     */
    private static Paper merge(Paper a, Paper b, PaperId target) {
        if (a.equals(b)) {
            return a;
        }
        boolean sameId = a.id().equals(b.id());
        // Same id: the newer version carries the current title, abstract and authors.
        // Different ids: the most stable id, and the record that has it.
        Paper base = sameId ? (b.version() > a.version() ? b : a)
                : a.id().equals(target) ? a : b.id().equals(target) ? b : moreStableId(a, b);
        Paper other = base == a ? b : a;

        LinkedHashSet<String> categories = new LinkedHashSet<>(base.categories());
        categories.addAll(other.categories());

        Paper.Builder m = base.toBuilder()
                .categories(categories)
                .published(Paper.publishedBefore(other, base) ? other.published() : base.published())
                .announceType(moreSignificant(base.announceType(), other.announceType()))
                .authors(sameId ? richerAuthors(base.authors(), other.authors())
                        : richerByline(base.authors(), other.authors()));
        if (base.updated() == null || other.updated() != null && other.updated().isAfter(base.updated())) {
            m.updated(other.updated());
        }
        if (base.doi() == null) {
            m.doi(other.doi());
        }
        if (base.journalRef() == null) {
            m.journalRef(other.journalRef());
        }
        if (base.pdfUrl() == null) {
            m.pdfUrl(other.pdfUrl());
        }
        if (base.license() == null) {
            m.license(other.license());
        }
        if (base.abstractText().isEmpty() || !sameId && other.abstractText().length() > base.abstractText().length()) {
            m.abstractText(other.abstractText());
        }
        if (base.type() == null || Paper.PREPRINT.equals(base.type()) && Paper.ARTICLE.equals(other.type())) {
            m.type(other.type()); // a preprint merged with its journal version has been published
        }
        Set<PaperId> sameAs = new TreeSet<>(base.sameAs());
        sameAs.addAll(other.sameAs());
        sameAs.add(other.id());
        return m.sameAs(sameAs).build();
    }

    private static boolean linked(Paper a, Paper b) {
        if (a.sameAs().contains(b.id()) || b.sameAs().contains(a.id())) {
            return true;
        }
        for (PaperId id : a.sameAs()) {
            if (b.sameAs().contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static Paper moreStableId(Paper a, Paper b) {
        return MORE_STABLE_FIRST.compare(b, a) < 0 ? b : a;
    }

    private static int idRank(PaperId id) {
        return switch (id.scheme()) {
            case PaperId.ARXIV -> 0;
            case PaperId.DOI -> 1;
            case PaperId.PMID -> 2;
            default -> 3;
        };
    }

    // NEW beats REPLACE beats CROSS beats REPLACE_CROSS beats UNKNOWN: a paper new in one of the feeds is new today.
    private static AnnounceType moreSignificant(AnnounceType x, AnnounceType y) {
        return rank(x) <= rank(y) ? x : y;
    }

    private static int rank(AnnounceType t) {
        return switch (t) {
            case NEW -> 0;
            case REPLACE -> 1;
            case CROSS -> 2;
            case REPLACE_CROSS -> 3;
            case UNKNOWN -> 4;
        };
    }

    // Same byline from two feeds: keep the base's names, take affiliations and ORCIDs the other feed knew.
    private static List<Author> richerAuthors(List<Author> base, List<Author> other) {
        if (base.isEmpty()) {
            return other;
        }
        if (base.size() != other.size()) {
            return base;
        }
        List<Author> merged = new ArrayList<>(base.size());
        for (int i = 0; i < base.size(); i++) {
            Author a = base.get(i);
            Author o = other.get(i);
            merged.add(new Author(a.name(), a.affiliation() != null ? a.affiliation() : o.affiliation(),
                    a.orcid() != null ? a.orcid() : o.orcid()));
        }
        return merged;
    }

    // Bylines from different services may spell names differently; take the one that says more about the authors.
    private static List<Author> richerByline(List<Author> base, List<Author> other) {
        if (base.size() == other.size()) {
            return richerAuthors(base, other);
        }
        return detail(other) > detail(base) ? other : base;
    }

    private static int detail(List<Author> authors) {
        int score = 0;
        for (Author a : authors) {
            score += 1 + (a.affiliation() != null ? 1 : 0) + (a.orcid() != null ? 1 : 0);
        }
        return score;
    }
}
