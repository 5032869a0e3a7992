package io.academichub.llm.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmContextTooLongException;
import io.academichub.llm.LlmMalformedReplyException;
import io.academichub.llm.LlmPrices;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The LLM path of one briefing: map (a validated, cached note per paper), then reduce (a synthesis per batch of
 * notes that fits the model's context, then one merge when there were several), within the request's budget.
 *
 * <ul>
 *   <li><b>Budget</b>: a request is sent only when the tokens (and money) spent so far, plus its estimate (prompt
 *       from its characters, completion from the notes so far), plus a reserve for reducing the notes already
 *       taken, fit. Papers are taken in the order given (radar matches come best first); from the first paper that
 *       does not fit, the rest are left to the extractive path. Cached notes cost nothing.</li>
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

    /** Progress is reported every this many notes. */
    static final int NOTES_PER_REPORT = 10;
    /**
     * A reduce batch holds at most this many notes (about 9,000 tokens), however large the context: a day's radar
     * matches fit one batch, and more would dilute the synthesis.
     */
    static final int MAX_NOTES_PER_BATCH = 100;
    /** Completion tokens a note is expected to take before any has been seen. */
    private static final int NOTE_COMPLETION_GUESS = 250;
    /** Completion tokens a synthesis is expected to take. */
    private static final int SYNTHESIS_COMPLETION_GUESS = 1500;
    /** Tokens a request's wrapping (roles, message framing) adds to its text. */
    private static final int FRAMING_TOKENS = 12;

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
                   Map<String, List<Integer>> unusable, String synthesisReason, int citationsRemoved,
                   int statementsRemoved, LlmUsage usage, int calls, int cachedNotes, Double cost) {
    }

    /** Why a part could not be written by the model. */
    private static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    private final LlmClient llm;
    private final ReplyCache cache;
    private final int contextTokens;
    private final BriefingProgress progress;
    private final String modelName;

    private List<String> fields;
    private String language;
    private long budgetTokens;
    private Double budgetMoney;
    private LlmPrices prices;
    private LlmUsage spent = LlmUsage.NONE;
    private int calls;
    private int noteCompletions;
    private int notesAsked;
    private int citationsRemoved;
    private int statementsRemoved;

    LlmBriefing(LlmClient llm, ReplyCache cache, int contextTokens, BriefingProgress progress) {
        this.llm = llm;
        this.cache = cache;
        this.contextTokens = contextTokens;
        this.progress = progress;
        this.modelName = llm.provider() + "/" + llm.model();
    }

    /** Runs map and reduce over {@code papers}; {@code fields} gives each paper's field. One use per instance. */
    Outcome run(List<Paper> papers, List<String> fields, BriefingRequest request) {
        this.fields = fields;
        this.language = request.baseLanguage();
        this.budgetTokens = request.budgetTokens();
        this.budgetMoney = request.budgetMoney();
        this.prices = llm.prices().orElse(null);
        if (budgetMoney != null && prices == null) {
            throw new IllegalArgumentException("a money budget needs the model's prices (LlmConfig.Builder.prices)");
        }
        int n = papers.size();
        List<PaperNote> notes = new ArrayList<>(Collections.nCopies(n, null));
        List<Integer> overBudget = new ArrayList<>();
        Map<String, List<Integer>> unusable = new LinkedHashMap<>();
        int cached = 0;
        int reserveTokens = 0; // estimated tokens of the note lines taken so far, for the reduce reserve
        int taken = 0;
        boolean budgetReached = false;
        for (int i = 0; i < n; i++) {
            Paper paper = papers.get(i);
            String key = noteKey(paper);
            Optional<PaperNote> fromCache = cache.get("notes", key).flatMap(this::cachedNote);
            if (fromCache.isPresent()) {
                notes.set(i, fromCache.get());
                cached++;
            } else if (budgetReached) {
                overBudget.add(i + 1);
            } else {
                LlmRequest ask = Prompts.note(paper, language, null);
                int line = TokenEstimate.of(Prompts.noteLine(i + 1, fields.get(i), placeholderNote()));
                if (!fits(estimate(ask), expectedNoteCompletion(), reduceReserve(taken + 1, reserveTokens + line))) {
                    budgetReached = true;
                    overBudget.add(i + 1);
                } else {
                    try {
                        notes.set(i, note(paper, key, ask, taken + 1, reserveTokens + line));
                    } catch (Unusable e) {
                        unusable.computeIfAbsent(e.getMessage(), k -> new ArrayList<>()).add(i + 1);
                    }
                }
            }
            if (notes.get(i) != null) {
                taken++;
                reserveTokens += TokenEstimate.of(Prompts.noteLine(i + 1, fields.get(i), notes.get(i)));
            }
            if ((i + 1) % NOTES_PER_REPORT == 0 || i == n - 1) {
                progress.batchDone("notes", i + 1, n);
            }
        }
        Grounding.Parts parts = null;
        String synthesisReason = null;
        if (taken > 0) {
            try {
                parts = reduce(notes);
            } catch (Unusable e) {
                synthesisReason = e.getMessage();
                log.info("{}: the synthesis is extractive: {}", modelName, synthesisReason);
            }
        }
        Double cost = prices == null ? null : prices.cost(spent);
        return new Outcome(notes, parts, overBudget, unusable, synthesisReason, citationsRemoved, statementsRemoved,
                spent, calls, cached, cost);
    }

    // --- map ---

    private PaperNote note(Paper paper, String key, LlmRequest first, int taken, int reserveTokens) throws Unusable {
        String retry = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            LlmRequest request = attempt == 0 ? first : Prompts.note(paper, language, retry);
            if (attempt > 0 && !fits(estimate(request), expectedNoteCompletion(), reduceReserve(taken, reserveTokens))) {
                throw new Unusable("the budget left no room for a second request after: " + retry);
            }
            LlmReply reply = call(request, true);
            PaperNote note;
            try {
                note = PaperNote.fromJson(JSON.readTree(reply.text()));
            } catch (IOException | IllegalArgumentException e) {
                retry = "it did not follow the schema: " + e.getMessage().lines().findFirst().orElse("");
                continue;
            }
            if (!LanguageCheck.matches(note.prose(), language)) {
                retry = "it was not written in " + Prompts.languageName(language);
                continue;
            }
            cache.put("notes", key, paper.id().toString(), note.toJson(JSON.createObjectNode()));
            return note;
        }
        throw new Unusable(retry + ", even after a firmer request");
    }

    private Optional<PaperNote> cachedNote(JsonNode json) {
        try {
            PaperNote note = PaperNote.fromJson(json);
            return LanguageCheck.matches(note.prose(), language) ? Optional.of(note) : Optional.empty();
        } catch (IllegalArgumentException e) {
            log.warn("ignoring a cached note: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The cache key of a paper's note: what the paper says, who writes the note, in which language, how asked. */
    private String noteKey(Paper paper) {
        return Prompts.sha256(String.join("\u0000", Prompts.VERSION, modelName, language, paper.id().toString(),
                paper.title(), String.join(",", paper.categories()), paper.abstractText()));
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
            throw new Unusable("the batches' syntheses together are too long for the model's context to merge");
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
                throw new Unusable("one note is too long for the model's context");
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
                - estimate(Prompts.synthesis(List.of(), language, null)) - 500);
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
            Grounding grounding = new Grounding(allowed, fields);
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
        for (int attempt = 0; attempt < 2; attempt++) {
            LlmRequest request = attempt == 0 ? first : withRetry.apply(retry);
            if (!fits(estimate(request), SYNTHESIS_COMPLETION_GUESS, 0)) {
                throw new Unusable(attempt == 0 ? "the model's token budget was spent before the synthesis"
                        : "the budget left no room for a second request after: " + retry);
            }
            LlmReply reply;
            try {
                reply = call(request, false);
            } catch (LlmMalformedReplyException e) {
                log.info("{}: {}", modelName, e.getMessage());
                throw new Unusable(e.reply().map(LlmReply::truncated).orElse(false)
                        ? "the model's reply was cut off by the token limit" : "the model's reply was not usable JSON");
            }
            JsonNode json;
            Grounding grounding = new Grounding(allowed, fields);
            Grounding.Parts parts;
            try {
                json = JSON.readTree(reply.text());
                parts = grounding.ground(json);
            } catch (IOException | IllegalArgumentException e) {
                retry = "it did not follow the schema: " + e.getMessage().lines().findFirst().orElse("");
                continue;
            }
            retry = usable(parts);
            if (retry == null) {
                count(grounding);
                cache.put("syntheses", key, first.schemaName() + " of " + allowed.size() + " papers", json);
                return parts;
            }
        }
        throw new Unusable(retry + ", even after a firmer request");
    }

    /** Why grounded parts cannot be used, or {@code null}. */
    private String usable(Grounding.Parts parts) {
        if (parts.themes().isEmpty() && parts.overview().isEmpty()) {
            return "it had no theme or overview statement citing the papers given";
        }
        if (!LanguageCheck.matches(Grounding.prose(parts), language)) {
            return "it was not written in " + Prompts.languageName(language);
        }
        return null;
    }

    private void count(Grounding grounding) {
        citationsRemoved += grounding.citationsRemoved();
        statementsRemoved += grounding.statementsRemoved();
    }

    // --- the model and the budget ---

    /**
     * Sends one request and counts it; a malformed reply's usage is counted too. A note's reply that stays
     * malformed (even after the provider's one repair, or cut off by the token limit) is {@link Unusable}.
     */
    private LlmReply call(LlmRequest request, boolean note) throws Unusable {
        calls++;
        LlmReply reply;
        try {
            reply = llm.chat(request);
        } catch (LlmMalformedReplyException e) {
            e.reply().ifPresent(r -> spent = spent.plus(r.usage()));
            if (note) {
                throw new Unusable(e.reply().map(LlmReply::truncated).orElse(false)
                        ? "the reply was cut off by the token limit" : "the reply was not usable JSON");
            }
            throw e;
        } catch (LlmContextTooLongException e) {
            if (note) {
                throw new Unusable("the paper is too long for the model's context");
            }
            throw e;
        }
        spent = spent.plus(reply.usage());
        if (note) {
            notesAsked++;
            noteCompletions += reply.usage().completionTokens();
        }
        return reply;
    }

    private int expectedNoteCompletion() {
        return notesAsked == 0 ? NOTE_COMPLETION_GUESS : Math.max(1, noteCompletions / notesAsked);
    }

    /** Estimated prompt tokens of a request: its text and its schema (sent either way) and the framing. */
    static int estimate(LlmRequest request) {
        return TokenEstimate.of(request.system()) + TokenEstimate.of(request.user())
                + (request.jsonSchema() == null ? 0 : TokenEstimate.of(request.jsonSchema().toString()))
                + FRAMING_TOKENS;
    }

    /** Tokens to keep for reducing {@code notes} notes whose lines take {@code lineTokens}. */
    private int reduceReserve(int notes, int lineTokens) {
        int batches = (notes + MAX_NOTES_PER_BATCH - 1) / MAX_NOTES_PER_BATCH;
        int instructions = estimate(Prompts.synthesis(List.of(), language, null));
        int reserve = lineTokens + batches * (instructions + SYNTHESIS_COMPLETION_GUESS);
        if (batches > 1) {
            reserve += instructions + batches * SYNTHESIS_COMPLETION_GUESS + SYNTHESIS_COMPLETION_GUESS;
        }
        return reserve;
    }

    /** Whether spending these tokens (plus the reserve, billed as prompt tokens) keeps within the budget. */
    private boolean fits(int promptTokens, int completionTokens, int reserve) {
        LlmUsage after = spent.plus(new LlmUsage(promptTokens + reserve, completionTokens, 0));
        if (budgetTokens > 0 && after.totalTokens() > budgetTokens) {
            return false;
        }
        return budgetMoney == null || prices.cost(after) <= budgetMoney;
    }

    private static PaperNote placeholderNote() {
        // a typical note's size: 25 + 10 + 20 words and a field
        return new PaperNote("x ".repeat(25 * 3), "x ".repeat(10 * 3), "x ".repeat(20 * 3), "x ".repeat(8));
    }
}
