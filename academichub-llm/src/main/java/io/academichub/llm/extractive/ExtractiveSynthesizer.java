package io.academichub.llm.extractive;

import io.academichub.llm.briefing.BriefingLabels;
import io.academichub.llm.briefing.Bridge;
import io.academichub.llm.briefing.ReadingPick;
import io.academichub.llm.briefing.Statement;
import io.academichub.llm.briefing.Theme;
import io.academichub.llm.internal.PaperFields;
import io.academichub.model.Paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the parts of a briefing without a model, from the papers' words alone.
 *
 * <ul>
 *   <li><b>Themes</b>: spherical k-means over tf-idf vectors of stemmed title and abstract terms (Lucene analysis);
 *       a theme is named by the terms that weigh more in it than in the whole set, and told by the key sentences of
 *       its most central papers.</li>
 *   <li><b>Bridges</b>: a theme whose papers come from two fields; the idea is the telling term both sides use
 *       most, and the bridge cites the paper on each side that uses it most.</li>
 *   <li><b>Read first</b>: the most central paper of each of the largest themes, those crossing fields first.</li>
 *   <li><b>TL;DR</b>: each abstract's key sentence, quoted.</li>
 * </ul>
 *
 * Paper numbers in the result are positions in the list given, from 1. Deterministic: the same papers give the
 * same synthesis. Thread-safe (no state).
 */
public final class ExtractiveSynthesizer {

    private static final int MAX_THEMES = 15;
    private static final int NAME_TERMS = 3;
    private static final int MAX_BRIDGES = 6;
    private static final int MAX_READ_FIRST = 5;

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
        List<String> tldrs = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            tldrs.add(KeySentences.of(papers.get(p), p, tv));
        }
        ThemeClusters clusters = new ThemeClusters(tv, themeCount(n));
        List<Cluster> found = new ArrayList<>();
        for (int c = 0; c < clusters.k; c++) {
            List<Integer> members = clusters.members(c);
            if (members.size() >= 2 || (n < 6 && !members.isEmpty())) {
                found.add(new Cluster(c, members, tellingTerms(c, members, clusters, tv)));
            }
        }
        found.sort(Comparator.comparingInt((Cluster c) -> -c.members.size()).thenComparingInt(c -> c.index));

        List<Theme> themes = new ArrayList<>();
        for (Cluster c : found) {
            List<Statement> statements = new ArrayList<>();
            for (int p : c.members.subList(0, Math.min(2, c.members.size()))) {
                statements.add(Statement.of(tldrs.get(p), p + 1));
            }
            List<Integer> numbers = c.members.stream().map(p -> p + 1).sorted().toList();
            themes.add(new Theme(c.name(tv), statements, numbers, fieldsBySize(c.members, fields), true));
        }
        List<Bridge> bridges = bridges(found, themes, papers, fields, tv, clusters, labels);
        return new Synthesis(overview(found, themes, fields, labels), themes, bridges,
                readFirst(found, themes, labels), fields, tldrs);
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
            cited.add(found.get(i).members.get(0) + 1);
        }
        overview.add(new Statement(labels.overviewCounts(fields.size(), new LinkedHashSet<>(fields).size(), names),
                cited));
        List<String> crossNames = new ArrayList<>();
        List<Integer> crossCited = new ArrayList<>();
        int crossing = 0;
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).crossesFields()) {
                crossing++;
                if (crossNames.size() < 3) {
                    crossNames.add(labels.themeWithFields(themes.get(i).name(), themes.get(i).fields()));
                    crossCited.add(found.get(i).members.get(0) + 1);
                }
            }
        }
        if (crossing > 0) {
            overview.add(new Statement(labels.overviewCross(crossing, crossNames), crossCited));
        }
        return overview;
    }

    private static List<Bridge> bridges(List<Cluster> found, List<Theme> themes, List<Paper> papers,
                                        List<String> fields, TermVectors tv, ThemeClusters clusters,
                                        BriefingLabels labels) {
        List<Bridge> bridges = new ArrayList<>();
        for (int i = 0; i < found.size() && bridges.size() < MAX_BRIDGES; i++) {
            Theme theme = themes.get(i);
            if (!theme.crossesFields()) {
                continue;
            }
            Cluster c = found.get(i);
            String a = theme.fields().get(0);
            String b = theme.fields().get(1);
            // The idea both fields use most: the telling term with the largest weaker side.
            int bestTerm = -1;
            int bestA = -1;
            int bestB = -1;
            float bestScore = -1f;
            for (int term : c.terms) {
                int pa = strongest(c.members, a, term, fields, tv);
                int pb = strongest(c.members, b, term, fields, tv);
                if (pa < 0 || pb < 0) {
                    continue;
                }
                float score = Math.min(tv.weight(pa, term), tv.weight(pb, term));
                if (score > bestScore) {
                    bestScore = score;
                    bestTerm = term;
                    bestA = pa;
                    bestB = pb;
                }
            }
            if (bestTerm < 0) {
                continue; // the two fields share none of the theme's telling terms: no bridge to name
            }
            // The idea's home is the side that uses it more.
            boolean aIsHome = tv.weight(bestA, bestTerm) >= tv.weight(bestB, bestTerm);
            int from = aIsHome ? bestA : bestB;
            int to = aIsHome ? bestB : bestA;
            String idea = tv.word(bestTerm);
            String text = labels.bridge(idea, fields.get(from), fields.get(to), papers.get(from).title(),
                    papers.get(to).title());
            bridges.add(new Bridge(idea, fields.get(from), fields.get(to), Statement.of(text, from + 1, to + 1), true));
        }
        return bridges;
    }

    /** The member of {@code field} that weighs {@code term} most, or -1. */
    private static int strongest(List<Integer> members, String field, int term, List<String> fields, TermVectors tv) {
        int best = -1;
        float bestWeight = 0f;
        for (int p : members) {
            if (fields.get(p).equals(field)) {
                float w = tv.weight(p, term);
                if (w > bestWeight) {
                    bestWeight = w;
                    best = p;
                }
            }
        }
        return best;
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
            int paper = found.get(i).members.get(0) + 1;
            String why = labels.readFirstWhy(theme.name(), theme.papers().size(), theme.fields());
            picks.add(new ReadingPick(paper, Statement.of(why, paper), true));
        }
        return picks;
    }

    private static List<String> fieldsBySize(List<Integer> members, List<String> fields) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int p : members) {
            counts.merge(fields.get(p), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Terms that weigh more in the cluster than in the whole set and occur in two of its papers, best first. */
    private static List<Integer> tellingTerms(int c, List<Integer> members, ThemeClusters clusters, TermVectors tv) {
        float[] centroid = clusters.centroids[c];
        List<Integer> candidates = new ArrayList<>();
        for (int t = 0; t < centroid.length; t++) {
            if (centroid[t] > clusters.corpusCentroid[t]) {
                candidates.add(t);
            }
        }
        candidates.sort((x, y) -> Float.compare(centroid[y] - clusters.corpusCentroid[y],
                centroid[x] - clusters.corpusCentroid[x]));
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

    /** A cluster found: its index, members (most central first) and telling terms (best first). */
    private record Cluster(int index, List<Integer> members, List<Integer> terms) {
        String name(TermVectors tv) {
            Set<String> words = new LinkedHashSet<>();
            for (int t : terms) {
                words.add(tv.word(t));
                if (words.size() == NAME_TERMS) {
                    break;
                }
            }
            if (words.isEmpty()) {
                return "—";
            }
            return String.join(" · ", words);
        }
    }
}
