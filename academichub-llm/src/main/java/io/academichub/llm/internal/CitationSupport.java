package io.academichub.llm.internal;

import io.academichub.model.Paper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures how far a briefing's citations are backed by the papers they cite: a (statement, cited paper) pair is
 * supported when the paper's title or abstract shares the statement's content terms — at least two of them, or all
 * of a statement that has fewer. A lexical check in the spirit of ALCE's citation recall, cheap enough to run on
 * every briefing; it cannot tell a paraphrase in another language from an unsupported claim.
 */
public final class CitationSupport {

    private final List<Paper> papers;
    private final Map<Integer, Set<String>> paperStems = new HashMap<>();
    private int pairs;
    private int supported;

    /**
     * A measure over statements citing {@code papers} by number (1-based).
     *
     * @param papers the papers
     */
    public CitationSupport(List<Paper> papers) {
        this.papers = papers;
    }

    /**
     * Counts the pairs of one statement.
     *
     * @param statement the statement, citation markers taken out
     * @param citations the numbers of the papers cited
     */
    public void add(String statement, List<Integer> citations) {
        Set<String> terms = TextTerms.stems(statement);
        int needed = Math.min(2, terms.size());
        for (int n : citations) {
            Set<String> paper = paperStems.computeIfAbsent(n, k -> {
                Paper p = papers.get(k - 1);
                return TextTerms.stems(p.title() + " \n " + p.abstractText());
            });
            pairs++;
            int shared = 0;
            for (String t : terms) {
                if (paper.contains(t) && ++shared >= needed) {
                    break;
                }
            }
            if (needed > 0 && shared >= needed) {
                supported++;
            }
        }
    }

    /**
     * The (statement, cited paper) pairs counted.
     *
     * @return the (statement, cited paper) pairs counted
     */
    public int pairs() {
        return pairs;
    }

    /**
     * The share of pairs supported, from 0 to 1; 1 when there are no pairs.
     *
     * @return the share of pairs supported, from 0 to 1; 1 when there are no pairs
     */
    public double share() {
        return pairs == 0 ? 1.0 : (double) supported / pairs;
    }
}
