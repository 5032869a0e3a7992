package io.academichub.llm.briefing;

import io.academichub.llm.LlmUsage;

import java.util.List;
import java.util.Objects;

/**
 * How a briefing was made, and how far to trust it.
 *
 * @param path              LLM, extractive or mixed
 * @param language          the language asked for ({@code en}, {@code zh} …)
 * @param model             {@code provider/model} that wrote the LLM parts, or {@code null} for an extractive briefing
 * @param citationsRemoved  citations to papers that were not given, removed before printing
 * @param statementsRemoved statements left with no valid citation, removed with them
 * @param citationSupport   the share of (statement, cited paper) pairs where the paper's title or abstract shares the
 *                          statement's content terms, from 0 to 1 (a lexical measure: it undercounts a statement
 *                          written in another language than the abstract); {@code 1} when nothing is cited
 * @param citationPairs     the (statement, cited paper) pairs that share was measured on
 * @param usage             tokens the model used for this briefing (zero when none was called)
 * @param modelCalls        requests sent to the model
 * @param cachedNotes       paper notes read from the cache instead of asking the model
 * @param cost              the money spent, in the unit of the configured prices, or {@code null} when no prices were
 *                          configured
 * @param extractivePapers  numbers of the papers covered by the extractive path in a briefing that used a model
 *                          (over the budget, or the model's note could not be used); empty for a pure path
 * @param notes             what the reader should know about how it was made ("12 papers beyond the token budget …")
 */
public record BriefingMetadata(BriefingPath path, String language, String model, int citationsRemoved,
                               int statementsRemoved, double citationSupport, int citationPairs, LlmUsage usage, int modelCalls,
                               int cachedNotes, Double cost, List<Integer> extractivePapers, List<String> notes) {

    /**
     * Checks the components as described above.
     *
     * @param path              LLM, extractive or mixed
     * @param language          the language asked for ({@code en}, {@code zh} …)
     * @param model             {@code provider/model} that wrote the LLM parts, or {@code null} for an extractive briefing
     * @param citationsRemoved  citations to papers that were not given, removed before printing
     * @param statementsRemoved statements left with no valid citation, removed with them
     * @param citationSupport   the share of (statement, cited paper) pairs where the paper's title or abstract shares the
     *        statement's content terms, from 0 to 1 (a lexical measure: it undercounts a statement
     *        written in another language than the abstract); {@code 1} when nothing is cited
     * @param citationPairs     the (statement, cited paper) pairs that share was measured on
     * @param usage             tokens the model used for this briefing (zero when none was called)
     * @param modelCalls        requests sent to the model
     * @param cachedNotes       paper notes read from the cache instead of asking the model
     * @param cost              the money spent, in the unit of the configured prices, or {@code null} when no prices were
     *        configured
     * @param extractivePapers  numbers of the papers covered by the extractive path in a briefing that used a model
     *        (over the budget, or the model's note could not be used); empty for a pure path
     * @param notes             what the reader should know about how it was made ("12 papers beyond the token budget …")
     */
    public BriefingMetadata {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(usage, "usage");
        if (citationsRemoved < 0 || statementsRemoved < 0 || citationPairs < 0 || modelCalls < 0 || cachedNotes < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        if (!(citationSupport >= 0 && citationSupport <= 1)) {
            throw new IllegalArgumentException("citationSupport must be within [0, 1]: " + citationSupport);
        }
        extractivePapers = List.copyOf(extractivePapers);
        notes = List.copyOf(notes);
    }
}
