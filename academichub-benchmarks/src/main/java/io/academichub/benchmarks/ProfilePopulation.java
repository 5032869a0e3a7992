package io.academichub.benchmarks;

import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.radar.Profile;
import io.academichub.source.SourceRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A reproducible population of many readers' profiles, drawn from a research vocabulary that is <em>not</em> the
 * day's: the other real recordings in {@code ../shared/fixtures/real} (214 papers: an arXiv API search across fields,
 * a condensed-matter author's arXiv papers, an arXiv OAI-PMH page of nuclear physics, a Nature issue, Crossref works
 * including a bioRxiv preprint, a PubMed article). So, as for real readers, a profile's words may or may not occur on
 * a given day, and most profiles match few or none of the day's papers.
 *
 * <ul>
 * <li>Words: the words of 5+ letters of the titles (a title says what a paper is about; English stop words and a
 *     short list of words that say how rather than what, such as "approach", "novel", "model", left out), drawn
 *     with probability proportional to their document frequency among the 214.</li>
 * <li>Phrases: two adjacent words of a title (3+ letters each, no stop word), drawn by document frequency.</li>
 * <li>Each profile: 2 to 6 interests (weights 0.5–1.0), each a phrase (50%), two words of one title joined by AND
 *     (40%) or a title word (10%), the shapes of the queries in the example profile; a third also follow 1–3 authors named in those recordings; a third
 *     keep 1–2 of the day's categories; a tenth exclude a title word; limit 20; no seeds (a seed makes a profile rank
 *     the whole day in either path, so seeds would only add the same cost to both).</li>
 * </ul>
 */
final class ProfilePopulation {

    private static final String REAL = "../shared/fixtures/real/";
    /** Recordings other than the benchmark's day, by the format that reads them. */
    private static final String[][] RECORDINGS = {
        {"arxiv-atom", "arxiv-api-atom/search_all-testing_start0_max100_2026-04.xml"},
        {"arxiv-atom", "arxiv-api-atom/legacy_search_au-del_maestro-ANDNOT_2016-10.xml"},
        {"arxiv-oai", "arxiv-oai-pmh/ListRecords_arXivRaw_from-2014-10-01_with-resumptionToken_2015-01.xml"},
        {"rss", "nature-rss/nature_current_rss1.0-rdf_2024-08-20.rss"},
        {"crossref-json", "crossref-works/works_query-widget_cursor-star_rows20_2026-06.json"},
        {"crossref-json", "crossref-works/work_10.1101-2024.04.01.587366_biorxiv-posted-content.json"},
        {"crossref-json", "crossref-works/work_10.1371-journal.pone.0033693_2026-06.json"},
        {"pubmed-xml", "pubmed-eutils/efetch_pubmed_27797938.xml"},
    };
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
            "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "will", "with", "from", "which", "have", "been", "also", "than",
            "were", "can", "has", "its", "our", "we", "via", "using", "based", "your", "what", "how", "when", "why");
    /** Title words that say how, not what: never an interest on their own. */
    private static final Set<String> GENERIC = Set.of("towards", "toward", "approach", "approaches", "analysis",
            "study", "studies", "method", "methods", "novel", "results", "effect", "effects", "model", "models",
            "beyond", "large", "scale", "improved", "improving", "efficient", "first", "under", "through", "between",
            "without", "within", "correction", "author", "using", "based", "framework", "system", "systems");

    private final List<String> words = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private final List<List<String>> wordsByPaper = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private final int paperCount;

    private ProfilePopulation(List<Paper> corpus) {
        paperCount = corpus.size();
        Map<String, Integer> wordDf = new TreeMap<>();
        Map<String, Integer> phraseDf = new TreeMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (Paper p : corpus) {
            List<String> title = tokens(p.title());
            Set<String> titleWords = new LinkedHashSet<>();
            Set<String> titlePhrases = new LinkedHashSet<>();
            for (int i = 0; i < title.size(); i++) {
                String w = title.get(i);
                if (w.length() >= 5 && !STOP.contains(w) && !GENERIC.contains(w)) {
                    titleWords.add(w);
                }
                if (i + 1 < title.size() && w.length() >= 3 && title.get(i + 1).length() >= 3 && !STOP.contains(w)
                        && !STOP.contains(title.get(i + 1))) {
                    titlePhrases.add(w + " " + title.get(i + 1));
                }
            }
            titleWords.forEach(w -> wordDf.merge(w, 1, Integer::sum));
            titlePhrases.forEach(ph -> phraseDf.merge(ph, 1, Integer::sum));
            if (titleWords.size() >= 2) {
                wordsByPaper.add(List.copyOf(titleWords));
            }
            for (Author a : p.authors()) {
                names.add(a.name());
            }
        }
        // a list holding each entry df times: drawing uniformly from it draws by document frequency
        wordDf.forEach((w, df) -> {
            for (int i = 0; i < df; i++) {
                words.add(w);
            }
        });
        phraseDf.forEach((ph, df) -> {
            for (int i = 0; i < df; i++) {
                phrases.add(ph);
            }
        });
        authors.addAll(names);
    }

    /** The population's vocabulary, read from the real recordings other than the benchmark's day. */
    static ProfilePopulation fromOtherRecordings() throws IOException {
        List<Paper> corpus = new ArrayList<>();
        for (String[] r : RECORDINGS) {
            try (InputStream in = Files.newInputStream(Path.of(REAL + r[1]))) {
                corpus.addAll(SourceRegistry.discover().format(r[0]).orElseThrow()
                        .parse(in, "recorded", URI.create("https://example.org/" + r[1])).papers());
            }
        }
        return new ProfilePopulation(corpus);
    }

    /** One line on where the vocabulary came from, for the benchmark's output. */
    String describe() {
        return String.format(Locale.ROOT, "vocabulary from %d papers of other recordings: %d distinct words, %d "
                + "distinct title phrases, %d author names", paperCount, new LinkedHashSet<>(words).size(),
                new LinkedHashSet<>(phrases).size(), authors.size());
    }

    /** {@code n} profiles; the same seed gives the same profiles. */
    List<Profile> profiles(int n, List<Paper> day, Random random) {
        Set<String> categories = new LinkedHashSet<>();
        day.forEach(p -> categories.addAll(p.categories()));
        List<String> cats = new ArrayList<>(categories);
        List<Profile> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Profile.Builder b = Profile.builder("profile-" + i);
            int interests = 2 + random.nextInt(5);
            for (int k = 0; k < interests; k++) {
                int kind = random.nextInt(10);
                String query;
                if (kind < 5) {
                    query = "\"" + pick(phrases, random) + "\"";
                } else if (kind < 9) {
                    query = conjunction(pick(wordsByPaper, random), random);
                } else {
                    query = "title:" + pick(words, random);
                }
                b.interest("i" + k, query, 0.5 + random.nextInt(6) / 10.0);
            }
            if (random.nextInt(3) == 0) {
                int count = 1 + random.nextInt(3);
                List<String> followed = new ArrayList<>();
                for (int a = 0; a < count; a++) {
                    followed.add(pick(authors, random));
                }
                b.authors(followed.toArray(String[]::new));
            }
            if (random.nextInt(3) == 0) {
                b.categories(pick(cats, random), pick(cats, random));
            }
            if (random.nextInt(10) == 0) {
                b.exclusion("x", "title:" + pick(words, random));
            }
            out.add(b.limit(20).build());
        }
        return out;
    }

    /** Two words of one title joined by AND; two forms of one word (same first four letters) make a title word. */
    private static String conjunction(List<String> title, Random random) {
        String first = pick(title, random);
        String second = pick(title, random);
        return first.regionMatches(0, second, 0, 4) ? "title:" + first : first + " AND " + second;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
