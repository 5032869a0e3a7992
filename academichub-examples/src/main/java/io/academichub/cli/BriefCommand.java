package io.academichub.cli;

import io.academichub.http.HttpTransport;
import io.academichub.llm.LlmException;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingMetadata;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.llm.render.HtmlRenderer;
import io.academichub.llm.render.JsonRenderer;
import io.academichub.llm.render.MarkdownRenderer;
import io.academichub.model.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code academichub brief}: a briefing on Paper JSON lines (or radar matches) as Markdown, HTML and JSON, written
 * by a language model ({@code --llm openai|anthropic|…}) or without one ({@code --llm none}, the default).
 */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Write a cross-disciplinary briefing on papers.",
            "Themes across fields, bridges between fields, what to read first, and a TL;DR per paper, every "
                + "statement citing the papers given.",
            "Input: Paper JSON lines (from fetch or parse) or radar matches ({\"paper\":{...},\"score\":...}).",
            "Progress (each batch of notes, each synthesis) goes to stderr; --quiet leaves only the summary."})
final class BriefCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Paper JSON lines or radar matches"
            + " (.gz is gunzipped); '-' reads stdin.")
    String in;

    @Option(names = "--llm", paramLabel = "PROVIDER", defaultValue = "none",
            description = "Who writes it: none (extractive, no model, no network; the default), openai, anthropic,"
                    + " or another OpenAI-compatible provider (deepseek, openrouter, together, qwen, ollama, lmstudio,"
                    + " vllm, or any name with --base-url).")
    String llm;

    @Option(names = "--model", paramLabel = "M", description = "The model; required but for openai, anthropic and"
            + " deepseek, which default to gpt-4o-mini, claude-haiku-4-5 and deepseek-chat.")
    String model;

    @Option(names = "--base-url", paramLabel = "URL", description = "The provider's base URL, e.g."
            + " http://localhost:11434/v1 (default: the provider's).")
    String baseUrl;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "The environment variable holding the key"
            + " (default: the provider's, e.g. OPENAI_API_KEY, ANTHROPIC_API_KEY). The key is never printed.")
    String apiKeyEnv;

    @Option(names = "--budget-tokens", paramLabel = "N", defaultValue = "0",
            description = "The most tokens the model may use for this briefing (0: no limit). Papers beyond it are"
                    + " covered without the model, and the briefing says so.")
    long budgetTokens;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep the model's notes and syntheses in DIR, so"
            + " that a re-run over the same papers asks the model nothing.")
    Path cache;

    @Option(names = "--context-tokens", paramLabel = "N", description = "The model's context window, for cutting"
            + " the synthesis into batches (default: 32000).")
    Integer contextTokens;

    @Option(names = "--concurrency", paramLabel = "N", description = "Paper notes asked of the model at once"
            + " (1-32; default: 4). The provider's rate limits and Retry-After still hold for all of them together.")
    Integer concurrency;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The reader's language (en, zh, ja, ...): labels and the model's text. Default: en.")
    String language;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: date and number of papers).")
    String title;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Markdown output.")
    Path out;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML page.")
    Path html;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the briefing as JSON.")
    Path json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // where the briefing goes is checked before any work, so that a wrong --out costs nothing
        Locations.requireWritableFile("--out", out);
        if (html != null) {
            Locations.requireWritableFile("--html", html);
        }
        if (json != null) {
            Locations.requireWritableFile("--json", json);
        }
        List<Paper> papers = PaperInput.read("--in", in, System.in);
        if (papers.isEmpty()) {
            err.println("academichub: " + (in.equals("-") ? "stdin" : in) + ": no papers to brief");
            return ExitCode.USAGE;
        }
        BriefingRequest request;
        try {
            request = BriefingRequest.builder(papers).language(language).title(title).budgetTokens(budgetTokens)
                    .build();
        } catch (IllegalArgumentException e) {
            err.println("academichub: " + (budgetTokens < 0 ? "--budget-tokens" : "--lang") + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        try (HttpTransport http = HttpTransport.builder().build()) {
            BriefingGenerator.Builder generator = BriefingGenerator.builder();
            if (!"none".equals(llm)) {
                try {
                    generator.llm(BriefingModel.create(llm, model, baseUrl, apiKeyEnv, http, System::getenv));
                    if (contextTokens != null) {
                        generator.contextTokens(contextTokens);
                    }
                } catch (IllegalArgumentException e) {
                    err.println("academichub: --llm " + e.getMessage());
                    return ExitCode.USAGE;
                }
                if (concurrency != null) {
                    try {
                        generator.concurrency(concurrency);
                    } catch (IllegalArgumentException e) {
                        err.println("academichub: --concurrency: " + e.getMessage());
                        return ExitCode.USAGE;
                    }
                }
                if (cache != null) {
                    generator.cache(cache);
                }
            }
            Briefing briefing;
            try (ProgressPrinter progress = main.progress(err)) {
                generator.progress((stage, done, total) ->
                        progress.finished(stage, true, "brief: " + stage + " " + done + "/" + total));
                briefing = generator.build().generate(request);
            } catch (LlmException e) {
                err.println("academichub: " + e.getMessage());
                return ExitCode.ALL_FAILED;
            }
            Files.writeString(out, new MarkdownRenderer().render(briefing), StandardCharsets.UTF_8);
            if (html != null) {
                Files.writeString(html, new HtmlRenderer().render(briefing), StandardCharsets.UTF_8);
            }
            if (json != null) {
                Files.writeString(json, new JsonRenderer().render(briefing), StandardCharsets.UTF_8);
            }
            err.println(summary(briefing) + " -> " + out);
            return ExitCode.OK;
        }
    }

    /** {@code brief: 6 papers, 2 themes, 1 bridge (llm: 7 model calls, 5560 tokens, 0 notes from the cache)}. */
    private static String summary(Briefing briefing) {
        BriefingMetadata m = briefing.metadata();
        StringBuilder s = new StringBuilder("brief: ").append(count(briefing.papers().size(), "paper")).append(", ")
                .append(count(briefing.themes().size(), "theme")).append(", ")
                .append(count(briefing.bridges().size(), "bridge")).append(" (").append(m.path().wireName());
        if (m.model() != null) {
            s.append(": ").append(count(m.modelCalls(), "model call")).append(", ")
                    .append(count(m.usage().totalTokens(), "token")).append(", ")
                    .append(count(m.cachedNotes(), "note")).append(" from the cache");
            if (!m.extractivePapers().isEmpty()) {
                s.append(", ").append(count(m.extractivePapers().size(), "paper")).append(" extractive");
            }
            if (m.citationsRemoved() > 0) {
                s.append(", ").append(count(m.citationsRemoved(), "citation")).append(" removed");
            }
        }
        return s.append(')').toString();
    }

    /** {@code 1 theme}, {@code 2 themes}, {@code 0 themes}. */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
