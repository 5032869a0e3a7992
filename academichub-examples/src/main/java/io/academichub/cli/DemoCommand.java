package io.academichub.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code academichub demo}: the daily job with no network. Recorded responses bundled in the CLI are served by a
 * local server inside the process to the real HTTP path; then the radar (the example profile, on a fresh store),
 * the extractive briefing and the digest, whose {@code digest.html} path it prints.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the daily job offline on bundled recordings and print the path of digest.html.",
                "The recordings (arXiv's announcement of 2024-11-28, a Nature issue, bioRxiv and medRxiv pages) are "
                        + "served by a local server inside this process."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "academichub-demo",
            description = "Where the digest folder goes (default: ./academichub-demo).")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The digest's language: its labels, the radar's reasons and the briefing (en, zh, ja, …).")
    String language;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        // A fresh store each time: the demo always shows what the profile would see on its first day.
        Path work = Files.createTempDirectory("academichub-demo-");
        Path profile = work.resolve("example.yaml");
        Files.writeString(profile, DailyConfig.exampleProfileText(), StandardCharsets.UTF_8);
        DailyConfig config = new DailyConfig(null, DailyConfig.DEFAULT_SOURCES, List.of(profile),
                new DailyConfig.BriefingSettings(language, "none", null, null, null, null, false),
                out, work.resolve("data"), DailyConfig.DeliverySettings.NONE, null);
        try (DemoServer server = DemoServer.start()) {
            String url = server.baseUrl();
            Map<String, String> baseUrls = Map.of("arxiv", url, "nature", url, "biorxiv", url, "medrxiv", url);
            if (!main.quiet) {
                spec.commandLine().getErr().println("demo: serving bundled recordings at " + url
                        + " (no network is used)");
            }
            return DailyCommand.run(config, out, baseUrls, spec, main);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
