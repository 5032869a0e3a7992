package io.academichub.model;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One paper, however many feeds it came from: the unit AcademicHub fetches, merges, ranks and briefs.
 *
 * <p>Text fields hold clean text (no feed prefixes, entities decoded, TeX accents in names as Unicode, white
 * space folded); math such as {@code $O(N^2)$} is kept. Instances are immutable; build them with
 * {@link #builder(PaperId)}:
 *
 * <pre>{@code
 * Paper p = Paper.builder(PaperId.parse("2606.20005v1"))
 *         .title("StreamKL").source("arxiv").published(LocalDate.of(2026, 6, 19))
 *         .url(URI.create("https://arxiv.org/abs/2606.20005")).categories(List.of("cs.AI", "cs.LG"))
 *         .build();
 * }</pre>
 *
 * @param id           canonical id
 * @param title        title; never blank (a title that is literally {@code "0"} is a title)
 * @param authors      authors in byline order
 * @param abstractText abstract, or the empty string when the source gives none
 * @param source       id of the source kind that produced it ({@code arxiv}, {@code crossref} …)
 * @param categories   subject categories, primary first, no duplicates
 * @param published    date of first publication or announcement, or {@code null} when the source gives no date
 *                     (an unknown date: such a paper is still a paper, sorts after every dated one, and falls
 *                     outside any date range — see {@link #publishedBefore(Paper, Paper)})
 * @param updated      time of the latest update the source knows of, or {@code null}
 * @param version      arXiv version ({@code >= 1}); {@code 1} for sources without versions
 * @param announceType why the paper is in today's announcement
 * @param doi          the DOI in canonical form, or {@code null}
 * @param journalRef   the journal reference the authors gave, or {@code null}
 * @param url          landing page
 * @param pdfUrl       link to the PDF, or {@code null}
 * @param license      licence URL or name, or {@code null}
 * @param sameAs       other ids of the same work (preprint ↔ published, the arXiv DOI); never contains {@code id}
 * <p>Fields have upper bounds, so that memory stays proportional to the papers and not to what a server sends
 * (a 60 MB {@code <title>}): a title longer than {@value #MAX_TITLE_CHARS} characters, an abstract longer than
 * {@value #MAX_ABSTRACT_CHARS} and a journal reference longer than {@value #MAX_TITLE_CHARS} are cut there (ending
 * in {@code …}), and only the first {@value #MAX_AUTHORS} authors are kept (see {@link Author} for its own bounds).
 * {@link Builder#build(java.util.function.Consumer)} says when it cut something.
 *
 * @param type         what kind of publication it is, as a lower-case word — {@value #PREPRINT}, {@value #ARTICLE},
 *                     {@value #NEWS}, or a source's own such as {@code review} — or {@code null} when unknown
 */
public record Paper(PaperId id, String title, List<Author> authors, String abstractText, String source,
                    List<String> categories, LocalDate published, Instant updated, int version,
                    AnnounceType announceType, String doi, String journalRef, URI url, URI pdfUrl,
                    String license, Set<PaperId> sameAs, String type) {

    /** {@link #type()} of a preprint (arXiv, bioRxiv, medRxiv). */
    public static final String PREPRINT = "preprint";
    /** {@link #type()} of a peer-reviewed research article. */
    public static final String ARTICLE = "article";
    /** {@link #type()} of news, comment and other journalism a journal publishes. */
    public static final String NEWS = "news";

    /** Longest title (and journal reference) a paper holds, in characters; a longer one is cut. */
    public static final int MAX_TITLE_CHARS = 4_000;
    /** Longest abstract a paper holds, in characters; a longer one is cut. */
    public static final int MAX_ABSTRACT_CHARS = 200_000;
    /** Most authors a paper holds (the largest collaborations sign about 5,000 names); the rest are dropped. */
    public static final int MAX_AUTHORS = 10_000;

    /**
     * Checks the components as described above, and copies the collections (the record is immutable).
     *
     * @param id           canonical id
     * @param title        title; never blank (a title that is literally {@code "0"} is a title)
     * @param authors      authors in byline order
     * @param abstractText abstract, or the empty string when the source gives none
     * @param source       id of the source kind that produced it ({@code arxiv}, {@code crossref} …)
     * @param categories   subject categories, primary first, no duplicates
     * @param published    date of first publication or announcement, or {@code null} when the source gives no date
     *                     (an unknown date: such a paper is still a paper, sorts after every dated one, and falls
     *                     outside any date range — see {@link #publishedBefore(Paper, Paper)})
     * @param updated      time of the latest update the source knows of, or {@code null}
     * @param version      arXiv version ({@code >= 1}); {@code 1} for sources without versions
     * @param announceType why the paper is in today's announcement
     * @param doi          the DOI in canonical form, or {@code null}
     * @param journalRef   the journal reference the authors gave, or {@code null}
     * @param url          landing page
     * @param pdfUrl       link to the PDF, or {@code null}
     * @param license      licence URL or name, or {@code null}
     * @param sameAs       other ids of the same work (preprint ↔ published, the arXiv DOI); never contains {@code id}
     * <p>Fields have upper bounds, so that memory stays proportional to the papers and not to what a server sends
     * (a 60 MB {@code <title>}): a title longer than {@value #MAX_TITLE_CHARS} characters, an abstract longer than
     * {@value #MAX_ABSTRACT_CHARS} and a journal reference longer than {@value #MAX_TITLE_CHARS} are cut there (ending
     * in {@code …}), and only the first {@value #MAX_AUTHORS} authors are kept (see {@link Author} for its own bounds).
     * {@link Builder#build(java.util.function.Consumer)} says when it cut something.
     * @param type         what kind of publication it is, as a lower-case word — {@value #PREPRINT}, {@value #ARTICLE},
     *                     {@value #NEWS}, or a source's own such as {@code review} — or {@code null} when unknown
     */
    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title is blank for " + id);
        }
        title = cut(title, MAX_TITLE_CHARS);
        authors = authors.size() > MAX_AUTHORS ? List.copyOf(authors.subList(0, MAX_AUTHORS)) : List.copyOf(authors);
        abstractText = abstractText == null ? "" : cut(abstractText, MAX_ABSTRACT_CHARS);
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source is blank for " + id);
        }
        categories = distinct(categories);
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1 for " + id + ": " + version);
        }
        Objects.requireNonNull(announceType, "announceType");
        if (doi != null) {
            String canonical = PaperId.normalizeDoi(doi);
            if (canonical == null) {
                throw new IllegalArgumentException("not a DOI for " + id + ": '" + doi + "'");
            }
            doi = canonical;
        }
        if (journalRef != null && journalRef.isBlank()) {
            journalRef = null;
        } else if (journalRef != null) {
            journalRef = cut(journalRef, MAX_TITLE_CHARS);
        }
        Objects.requireNonNull(url, "url");
        if (license != null && license.isBlank()) {
            license = null;
        }
        if (sameAs.isEmpty()) {
            sameAs = NO_OTHER_IDS; // most papers: no set to build
        } else {
            TreeSet<PaperId> others = new TreeSet<>(sameAs);
            others.remove(id);
            sameAs = Collections.unmodifiableSet(others);
        }
        if (type != null) {
            type = type.strip().toLowerCase(java.util.Locale.ROOT);
            if (type.isEmpty()) {
                type = null;
            }
        }
    }

    private static final Set<PaperId> NO_OTHER_IDS = Collections.unmodifiableSet(new TreeSet<>());

    // The list without repeats, first occurrence kept. A paper has a few categories: comparing each with those
    // before it is cheaper than building a hash set for every paper of a feed.
    private static List<String> distinct(List<String> list) {
        int n = list.size();
        if (n > 8) {
            return List.copyOf(new LinkedHashSet<>(list));
        }
        for (int i = 1; i < n; i++) {
            String c = list.get(i);
            for (int j = 0; j < i; j++) {
                if (c.equals(list.get(j))) {
                    return List.copyOf(new LinkedHashSet<>(list));
                }
            }
        }
        return List.copyOf(list);
    }

    /**
     * Orders papers by {@link #published()}, earliest first, papers with an unknown date last. Sorting by date
     * goes through this one comparator, so that an unknown date is never a {@link NullPointerException}.
     */
    public static final java.util.Comparator<Paper> BY_PUBLISHED =
            java.util.Comparator.comparing(Paper::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    /**
     * {@return whether {@code a} was published strictly before {@code b}; a known date is before an unknown one, and
     * two unknown dates are not before each other}
     *
     * @param a a paper
     * @param b the paper to compare with
     */
    public static boolean publishedBefore(Paper a, Paper b) {
        return BY_PUBLISHED.compare(a, b) < 0;
    }

    /**
     * {@return whether the paper's date lies within {@code [from, to]}, either bound {@code null} for open; a paper
     * with an unknown date lies within only the fully open range}
     *
     * @param from the first day, or {@code null} for no lower bound
     * @param to the last day, or {@code null} for no upper bound
     */
    public boolean publishedWithin(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        return published != null && (from == null || !published.isBefore(from)) && (to == null || !published.isAfter(to));
    }

    /**
     * {@code text} cut to at most {@code max} characters, ending in {@code …} when cut; never inside a surrogate
     * pair.
     */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** {@return the primary category, or {@code null} when the paper has none} */
    public String primaryCategory() {
        return categories.isEmpty() ? null : categories.get(0);
    }

    /**
     * {@return a builder for a paper with this id}
     *
     * @param id the paper's id
     */
    public static Builder builder(PaperId id) {
        return new Builder(id);
    }

    /** {@return a builder holding every field of this paper, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.title = title;
        b.authors = new ArrayList<>(authors);
        b.abstractText = abstractText;
        b.source = source;
        b.categories = new ArrayList<>(categories);
        b.published = published;
        b.updated = updated;
        b.version = version;
        b.announceType = announceType;
        b.doi = doi;
        b.journalRef = journalRef;
        b.url = url;
        b.pdfUrl = pdfUrl;
        b.license = license;
        b.sameAs = new TreeSet<>(sameAs);
        b.type = type;
        return b;
    }

    /** Builds a {@link Paper}; {@link #build()} validates as the record's constructor does. */
    public static final class Builder {
        private final PaperId id;
        private String title;
        private List<Author> authors = new ArrayList<>();
        private String abstractText = "";
        private String source;
        private List<String> categories = new ArrayList<>();
        private LocalDate published;
        private Instant updated;
        private int version = 1;
        private AnnounceType announceType = AnnounceType.UNKNOWN;
        private String doi;
        private String journalRef;
        private URI url;
        private URI pdfUrl;
        private String license;
        private Set<PaperId> sameAs = new TreeSet<>();
        private String type;

        private Builder(PaperId id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * The title; required, never blank.
         *
         * @param title the title; required, never blank
         * @return this builder
         */
        public Builder title(String title) { this.title = title; return this; }

        /**
         * The authors in byline order.
         *
         * @param authors the authors in byline order
         * @return this builder
         */
        public Builder authors(Collection<Author> authors) { this.authors = new ArrayList<>(authors); return this; }

        /**
         * The abstract; {@code null} means none (the empty string).
         *
         * @param abstractText the abstract; {@code null} means none (the empty string)
         * @return this builder
         */
        public Builder abstractText(String abstractText) { this.abstractText = abstractText; return this; }

        /**
         * The source kind that produced the paper ({@code arxiv}, {@code crossref} …); required.
         *
         * @param source the source kind that produced the paper ({@code arxiv}, {@code crossref} …); required
         * @return this builder
         */
        public Builder source(String source) { this.source = source; return this; }

        /**
         * Categories, primary first.
         *
         * @param categories categories, primary first
         * @return this builder
         */
        public Builder categories(Collection<String> categories) { this.categories = new ArrayList<>(categories); return this; }

        /**
         * The date of first publication or announcement, or {@code null} when the source gives none.
         *
         * @param published the date of first publication or announcement, or {@code null} when the source gives none
         * @return this builder
         */
        public Builder published(LocalDate published) { this.published = published; return this; }

        /**
         * The time of the latest update the source knows of, or {@code null}.
         *
         * @param updated the time of the latest update the source knows of, or {@code null}
         * @return this builder
         */
        public Builder updated(Instant updated) { this.updated = updated; return this; }

        /**
         * The arXiv version, {@code >= 1}; default 1.
         *
         * @param version the arXiv version, {@code >= 1}; default 1
         * @return this builder
         */
        public Builder version(int version) { this.version = version; return this; }

        /**
         * Why the paper is in today's announcement; default {@link AnnounceType#UNKNOWN}.
         *
         * @param announceType why the paper is in today's announcement; default {@link AnnounceType#UNKNOWN}
         * @return this builder
         */
        public Builder announceType(AnnounceType announceType) { this.announceType = announceType; return this; }

        /**
         * The DOI in any form {@link PaperId#normalizeDoi} accepts, or {@code null}.
         *
         * @param doi the DOI in any form {@link PaperId#normalizeDoi} accepts, or {@code null}
         * @return this builder
         */
        public Builder doi(String doi) { this.doi = doi; return this; }

        /**
         * The journal reference, or {@code null}.
         *
         * @param journalRef the journal reference, or {@code null}
         * @return this builder
         */
        public Builder journalRef(String journalRef) { this.journalRef = journalRef; return this; }

        /**
         * The landing page; required.
         *
         * @param url the landing page; required
         * @return this builder
         */
        public Builder url(URI url) { this.url = url; return this; }

        /**
         * The PDF link, or {@code null}.
         *
         * @param pdfUrl the PDF link, or {@code null}
         * @return this builder
         */
        public Builder pdfUrl(URI pdfUrl) { this.pdfUrl = pdfUrl; return this; }

        /**
         * The licence URL or name, or {@code null}.
         *
         * @param license the licence URL or name, or {@code null}
         * @return this builder
         */
        public Builder license(String license) { this.license = license; return this; }

        /**
         * Other ids of the same work, replacing any set before.
         *
         * @param sameAs other ids of the same work, replacing any set before
         * @return this builder
         */
        public Builder sameAs(Collection<PaperId> sameAs) { this.sameAs = new TreeSet<>(sameAs); return this; }

        /**
         * One more id of the same work.
         *
         * @param other one more id of the same work
         * @return this builder
         */
        public Builder addSameAs(PaperId other) { this.sameAs.add(other); return this; }

        /**
         * The kind of publication: {@link Paper#PREPRINT}, {@link Paper#ARTICLE}, {@link Paper#NEWS} or a source's own.
         *
         * @param type the kind of publication: {@link Paper#PREPRINT}, {@link Paper#ARTICLE}, {@link Paper#NEWS} or a
         *        source's own
         * @return this builder
         */
        public Builder type(String type) { this.type = type; return this; }

        /**
         * {@return the paper}
         *
         * @throws NullPointerException     when a required field (title, source, url) is missing
         * @throws IllegalArgumentException when a field is invalid (a blank title, version below 1, not a DOI …),
         *                                  naming the paper
         */
        public Paper build() {
            return new Paper(id, title, authors, abstractText, source, categories, published, updated, version,
                    announceType, doi, journalRef, url, pdfUrl, license, sameAs, type);
        }

        /**
         * {@return the paper, as {@link #build()}; each field cut to its bound (see {@link Paper}) is told to {@code
         * warnings} in a line naming the paper, the field and its length} (An {@link Author}'s name and affiliation are
         * cut without a word: they are cut as the author is made, before the paper.)
         *
         * @param warnings told of each field cut, one line each
         */
        public Paper build(java.util.function.Consumer<String> warnings) {
            Paper paper = build();
            warnIfCut(warnings, "title", title, MAX_TITLE_CHARS);
            warnIfCut(warnings, "abstract", abstractText, MAX_ABSTRACT_CHARS);
            warnIfCut(warnings, "journal reference", journalRef, MAX_TITLE_CHARS);
            if (authors.size() > MAX_AUTHORS) {
                warnings.accept(id + ": kept the first " + MAX_AUTHORS + " of " + authors.size() + " authors");
            }
            return paper;
        }

        private void warnIfCut(java.util.function.Consumer<String> warnings, String field, String value, int max) {
            if (value != null && value.length() > max) {
                warnings.accept(id + ": " + field + " of " + value.length() + " characters cut to " + max);
            }
        }
    }
}
