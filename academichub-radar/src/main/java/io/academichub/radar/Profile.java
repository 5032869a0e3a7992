package io.academichub.radar;

import io.academichub.model.PaperId;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What one reader wants from a day's papers: named interests (weighted Lucene queries), exclusions, category and
 * source filters, authors to follow, seed papers ("more like these"), a minimum score, a limit and whether each
 * interest keeps a fair share of the list. Immutable; every query is parsed when the profile is built, so a bad
 * profile fails before anything runs.
 *
 * <pre>{@code
 * Profile profile = Profile.builder("quantum-error-correction")
 *         .interest("codes", "\"surface code\" OR qLDPC OR \"logical qubit\"", 1.0)
 *         .interest("decoders", "(decoder OR syndrome) AND (quantum OR qubit)", 0.8)
 *         .exclusion("no surveys", "title:survey")
 *         .categories("quant-ph", "cs.IT")
 *         .authors("Craig Gidney", "B. M. Terhal")
 *         .seeds("2411.18287")
 *         .limit(50)
 *         .build();
 * }</pre>
 *
 * Files in YAML or JSON are read by {@link ProfileReader}.
 */
public final class Profile {

    /** {@link #limit()} when none is given. */
    public static final int DEFAULT_LIMIT = 50;

    private final String name;
    private final List<Interest> interests;
    private final List<Exclusion> exclusions;
    private final Set<String> categories;
    private final Set<String> excludeCategories;
    private final List<String> sources;
    private final Set<String> excludeSources;
    private final List<String> authors;
    private final List<PaperId> seeds;
    private final List<Seed> seedPapers;
    private final double minScore;
    private final int limit;
    private final boolean fairShare;

    // Parsed once, here: the radar and the many-profile matcher use these.
    final List<Query> interestQueries;
    final List<Query> exclusionQueries;
    final List<AuthorName> followed;
    /** The index fields the interest and exclusion queries search, found once: a matcher unions them per run. */
    final Set<String> queriedFields;

    private Profile(Builder b, List<Query> interestQueries, List<Query> exclusionQueries, List<AuthorName> followed) {
        this.name = b.name;
        this.interests = List.copyOf(b.interests);
        this.exclusions = List.copyOf(b.exclusions);
        this.categories = Set.copyOf(b.categories);
        this.excludeCategories = Set.copyOf(b.excludeCategories);
        this.sources = List.copyOf(b.sources);
        this.excludeSources = Set.copyOf(b.excludeSources);
        this.authors = List.copyOf(b.authors);
        this.seeds = List.copyOf(b.seeds);
        this.seedPapers = List.copyOf(b.seedPapers);
        this.minScore = b.minScore;
        this.limit = b.limit;
        this.fairShare = b.fairShare;
        this.interestQueries = List.copyOf(interestQueries);
        this.exclusionQueries = List.copyOf(exclusionQueries);
        this.followed = List.copyOf(followed);
        this.queriedFields = PaperIndex.queriedFields(this.interestQueries, this.exclusionQueries);
    }

    /**
     * A builder for a profile with this name.
     *
     * @param name the profile's name, not blank
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The profile's name: the key under which the store remembers what it was shown.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The interests, in the order given.
     *
     * @return the interests
     */
    public List<Interest> interests() {
        return interests;
    }

    /**
     * The exclusions, in the order given.
     *
     * @return the exclusions
     */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    /**
     * Categories a paper must have one of (any of its categories, not only the primary); empty for any.
     *
     * @return the categories to include
     */
    public Set<String> categories() {
        return categories;
    }

    /**
     * Categories that remove a paper when it has any of them.
     *
     * @return the categories to exclude
     */
    public Set<String> excludeCategories() {
        return excludeCategories;
    }

    /**
     * Sources to read, as source specs ({@code arxiv}, {@code arxiv:quant-ph+cs.IT}, {@code nature}); a paper must
     * come from one of their kinds ({@code arxiv-api} and {@code arxiv-oai} count as {@code arxiv}). Empty for any.
     *
     * @return the source specs
     */
    public List<String> sources() {
        return sources;
    }

    /**
     * Source kinds whose papers are removed.
     *
     * @return the source kinds to exclude, lower case
     */
    public Set<String> excludeSources() {
        return excludeSources;
    }

    /**
     * Authors to follow, as the profile wrote them.
     *
     * @return the followed authors
     */
    public List<String> authors() {
        return authors;
    }

    /**
     * Seed papers named by id, to be looked up (in the store, in the day's papers, or by a seed lookup).
     *
     * @return the seed ids
     */
    public List<PaperId> seeds() {
        return seeds;
    }

    /**
     * Seed papers whose text the profile carries (read from a BibTeX or CSL-JSON library).
     *
     * @return the seeds with their text
     */
    public List<Seed> seedPapers() {
        return seedPapers;
    }

    /**
     * Matches scoring below this (in [0, 1]) are dropped.
     *
     * @return the minimum score
     */
    public double minScore() {
        return minScore;
    }

    /**
     * The most matches a run returns.
     *
     * @return the limit
     */
    public int limit() {
        return limit;
    }

    /**
     * Whether each interest is guaranteed a share of the list in proportion to its weight (its best papers first,
     * the rest by score), so that a busy interest does not crowd out the others; see {@link Radar}. Matters only
     * with two or more interests and more candidates than the {@link #limit()}.
     *
     * @return {@code true} unless switched off
     */
    public boolean fairShare() {
        return fairShare;
    }

    /** The source kinds of {@link #sources()}: the part of each spec before a colon. */
    Set<String> sourceKinds() {
        Set<String> kinds = new HashSet<>();
        for (String spec : sources) {
            kinds.add(sourceKind(spec));
        }
        return kinds;
    }

    static String sourceKind(String spec) {
        String kind = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        kind = kind.strip().toLowerCase(Locale.ROOT);
        return kind.startsWith("arxiv-") ? "arxiv" : kind;
    }

    @Override
    public String toString() {
        return "Profile[" + name + ", " + interests.size() + " interests]";
    }

    /**
     * Builds a {@link Profile}. {@link #build()} parses every query and checks every value; it throws
     * {@link ProfileException} naming the interest and the column of a bad query.
     */
    public static final class Builder {
        private final String name;
        private final List<Interest> interests = new ArrayList<>();
        private final List<Exclusion> exclusions = new ArrayList<>();
        private final Set<String> categories = new LinkedHashSet<>();
        private final Set<String> excludeCategories = new LinkedHashSet<>();
        private final List<String> sources = new ArrayList<>();
        private final Set<String> excludeSources = new LinkedHashSet<>();
        private final List<String> authors = new ArrayList<>();
        private final List<PaperId> seeds = new ArrayList<>();
        private final List<Seed> seedPapers = new ArrayList<>();
        private double minScore;
        private int limit = DEFAULT_LIMIT;
        private boolean fairShare = true;

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new ProfileException("profile name is blank");
            }
            this.name = name.strip();
        }

        /**
         * Adds an interest.
         *
         * @param interest the interest; its name must be new to the profile
         * @return this builder
         */
        public Builder interest(Interest interest) {
            Objects.requireNonNull(interest, "interest");
            if (interests.stream().anyMatch(i -> i.name().equals(interest.name()))) {
                throw new ProfileException("two interests are named '" + interest.name() + "'");
            }
            interests.add(interest);
            return this;
        }

        /**
         * Adds an interest with this name, query and weight.
         *
         * @param name shown in the reasons; unique within the profile
         * @param query in Lucene's classic syntax
         * @param weight relative weight, {@code > 0}
         * @return this builder
         */
        public Builder interest(String name, String query, double weight) {
            try {
                return interest(new Interest(name, query, weight));
            } catch (IllegalArgumentException e) {
                throw new ProfileException(e.getMessage(), e);
            }
        }

        /**
         * Adds an exclusion: papers matching the query are removed, for the reason {@code name}.
         *
         * @param name the reason shown for a removed paper
         * @param query in Lucene's classic syntax
         * @return this builder
         */
        public Builder exclusion(String name, String query) {
            try {
                exclusions.add(new Exclusion(name, query));
            } catch (IllegalArgumentException e) {
                throw new ProfileException(e.getMessage(), e);
            }
            return this;
        }

        /**
         * Categories a paper must have one of, e.g. {@code quant-ph}, {@code cs.IT}.
         *
         * @param names category names
         * @return this builder
         */
        public Builder categories(String... names) {
            categories.addAll(nonBlank("category", names));
            return this;
        }

        /**
         * Categories that remove a paper.
         *
         * @param names category names
         * @return this builder
         */
        public Builder excludeCategories(String... names) {
            excludeCategories.addAll(nonBlank("excluded category", names));
            return this;
        }

        /**
         * Sources to read, as source specs ({@code arxiv}, {@code arxiv:quant-ph}); see {@link Profile#sources()}.
         *
         * @param specs source specs
         * @return this builder
         */
        public Builder sources(String... specs) {
            sources.addAll(nonBlank("source", specs));
            return this;
        }

        /**
         * Source kinds whose papers are removed.
         *
         * @param kinds source kinds ({@code arxiv}, {@code biorxiv}, …)
         * @return this builder
         */
        public Builder excludeSources(String... kinds) {
            for (String k : nonBlank("excluded source", kinds)) {
                excludeSources.add(sourceKind(k));
            }
            return this;
        }

        /**
         * Authors to follow: "Yann LeCun", "Y. LeCun" and "LeCun, Yann" all work.
         *
         * @param names names as people write them
         * @return this builder
         */
        public Builder authors(String... names) {
            authors.addAll(nonBlank("author", names));
            return this;
        }

        /**
         * Seed papers by id: arXiv ids or DOIs in any common form.
         *
         * @param ids arXiv ids or DOIs
         * @return this builder
         * @throws ProfileException for text that is not a paper id
         */
        public Builder seeds(String... ids) {
            for (String id : nonBlank("seed", ids)) {
                try {
                    seeds.add(PaperId.parse(id));
                } catch (IllegalArgumentException e) {
                    throw new ProfileException("seed: " + e.getMessage(), e);
                }
            }
            return this;
        }

        /**
         * Seed papers whose text is known (as {@link SeedLibrary} reads them from a BibTeX or CSL-JSON file).
         *
         * @param papers the seeds
         * @return this builder
         */
        public Builder seedPapers(List<Seed> papers) {
            seedPapers.addAll(List.copyOf(papers));
            return this;
        }

        /**
         * Drops matches scoring below this; in [0, 1], default 0.
         *
         * @param minScore in [0, 1]
         * @return this builder
         */
        public Builder minScore(double minScore) {
            if (!(minScore >= 0 && minScore <= 1)) {
                throw new ProfileException("minScore must be between 0 and 1: " + minScore);
            }
            this.minScore = minScore;
            return this;
        }

        /**
         * The most matches a run returns; default {@value Profile#DEFAULT_LIMIT}.
         *
         * @param limit at least 1
         * @return this builder
         */
        public Builder limit(int limit) {
            if (limit < 1) {
                throw new ProfileException("limit must be at least 1: " + limit);
            }
            this.limit = limit;
            return this;
        }

        /**
         * Whether each interest keeps a share of the list in proportion to its weight; default {@code true}.
         * {@code false} lists the best papers by score alone, however many of them one interest brings.
         *
         * @param fairShare whether the interests share the list
         * @return this builder
         * @see Profile#fairShare()
         */
        public Builder fairShare(boolean fairShare) {
            this.fairShare = fairShare;
            return this;
        }

        /**
         * Checks everything and builds the profile.
         *
         * @return the profile
         * @throws ProfileException for a query that does not parse ("interest 'broken', query column 12:
         *                          Encountered &lt;EOF&gt;"), an author without a surname, or a profile that could
         *                          match nothing (no interest, author or seed)
         */
        public Profile build() {
            List<Query> interestQueries = new ArrayList<>();
            for (Interest interest : interests) {
                interestQueries.add(parse("interest '" + interest.name() + "'", interest.query()));
            }
            List<Query> exclusionQueries = new ArrayList<>();
            for (Exclusion exclusion : exclusions) {
                exclusionQueries.add(parse("exclusion '" + exclusion.name() + "'", exclusion.query()));
            }
            List<AuthorName> followed = new ArrayList<>();
            for (String author : authors) {
                try {
                    followed.add(AuthorName.parse(author));
                } catch (IllegalArgumentException e) {
                    throw new ProfileException("author: " + e.getMessage(), e);
                }
            }
            if (interests.isEmpty() && authors.isEmpty() && seeds.isEmpty() && seedPapers.isEmpty()) {
                throw new ProfileException("profile '" + name + "' has no interests, authors or seeds: it would match nothing");
            }
            return new Profile(this, interestQueries, exclusionQueries, followed);
        }

        static Query parse(String what, String query) {
            try {
                return Analysis.parse(query);
            } catch (Analysis.QuerySyntaxException e) {
                throw new ProfileException(what + (e.column > 0 ? ", query column " + e.column : ", query") + ": "
                        + e.problem);
            }
        }

        private static List<String> nonBlank(String what, String... values) {
            List<String> out = new ArrayList<>();
            for (String v : values) {
                if (v == null || v.isBlank()) {
                    throw new ProfileException(what + " is blank");
                }
                out.add(v.strip());
            }
            return out;
        }
    }
}
