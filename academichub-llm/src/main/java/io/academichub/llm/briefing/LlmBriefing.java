package io.academichub.llm.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmContextTooLongException;
import io.academichub.llm.LlmMalformedReplyException;
import io.academichub.llm.LlmReply;
import io.academichub.llm.LlmRequest;
import io.academichub.llm.LlmUsage;
import io.academichub.llm.internal.LanguageCheck;
import io.academichub.llm.internal.TokenEstimate;
import io.academichub.model.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The LLM path of one briefing: map (a validated, cached note per paper, {@link NoteMap}), then reduce (a synthesis
 * per batch of notes that fits the model's context, then one merge when there were several), within the request's
 * budget ({@link BudgetMeter}).
 *
 * <ul>
 *   <li><b>Budget</b>: see {@link NoteMap}; a synthesis is asked only when its estimate fits what is left.</li>
 *   <li><b>Language</b>: each note and synthesis is checked; a wrong language (or a reply off the schema) gets one
 *       retry with a firmer instruction, then that part is left to the extractive path.</li>
 *   <li><b>Errors</b>: a reply that stays unusable ({@link LlmMalformedReplyException}, e.g. cut off by the token
 *       limit) costs only its part; a batch too long for the context is split in two; anything else (a key refused,
 *       a rate limit that outlasted the retries, a model not found) ends the briefing with that exception — the
 *       notes made so far are in the cache, so a re-run resumes where it stopped.</li>
 * </ul>
 */
final class LlmBriefing {

    private static final Logger log = LoggerFactory.getLogger(LlmBriefing.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A reduce batch holds at most this many notes (about 9,000 tokens), however large the context: a day's radar
     * matches fit one batch, and more would dilute the synthesis.
     */
    static final int MAX_NOTES_PER_BATCH = 100;
    /** Completion tokens a synthesis is expected to take. */
    private static final int SYNTHESIS_COMPLETION_GUESS = 1500;

    /**
     * What the LLM path produced.
     *
     * @param notes           the note of each paper (by number - 1), {@code null} where the paper is extractive
     * @param parts           the grounded synthesis, or {@code null} when it fell back to the extractive path
     * @param overBudget      numbers of the papers left out for the budget
     * @param unusable        numbers of the papers whose note could not be used, by reason
     * @param synthesisReason why the synthesis is extractive, or {@code null}
     */
    record Outcome(List<PaperNote> notes, Grounding.Parts parts, List<Integer> overBudget,
                   Map<Fallback, List<Integer>> unusable, Fallback synthesisReason, int citationsRemoved,
                   int statementsRemoved, LlmUsage usage, int calls, int cachedNotes, Double cost) {
    }

    /** Why a part could not be written by the model. */
    private static final class Unusable extends Exception {
        final Fallback why;

        Unusable(Fallback why) {
            super(why.toString(), null, false, false);
            this.why = why;
        }

        Unusable(Fallback.Cause cause) {
            this(Fallback.of(cause));
        }
    }

    private final LlmClient llm;
    private final ReplyCache cache;
    private final int contextTokens;
    private final int concurrency;
    private final BriefingProgress progress;
    private final String modelName;

    private List<String> fields;
    private String language;
    private BudgetMeter budget;
    private int citationsRemoved;
    private int statementsRemoved;

    LlmBriefing(LlmClient llm, ReplyCache cache, int contextTokens, int concurrency, BriefingProgress progress) {
        this.llm = llm;
        this.cache = cache;
        this.contextTokens = contextTokens;
        this.concurrency = concurrency;
        this.progress = progress;
        this.modelName = llm.provider() + "/" + llm.model();
    }

    /** Runs map and reduce over {@code papers}; {@code fields} gives each paper's field. One use per instance. */
    Outcome run(List<Paper> papers, List<String> fields, BriefingRequest request) {
        this.fields = fields;
        this.language = request.baseLanguage();
        this.budget = new BudgetMeter(request, llm.prices().orElse(null));
        NoteMap.Result map = new NoteMap(llm, cache, budget, progress, concurrency, papers, fields, language).run();
        Grounding.Parts parts = null;
        Fallback synthesisReason = null;
        if (map.notes().stream().anyMatch(Objects::nonNull)) {
            try {
                parts = reduce(map.notes());
            } catch (Unusable e) {
                synthesisReason = e.why;
                log.info("{}: the synthesis is extractive: {}", modelName, BriefingLabels.forLanguage("en")
                        .reason(synthesisReason, Prompts.languageName(language)));
            }
        }
        return new Outcome(map.notes(), parts, map.overBudget(), map.unusable(), synthesisReason, citationsRemoved,
                statementsRemoved, budget.spent(), budget.calls(), map.cached(), budget.cost());
    }

    // --- reduce ---

    private Grounding.Parts reduce(List<PaperNote> notes) throws Unusable {
        List<Integer> numbers = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i) != null) {
                numbers.add(i + 1);
                lines.add(Prompts.noteLine(i + 1, fields.get(i), notes.get(i)));
            }
        }
        List<List<Integer>> batches = batches(lines, numbers);
        List<Grounding.Parts> partials = new ArrayList<>();
        int done = 0;
        for (List<Integer> batch : batches) {
            partials.addAll(reduceBatch(batch, numbers, lines));
            progress.batchDone("synthesis", ++done, batches.size() + (batches.size() > 1 ? 1 : 0));
        }
        if (partials.size() == 1) {
            return partials.get(0);
        }
        List<String> rendered = partials.stream().map(Grounding::render).toList();
        Grounding.Parts merged;
        try {
            merged = synthesis(Prompts.merge(rendered, language, null),
                    reason -> Prompts.merge(rendered, language, reason), Set.copyOf(numbers));
        } catch (LlmContextTooLongException e) {
            throw new Unusable(Fallback.Cause.MERGE_TOO_LONG);
        }
        progress.batchDone("synthesis", batches.size() + 1, batches.size() + 1);
        return merged;
    }

    /** One batch reduced; split in two (and so on) when the model says it is too long for its context. */
    private List<Grounding.Parts> reduceBatch(List<Integer> batch, List<Integer> numbers, List<String> lines)
            throws Unusable {
        List<String> batchLines = batch.stream().map(n -> lines.get(numbers.indexOf(n))).toList();
        try {
            return List.of(synthesis(Prompts.synthesis(batchLines, language, null),
                    reason -> Prompts.synthesis(batchLines, language, reason), Set.copyOf(batch)));
        } catch (LlmContextTooLongException e) {
            if (batch.size() < 2) {
                throw new Unusable(Fallback.Cause.NOTE_TOO_LONG);
            }
            log.info("{}: a batch of {} notes is too long for the context; splitting it", modelName, batch.size());
            List<Grounding.Parts> halves = new ArrayList<>(reduceBatch(batch.subList(0, batch.size() / 2), numbers,
                    lines));
            halves.addAll(reduceBatch(batch.subList(batch.size() / 2, batch.size()), numbers, lines));
            return halves;
        }
    }

    /** Batches of paper numbers whose note lines fit the context next to the instructions and the answer. */
    private List<List<Integer>> batches(List<String> lines, List<Integer> numbers) {
        int room = Math.max(1000, contextTokens - Prompts.SYNTHESIS_MAX_TOKENS
                - BudgetMeter.estimate(Prompts.synthesis(List.of(), language, null)) - 500);
        List<List<Integer>> batches = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < lines.size(); i++) {
            int t = TokenEstimate.of(lines.get(i)) + 1;
            if (!current.isEmpty() && (size + t > room || current.size() == MAX_NOTES_PER_BATCH)) {
                batches.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(numbers.get(i));
            size += t;
        }
        batches.add(current);
        // Even batches: 61 notes make two of 31 and 30, not 60 and 1.
        if (batches.size() > 1) {
            int per = (lines.size() + batches.size() - 1) / batches.size();
            List<List<Integer>> even = new ArrayList<>();
            for (int from = 0; from < numbers.size(); from += per) {
                even.add(new ArrayList<>(numbers.subList(from, Math.min(numbers.size(), from + per))));
            }
            return even;
        }
        return batches;
    }

    /**
     * A synthesis, from the cache or the model, grounded in {@code allowed}; one retry with a firmer instruction
     * when it is off the schema, in the wrong language, or says nothing citing the papers.
     *
     * @throws LlmContextTooLongException when the request does not fit the model's context (the caller splits)
     */
    private Grounding.Parts synthesis(LlmRequest first, Function<String, LlmRequest> withRetry, Set<Integer> allowed)
            throws Unusable {
        String key = Prompts.sha256(String.join("\u0000", Prompts.VERSION, modelName, language, first.schemaName(),
                first.system(), first.user()));
        Optional<JsonNode> fromCache = cache.get("syntheses", key);
        if (fromCache.isPresent()) {
            Grounding grounding = new Grounding(allowed, fields, language);
            try {
                Grounding.Parts parts = grounding.ground(fromCache.get());
                if (usable(parts) == null) {
                    count(grounding);
                    return parts;
                }
            } catch (IllegalArgumentException e) {
                log.warn("ignoring a cached synthesis: {}", e.getMessage());
            }
        }
        String retry = null;
        Fallback.Cause cause = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            LlmRequest request = attempt == 0 ? first : withRetry.apply(retry);
            if (!budget.fits(BudgetMeter.estimate(request), SYNTHESIS_COMPLETION_GUESS, 0, LlmUsage.NONE)) {
                throw new Unusable(attempt == 0 ? Fallback.of(Fallback.Cause.BUDGET_SPENT)
                        : new Fallback(cause, Fallback.Retry.NO_ROOM));
            }
            LlmReply reply;
            budget.called();
            try {
                reply = llm.chat(request);
            } catch (LlmMalformedReplyException e) {
                log.info("{}", e.getMessage()); // "openai (gpt-4o): the reply …": it names the model
                e.reply().ifPresent(r -> budget.charge(r.usage()));
                throw new Unusable(e.reply().map(LlmReply::truncated).orElse(false)
                        ? Fallback.Cause.CUT_OFF : Fallback.Cause.NOT_JSON);
            }
            budget.charge(reply.usage());
            JsonNode json;
            Grounding grounding = new Grounding(allowed, fields, language);
            Grounding.Parts parts;
            try {
                json = JSON.readTree(reply.text());
                parts = grounding.ground(json);
            } catch (IOException | IllegalArgumentException e) {
                retry = "it did not follow the schema: " + e.getMessage().lines().findFirst().orElse("");
                cause = Fallback.Cause.NOT_SCHEMA;
                continue;
            }
            cause = usable(parts);
            if (cause == null) {
                count(grounding);
                cache.put("syntheses", key, first.schemaName() + " of " + allowed.size() + " papers", json);
                return parts;
            }
            retry = cause == Fallback.Cause.WRONG_LANGUAGE ? "it was not written in " + Prompts.languageName(language)
                    : "it had no theme or overview statement citing the papers given";
        }
        throw new Unusable(new Fallback(cause, Fallback.Retry.FAILED_TOO));
    }

    /** Why grounded parts cannot be used, or {@code null}. */
    private Fallback.Cause usable(Grounding.Parts parts) {
        if (parts.themes().isEmpty() && parts.overview().isEmpty()) {
            return Fallback.Cause.NOTHING_CITED;
        }
        if (!LanguageCheck.matches(Grounding.prose(parts), language)) {
            return Fallback.Cause.WRONG_LANGUAGE;
        }
        return null;
    }

    private void count(Grounding grounding) {
        citationsRemoved += grounding.citationsRemoved();
        statementsRemoved += grounding.statementsRemoved();
    }

    /** Tokens to keep for reducing {@code notes} notes whose lines take {@code lineTokens}, in {@code language}. */
    static int reduceReserve(int notes, int lineTokens, String language) {
        int batches = (notes + MAX_NOTES_PER_BATCH - 1) / MAX_NOTES_PER_BATCH;
        int instructions = BudgetMeter.estimate(Prompts.synthesis(List.of(), language, null));
        int reserve = lineTokens + batches * (instructions + SYNTHESIS_COMPLETION_GUESS);
        if (batches > 1) {
            reserve += instructions + batches * SYNTHESIS_COMPLETION_GUESS + SYNTHESIS_COMPLETION_GUESS;
        }
        return reserve;
    }
}
