package io.academichub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.json.PaperJson;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.llm.render.HtmlRenderer;
import io.academichub.llm.render.JsonRenderer;
import io.academichub.llm.render.MarkdownRenderer;
import io.academichub.model.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code academichub brief}: a briefing on Paper JSON lines (or radar matches) as Markdown, HTML and JSON. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Write a cross-disciplinary briefing on papers: themes across fields, bridges between fields,",
            "what to read first, and a TL;DR per paper, every statement citing the papers given.",
            "Input: Paper JSON lines (from fetch or parse) or radar matches ({\"paper\":{...},\"score\":...})."})
final class BriefCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Paper JSON lines or radar matches.")
    Path in;

    @Option(names = "--llm", paramLabel = "PROVIDER", defaultValue = "none",
            description = "Who writes it: none (extractive, no model; the default). Model providers are not wired"
                    + " into this command yet.")
    String llm;

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
        if (!"none".equals(llm)) {
            err.println("academichub: --llm " + llm + ": only 'none' (the extractive briefing) is available in this"
                    + " command so far");
            return ExitCode.USAGE;
        }
        if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
            err.println("academichub: cannot read file " + in);
            return ExitCode.USAGE;
        }
        List<Paper> papers;
        try {
            papers = read(in);
        } catch (IllegalArgumentException e) {
            err.println("academichub: " + in + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (papers.isEmpty()) {
            err.println("academichub: " + in + ": no papers to brief");
            return ExitCode.USAGE;
        }
        BriefingRequest request;
        try {
            request = BriefingRequest.builder(papers).language(language).title(title).build();
        } catch (IllegalArgumentException e) {
            err.println("academichub: --lang: " + e.getMessage());
            return ExitCode.USAGE;
        }
        BriefingGenerator generator = BriefingGenerator.builder()
                .progress((stage, done, total) -> err.println("brief: " + stage + " " + done + "/" + total))
                .build();
        Briefing briefing = generator.generate(request);
        Files.writeString(out, new MarkdownRenderer().render(briefing), StandardCharsets.UTF_8);
        if (html != null) {
            Files.writeString(html, new HtmlRenderer().render(briefing), StandardCharsets.UTF_8);
        }
        if (json != null) {
            Files.writeString(json, new JsonRenderer().render(briefing), StandardCharsets.UTF_8);
        }
        err.println("brief: " + briefing.papers().size() + " papers, " + briefing.themes().size() + " themes, "
                + briefing.bridges().size() + " bridges (" + briefing.metadata().path().wireName() + ") -> " + out);
        return ExitCode.OK;
    }

    /** Paper JSON lines, or radar matches whose {@code paper} field holds one; errors name the line. */
    static List<Paper> read(Path file) throws IOException {
        List<Paper> papers = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    JsonNode paper = node != null && node.has("paper") && node.get("paper").isObject()
                            ? node.get("paper") : node;
                    papers.add(PaperJson.fromJson(paper == node ? line : paper.toString()));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        return papers;
    }
}
