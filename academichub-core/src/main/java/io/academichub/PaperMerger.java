package io.academichub;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Merges the same paper arriving from several feeds into one {@link Paper}: a paper cross-listed in three
 * categories is one paper.
 *
 * <p>For papers with the same id: the highest version wins as the base (its title, abstract, authors); categories
 * are the union, the base's primary first; {@code published} is the earliest date, {@code updated} the latest;
 * the announce type is the most significant ({@code new} over {@code replace} over {@code cross} …); fields the
 * base lacks (DOI, journal reference, PDF link, licence, affiliations) are filled from the others; {@code sameAs}
 * is the union. The order of first appearance is kept.
 */
public final class PaperMerger {

    private PaperMerger() {
    }

    /** Merges papers with the same id; the result keeps the order in which each id first appeared. */
    public static List<Paper> merge(Collection<Paper> papers) {
        Map<PaperId, Paper> byId = new LinkedHashMap<>(papers.size() * 2);
        for (Paper p : papers) {
            byId.merge(p.id(), p, PaperMerger::mergeTwo);
        }
        return List.copyOf(byId.values());
    }

    /** One paper from two records of it. */
    public static Paper mergeTwo(Paper a, Paper b) {
        if (!a.id().equals(b.id())) {
            throw new IllegalArgumentException("cannot merge different papers " + a.id() + " and " + b.id());
        }
        if (a.equals(b)) {
            return a;
        }
        // The newer version carries the current title, abstract and authors.
        Paper base = b.version() > a.version() ? b : a;
        Paper other = base == a ? b : a;

        LinkedHashSet<String> categories = new LinkedHashSet<>(base.categories());
        categories.addAll(other.categories());

        Paper.Builder m = base.toBuilder()
                .categories(categories)
                .published(base.published().isAfter(other.published()) ? other.published() : base.published())
                .announceType(moreSignificant(base.announceType(), other.announceType()))
                .authors(richerAuthors(base.authors(), other.authors()));
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
        if (base.abstractText().isEmpty()) {
            m.abstractText(other.abstractText());
        }
        List<PaperId> sameAs = new ArrayList<>(base.sameAs());
        sameAs.addAll(other.sameAs());
        return m.sameAs(sameAs).build();
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
}
