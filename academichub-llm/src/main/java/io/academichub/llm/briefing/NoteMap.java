package io.academichub.llm.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmContextTooLongException;
import io.academichub.llm.LlmMalformedReplyException;
import io.academichub.llm.LlmReply;
import io.academichub.llm.LlmRequest;
import io.academichub.llm.LlmUnavailableException;
import io.academichub.llm.LlmUsage;
import io.academichub.llm.internal.LanguageCheck;
import io.academichub.llm.internal.TokenEstimate;
import io.academichub.model.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The map step of the LLM path: a validated note per paper, from the cache or the model, up to {@code concurrency}
 * requests at a time, within the budget.
 *
 * <ul>
 *   <li><b>Order and determinism</b>: one coordinating thread decides, in the papers' order, whether each request is
 *       sent or left over the budget; before deciding the next one while {@code concurrency} are in flight, it waits
 *       for the <em>oldest</em> and settles it. So the decision on the i-th request counts the actual usage of every
 *       request before the last {@code concurrency - 1} and the estimates of those — whatever order the replies come
 *       back in, the same papers are sent, and the notes are in the papers' order.</li>
 *   <li><b>Budget</b>: a request is sent when the tokens (and money) spent, plus the estimates of the requests in
 *       flight, plus its own estimate (prompt from its characters, completion from the notes so far) and a reserve
 *       for reducing the notes taken, fit. From the first paper that does not fit, the rest are left to the
 *       extractive path. Cached notes cost nothing. The budget can be exceeded only by what the replies in flight use
 *       beyond their estimates (at most {@code concurrency} replies, each capped at {@link Prompts#NOTE_MAX_TOKENS}
 *       completion tokens).</li>
 *   <li><b>Retries</b>: a reply off the schema or in the wrong language gets one retry with a firmer instruction, in
 *       a second round after every first request, decided the same way; a reply that stays unusable, or cut off by
 *       the token limit, leaves that paper to the extractive path.</li>
 *   <li><b>Politeness</b>: requests go through the shared transport, whose per-service connection limit and
 *       {@code Retry-After} hold-off apply to all of them together.</li>
 *   <li><b>Errors</b>: anything else the model throws (a key refused, a rate limit that outlasted the retries)
 *       ends the briefing, once the requests already in flight have come back (none is sent after it); the notes
 *       already made are in the cache.</li>
 * </ul>
 */
final class NoteMap {

    private static final Logger log = LoggerFactory.getLogger(NoteMap.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** Progress is reported every this many notes. */
    static final int NOTES_PER_REPORT = 10;
    /** Completion tokens a note is expected to take before any has been seen. */
    private static final int NOTE_COMPLETION_GUESS = 250;

    /**
     * What the map step produced.
     *
     * @param notes      the note of each paper (by number - 1), {@code null} where the paper is left to the extractive
     *                   path
     * @param overBudget numbers of the papers left out for the budget
     * @param unusable   numbers of the papers whose note could not be used, by reason
     * @param cached     notes read from the cache
     */
    record Result(List<PaperNote> notes, List<Integer> overBudget, Map<Fallback, List<Integer>> unusable,
                  int cached) {
    }

    /** The outcome of one request for a note, made on a worker thread. */
    private record Attempt(PaperNote note, LlmUsage usage, boolean replied, Fallback.Cause failure,
                           String retryReason) {
        static Attempt success(LlmReply reply, PaperNote note) {
            return new Attempt(note, reply.usage(), true, null, null);
        }

        static Attempt failed(LlmUsage usage, Fallback.Cause cause) {
            return new Attempt(null, usage, false, cause, null);
        }

        /** A reply a firmer instruction may fix; {@code reason} tells the model what was wrong, in English. */
        static Attempt retryable(LlmReply reply, Fallback.Cause cause, String reason) {
            return new Attempt(null, reply.usage(), true, cause, reason);
        }
    }

    /** A request on its way: the paper, its estimated usage, and whether it is the firmer retry. */
    private record InFlight(int index, Future<Attempt> future, LlmUsage estimate, boolean retry) {
    }

    private final LlmClient llm;
    private final ReplyCache cache;
    private final BudgetMeter budget;
    private final BriefingProgress progress;
    private final int concurrency;
    private final String modelName;
    private final String language;
    private final List<Paper> papers;
    private final List<String> fields;
    private final int placeholderLine;

    private final List<PaperNote> notes;
    private final List<Integer> overBudget = new ArrayList<>();
    private final Map<Fallback, List<Integer>> unusable = new LinkedHashMap<>();
    private final Map<Integer, Attempt> toRetry = new LinkedHashMap<>();
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private LlmUsage inFlightEstimate = LlmUsage.NONE;
    private int taken;
    private int lineTokens;
    private int repliesSeen;
    private int completionsSeen;
    private int finished;

    NoteMap(LlmClient llm, ReplyCache cache, BudgetMeter budget, BriefingProgress progress, int concurrency,
            List<Paper> papers, List<String> fields, String language) {
        this.llm = llm;
        this.cache = cache;
        this.budget = budget;
        this.progress = progress;
        this.concurrency = concurrency;
        this.modelName = llm.provider() + "/" + llm.model();
        this.language = language;
        this.papers = papers;
        this.fields = fields;
        this.notes = new ArrayList<>(Collections.nCopies(papers.size(), null));
        this.placeholderLine = TokenEstimate.of(Prompts.noteLine(papers.size(), "x".repeat(8), placeholderNote()));
    }

    /** Runs the map step. One use per instance. */
    Result run() {
        int n = papers.size();
        List<Integer> toAsk = new ArrayList<>();
        int cached = 0;
        for (int i = 0; i < n; i++) {
            Optional<PaperNote> fromCache = cache.get("notes", noteKey(papers.get(i))).flatMap(this::cachedNote);
            if (fromCache.isPresent()) {
                cached++;
                take(i, fromCache.get());
            } else {
                toAsk.add(i);
            }
        }
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "academichub-briefing-notes-" + POOLS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            boolean budgetReached = false;
            for (int i : toAsk) {
                if (!budgetReached) {
                    LlmRequest ask = Prompts.note(papers.get(i), language, null);
                    budgetReached = !send(workers, i, ask, false);
                }
                if (budgetReached) {
                    overBudget.add(i + 1);
                    finish();
                }
            }
            settleAll();
            for (Map.Entry<Integer, Attempt> failed : new ArrayList<>(toRetry.entrySet())) {
                int i = failed.getKey();
                LlmRequest firmer = Prompts.note(papers.get(i), language, failed.getValue().retryReason());
                if (!send(workers, i, firmer, true)) {
                    give(i, new Fallback(failed.getValue().failure(), Fallback.Retry.NO_ROOM));
                }
            }
            settleAll();
        } catch (RuntimeException e) {
            drain(); // no request of this briefing may still reach the service once generate() has thrown
            throw e;
        } finally {
            workers.shutdownNow();
        }
        return new Result(notes, overBudget, unusable, cached);
    }

    /**
     * Sends {@code request} for paper {@code i} when it fits the budget, once there is room among the requests in
     * flight; {@code false} when it does not fit.
     */
    private boolean send(ExecutorService workers, int i, LlmRequest request, boolean retry) {
        while (inFlight.size() >= concurrency) {
            settle(inFlight.removeFirst());
        }
        int prompt = BudgetMeter.estimate(request);
        int completion = expectedNoteCompletion();
        int reserve = LlmBriefing.reduceReserve(taken + inFlight.size() + 1,
                lineTokens + (inFlight.size() + 1) * placeholderLine, language);
        if (!budget.fits(prompt, completion, reserve, inFlightEstimate)) {
            return false;
        }
        Paper paper = papers.get(i);
        budget.called();
        LlmUsage estimate = new LlmUsage(prompt, completion, 0);
        inFlightEstimate = inFlightEstimate.plus(estimate);
        inFlight.addLast(new InFlight(i, workers.submit(() -> attempt(paper, request)), estimate, retry));
        return true;
    }

    /** Waits for the requests still in flight, ignoring their outcome (the briefing is ending with an error). */
    private void drain() {
        for (InFlight request : inFlight) {
            try {
                request.future().get();
            } catch (ExecutionException e) {
                log.debug("{}: a note request in flight when the briefing failed: {}", modelName, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        inFlight.clear();
    }

    private void settleAll() {
        while (!inFlight.isEmpty()) {
            settle(inFlight.removeFirst());
        }
    }

    /** Waits for a request and counts its outcome, on the coordinating thread. */
    private void settle(InFlight request) {
        Attempt a;
        try {
            a = request.future().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailableException(llm.provider(), llm.model(), "interrupted while waiting for a note", e);
        }
        inFlightEstimate = new LlmUsage(inFlightEstimate.promptTokens() - request.estimate().promptTokens(),
                inFlightEstimate.completionTokens() - request.estimate().completionTokens(), 0);
        budget.charge(a.usage());
        if (a.replied()) {
            repliesSeen++;
            completionsSeen += a.usage().completionTokens();
        }
        int i = request.index();
        if (a.note() != null) {
            take(i, a.note());
        } else if (a.retryReason() != null && !request.retry()) {
            toRetry.put(i, a);
        } else {
            give(i, new Fallback(a.failure(), a.retryReason() != null ? Fallback.Retry.FAILED_TOO
                    : Fallback.Retry.NONE));
        }
    }

    private void take(int i, PaperNote note) {
        notes.set(i, note);
        taken++;
        lineTokens += TokenEstimate.of(Prompts.noteLine(i + 1, fields.get(i), note));
        finish();
    }

    private void give(int i, Fallback why) {
        unusable.computeIfAbsent(why, k -> new ArrayList<>()).add(i + 1);
        finish();
    }

    /** One paper's note settled (made, cached, over the budget or unusable): progress every ten and at the last. */
    private void finish() {
        finished++;
        if (finished % NOTES_PER_REPORT == 0 || finished == papers.size()) {
            progress.batchDone("notes", finished, papers.size());
        }
    }

    private int expectedNoteCompletion() {
        return repliesSeen == 0 ? NOTE_COMPLETION_GUESS : Math.max(1, completionsSeen / repliesSeen);
    }

    /** One request for a note, on a worker thread: touches nothing shared but the cache (one file per note). */
    private Attempt attempt(Paper paper, LlmRequest request) {
        LlmReply reply;
        try {
            reply = llm.chat(request);
        } catch (LlmMalformedReplyException e) {
            LlmUsage usage = e.reply().map(LlmReply::usage).orElse(LlmUsage.NONE);
            return Attempt.failed(usage, e.reply().map(LlmReply::truncated).orElse(false)
                    ? Fallback.Cause.CUT_OFF : Fallback.Cause.NOT_JSON);
        } catch (LlmContextTooLongException e) {
            return Attempt.failed(LlmUsage.NONE, Fallback.Cause.PAPER_TOO_LONG);
        }
        PaperNote note;
        try {
            note = PaperNote.fromJson(JSON.readTree(reply.text()));
        } catch (IOException | IllegalArgumentException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            log.info("{}: the note on {} did not follow the schema: {}", modelName, paper.id(), detail);
            return Attempt.retryable(reply, Fallback.Cause.NOT_SCHEMA, "it did not follow the schema: " + detail);
        }
        if (!LanguageCheck.matches(note.prose(), language)) {
            return Attempt.retryable(reply, Fallback.Cause.WRONG_LANGUAGE,
                    "it was not written in " + Prompts.languageName(language));
        }
        cache.put("notes", noteKey(paper), paper.id().toString(), note.toJson(JSON.createObjectNode()));
        return Attempt.success(reply, note);
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

    private static PaperNote placeholderNote() {
        // a typical note's size: 25 + 10 + 20 words and a field
        return new PaperNote("x ".repeat(25 * 3), "x ".repeat(10 * 3), "x ".repeat(20 * 3), "x ".repeat(8));
    }
}
