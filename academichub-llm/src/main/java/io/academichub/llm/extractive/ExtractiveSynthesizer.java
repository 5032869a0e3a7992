package io.academichub.llm.extractive;

import io.academichub.llm.briefing.BriefingLabels;
import io.academichub.llm.briefing.Bridge;
import io.academichub.llm.briefing.ReadingPick;
import io.academichub.llm.briefing.Statement;
import io.academichub.llm.briefing.Theme;
import io.academichub.llm.internal.FieldNames;
import io.academichub.llm.internal.PaperFields;
import io.academichub.llm.internal.TexText;
import io.academichub.model.Paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the parts of a briefing without a model, from the papers' words alone.
 *
 * <ul>
 *   <li><b>Themes</b>: spherical k-means over tf-idf vectors of stemmed title and abstract terms (Lucene analysis,
 *       stock words of academic prose left out); a theme is named by the terms that weigh more in it than in the whole
 *       set, each in the phrase its papers write it in when most do ("large language models"), and told by the key
 *       sentences of its most central papers that use the words naming it.</li>
 *   <li><b>Bridges</b>: a rare term that two papers of a theme, from two different fields, are both about; the idea
 *       comes from the field where more papers use it. A theme without such a term has no bridge.</li>
 *   <li><b>Read first</b>: the most central paper about each of the largest themes, those crossing fields first.</li>
 *   <li><b>TL;DR</b>: each abstract's key sentence, quoted.</li>
 * </ul>
 *
 * Themes and bridges name fields by their readable names in the reader's language ({@code FieldNames});
 * {@link Synthesis#fields()} keeps each paper's field as {@code PaperFields} gives it (an arXiv archive code).
 *
 * Paper numbers in the result are positions in the list given, from 1. Deterministic: the same papers give the
 * same synthesis. Thread-safe (no state).
 */
public final class ExtractiveSynthesizer {

    private static final int MAX_THEMES = 15;
    private static final int NAME_TERMS = 3;
    private static final int MAX_BRIDGES = 6;
    private static final int MAX_READ_FIRST = 5;
    /** A bridge's term is one of this many heaviest terms of each paper it links. */
    private static final int TOP_TERMS = 5;

    /**
     * What the extractive path writes.
     *
     * @param overview  statements on the whole set
     * @param themes    themes, largest first
     * @param bridges   bridges between fields
     * @param readFirst papers to read first
     * @param fields    the field of each paper, in input order
     * @param tldrs     the key sentence of each paper, in input order
     */
    public record Synthesis(List<Statement> overview, List<Theme> themes, List<Bridge> bridges,
                            List<ReadingPick> readFirst, List<String> fields, List<String> tldrs) {
        /**
         * Checks the components as described above.
         *
         * @param overview  statements on the whole set
         * @param themes    themes, largest first
         * @param bridges   bridges between fields
         * @param readFirst papers to read first
         * @param fields    the field of each paper, in input order
         * @param tldrs     the key sentence of each paper, in input order
         */
        public Synthesis {
            overview = List.copyOf(overview);
            themes = List.copyOf(themes);
            bridges = List.copyOf(bridges);
            readFirst = List.copyOf(readFirst);
            fields = List.copyOf(fields);
            tldrs = List.copyOf(tldrs);
        }
    }

    /** Creates a synthesizer. */
    public ExtractiveSynthesizer() {
    }

    /** The number of themes looked for among {@code n} papers: about √n, from 2 to 15; 1 below six papers. */
    static int themeCount(int n) {
        return n < 6 ? 1 : (int) Math.max(2, Math.min(MAX_THEMES, Math.round(Math.sqrt(n))));
    }

    /**
     * Writes the synthesis of {@code papers}; labels give the sentences' language.
     *
     * @param papers the papers
     * @param labels the labels in the reader's language
     * @return the synthesis of {@code papers}; labels give the sentences' language
     */
    public Synthesis synthesize(List<Paper> papers, BriefingLabels labels) {
        int n = papers.size();
        List<String> fields = papers.stream().map(PaperFields::of).toList();
        if (n == 0) {
            return new Synthesis(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        TermVectors tv = new TermVectors(papers);
        Phrases phrases = new Phrases(papers);
        List<String> tldrs = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            tldrs.add(KeySentences.of(papers.get(p), p, tv));
        }
        ThemeClusters clusters = new ThemeClusters(tv, themeCount(n));
        List<Cluster> found = new ArrayList<>();
        for (int c = 0; c < clusters.k; c++) {
            Cluster cluster = cluster(c, clusters.members(c), clusters, tv, phrases, n);
            if (cluster != null) {
                found.add(cluster);
            }
        }
        found.sort(Comparator.comparingInt((Cluster c) -> -c.members.size()).thenComparingInt(c -> c.index));

        List<Theme> themes = new ArrayList<>();
        for (Cluster c : found) {
            List<Statement> statements = new ArrayList<>();
            for (int p : c.about.subList(0, Math.min(2, c.about.size()))) {
                statements.add(Statement.of(tldrs.get(p), p + 1));
            }
            List<Integer> numbers = c.members.stream().map(p -> p + 1).sorted().toList();
            themes.add(new Theme(c.name, statements, numbers, fieldNames(c.members, fields, labels), true));
        }
        List<Bridge> bridges = bridges(found, papers, fields, tv, phrases, labels);
        return new Synthesis(overview(found, themes, fields, labels), themes, bridges,
                readFirst(found, themes, labels), fields, tldrs);
    }

    /**
     * The theme of k-means cluster {@code c}, or {@code null} when it is too small or no member is clearly about
     * the words that name it.
     */
    private static Cluster cluster(int c, List<Integer> clustered, ThemeClusters clusters, TermVectors tv,
                                   Phrases phrases, int n) {
        if (clustered.size() < 2 && !(n < 6 && !clustered.isEmpty())) {
            return null;
        }
        List<Integer> terms = tellingTerms(c, clustered, clusters, tv);
        // Members that share none of the theme's telling terms were put there by the rest of their vector only.
        List<Integer> members = clustered.stream().filter(p -> terms.stream().anyMatch(t -> tv.weight(p, t) > 0))
                .toList();
        if (members.size() < 2 && !(n < 6 && !members.isEmpty())) {
            return null;
        }
        // The name: the best telling terms, each in the phrase its papers write it in when most of them do.
        List<String> labels = new ArrayList<>();
        List<Integer> named = new ArrayList<>();
        Set<String> wordsUsed = new HashSet<>();
        for (int t : terms) {
            if (labels.size() == NAME_TERMS) {
                break;
            }
            List<Integer> using = members.stream().filter(p -> tv.weight(p, t) > 0).toList();
            String phrase = phrases.of(tv.forms(t), using);
            String label = phrase != null ? phrase : tv.word(t);
            List<String> words = List.of(label.split(" "));
            if (words.stream().anyMatch(wordsUsed::contains)) {
                continue; // "language" after "large language models"
            }
            wordsUsed.addAll(words);
            labels.add(label);
            named.add(t);
        }
        // A statement for the theme comes only from a paper that uses the words naming it (two of them, when two
        // or more name it): the most central member may share only the cluster's weaker terms.
        int needed = Math.min(2, named.size());
        List<Integer> about = members.stream()
                .filter(p -> named.stream().filter(t -> tv.weight(p, t) > 0).count() >= needed).toList();
        if (named.isEmpty() || about.isEmpty()) {
            return null;
        }
        return new Cluster(c, members, terms, about, String.join(" · ", labels));
    }

    private static List<Statement> overview(List<Cluster> found, List<Theme> themes, List<String> fields,
                                            BriefingLabels labels) {
        List<Statement> overview = new ArrayList<>();
        if (themes.isEmpty()) {
            return overview;
        }
        int top = Math.min(3, themes.size());
        List<String> names = new ArrayList<>();
        List<Integer> cited = new ArrayList<>();
        for (int i = 0; i < top; i++) {
            names.add(themes.get(i).name());
            cited.add(found.get(i).about.get(0) + 1);
        }
        Set<String> distinct = new LinkedHashSet<>(fields);
        if (distinct.size() > 1) {
            distinct.remove(PaperFields.UNKNOWN); // papers naming no field are not one more field
        }
        overview.add(new Statement(labels.overviewCounts(fields.size(), distinct.size(), names), cited));
        List<String> crossNames = new ArrayList<>();
        List<Integer> crossCited = new ArrayList<>();
        int crossing = 0;
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).crossesFields()) {
                crossing++;
                if (crossNames.size() < 3) {
                    crossNames.add(labels.themeWithFields(themes.get(i).name(), themes.get(i).fields()));
                    crossCited.add(found.get(i).about.get(0) + 1);
                }
            }
        }
        if (crossing > 0) {
            overview.add(new Statement(labels.overviewCross(crossing, crossNames), crossCited));
        }
        return overview;
    }

    /**
     * One bridge per theme at most: a telling term (used by at most one paper in twenty, and by two at least; never a
     * stock word) that papers of two different fields within the theme are about: each uses it in its title or twice
     * in its abstract, and it is one of the paper's five heaviest terms. The idea comes from the field where more of the day's papers use it. A theme with no such term has
     * no bridge: none is better than one built on a common word.
     */
    private static List<Bridge> bridges(List<Cluster> found, List<Paper> papers, List<String> fields, TermVectors tv,
                                        Phrases phrases, BriefingLabels labels) {
        int maxDf = Math.max(2, papers.size() / 20);
        List<Bridge> bridges = new ArrayList<>();
        Set<Integer> termsUsed = new HashSet<>();
        Set<Integer> papersUsed = new HashSet<>();
        for (Cluster c : found) {
            if (bridges.size() == MAX_BRIDGES) {
                break;
            }
            int bestTerm = -1;
            int bestFrom = -1;
            int bestTo = -1;
            float bestScore = 0f;
            for (int term : c.terms) {
                if (tv.df(term) > maxDf || termsUsed.contains(term)) {
                    continue;
                }
                // the strongest user of the term in each known field of the theme
                Map<String, Integer> strongest = new LinkedHashMap<>();
                for (int p : c.members) {
                    if (!PaperFields.UNKNOWN.equals(fields.get(p)) && !papersUsed.contains(p)
                            && tv.usesStrongly(p, term) && tv.isTopTerm(p, term, TOP_TERMS)) {
                        strongest.merge(fields.get(p), p, (a, b) -> tv.weight(b, term) > tv.weight(a, term) ? b : a);
                    }
                }
                if (strongest.size() < 2) {
                    continue;
                }
                String home = homeField(term, strongest.keySet(), fields, tv);
                int from = strongest.get(home);
                for (Map.Entry<String, Integer> other : strongest.entrySet()) {
                    int to = other.getValue();
                    float score = Math.min(tv.weight(from, term), tv.weight(to, term));
                    if (!other.getKey().equals(home) && score > bestScore) {
                        bestScore = score;
                        bestTerm = term;
                        bestFrom = from;
                        bestTo = to;
                    }
                }
            }
            if (bestTerm < 0) {
                continue;
            }
            termsUsed.add(bestTerm);
            papersUsed.add(bestFrom);
            papersUsed.add(bestTo);
            // named by the phrase both papers write it in, when they do
            String phrase = phrases.of(tv.forms(bestTerm), List.of(bestFrom, bestTo));
            String idea = phrase != null ? phrase : tv.word(bestTerm);
            String from = FieldNames.of(fields.get(bestFrom), labels.language());
            String to = FieldNames.of(fields.get(bestTo), labels.language());
            String text = labels.bridge(from, to, TexText.readable(papers.get(bestFrom).title()),
                    TexText.readable(papers.get(bestTo).title())); // quoted as read: Schr\"odinger → Schrödinger
            bridges.add(new Bridge(idea, from, to, Statement.of(text, bestFrom + 1, bestTo + 1), true));
        }
        return bridges;
    }

    /** Of {@code candidates}, the field in which most of the papers use {@code term}; the first on a tie. */
    private static String homeField(int term, Set<String> candidates, List<String> fields, TermVectors tv) {
        Map<String, Integer> users = new LinkedHashMap<>();
        for (String f : candidates) {
            users.put(f, 0);
        }
        for (int p = 0; p < fields.size(); p++) {
            if (users.containsKey(fields.get(p)) && tv.weight(p, term) > 0) {
                users.merge(fields.get(p), 1, Integer::sum);
            }
        }
        return users.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static List<ReadingPick> readFirst(List<Cluster> found, List<Theme> themes, BriefingLabels labels) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            order.add(i);
        }
        // Themes that cross fields first, then by size (the list is already by size).
        order.sort(Comparator.comparingInt(i -> themes.get(i).crossesFields() ? 0 : 1));
        List<ReadingPick> picks = new ArrayList<>();
        for (int i : order) {
            if (picks.size() == MAX_READ_FIRST) {
                break;
            }
            Theme theme = themes.get(i);
            int paper = found.get(i).about.get(0) + 1;
            String why = labels.readFirstWhy(theme.name(), theme.papers().size(), theme.fields());
            picks.add(new ReadingPick(paper, Statement.of(why, paper), true));
        }
        return picks;
    }

    /**
     * The readable names of the fields of {@code members}, the field with most papers first. A paper that names no
     * field counts only when no member names one: it does not make a theme cross fields.
     */
    private static List<String> fieldNames(List<Integer> members, List<String> fields, BriefingLabels labels) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int p : members) {
            counts.merge(fields.get(p), 1, Integer::sum);
        }
        if (counts.size() > 1) {
            counts.remove(PaperFields.UNKNOWN);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> FieldNames.of(e.getKey(), labels.language()))
                .toList();
    }

    /**
     * Terms that weigh more in the cluster than in the whole set (the heaviest, when the set is one group) and occur in
     * two of its papers, best first.
     */
    private static List<Integer> tellingTerms(int c, List<Integer> members, ThemeClusters clusters, TermVectors tv) {
        float[] centroid = clusters.centroids[c];
        // With one group its centroid is the whole set's, and their difference only rounding: its heaviest terms
        // tell it instead.
        float[] baseline = clusters.k == 1 ? new float[centroid.length] : clusters.corpusCentroid;
        List<Integer> candidates = new ArrayList<>();
        for (int t = 0; t < centroid.length; t++) {
            if (centroid[t] > baseline[t]) {
                candidates.add(t);
            }
        }
        candidates.sort((x, y) -> Float.compare(centroid[y] - baseline[y], centroid[x] - baseline[x]));
        List<Integer> terms = new ArrayList<>();
        int needed = members.size() >= 2 ? 2 : 1;
        for (int t : candidates) {
            int in = 0;
            for (int p : members) {
                if (clusters.uses(p, t) && ++in >= needed) {
                    break;
                }
            }
            if (in >= needed) {
                terms.add(t);
                if (terms.size() == 10) {
                    break;
                }
            }
        }
        return terms;
    }

    /**
     * A theme found: its k-means cluster, members (most central first), telling terms (best first), the members
     * about the words naming it (most central first) and its name.
     */
    private record Cluster(int index, List<Integer> members, List<Integer> terms, List<Integer> about, String name) {
    }
}
