package io.academichub.cli;

import io.academichub.radar.ProfileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code academichub daily}: fetch, merge, radar, briefing, digest folder, delivery — then print where the digest is.
 */
@Command(name = "daily", mixinStandardHelpOptions = true,
        description = {"Run the daily job and print the path of digest.html.",
                "Fetch every configured source, merge, run each radar profile (only what it has not been shown), "
                        + "write the briefing and the digest folder, and deliver it.",
                "Without --config it reads ./academichub.yaml when there is one, else uses the defaults: arXiv cs.AI, "
                        + "cs.CL, cs.CV, cs.LG, quant-ph, math.PR; bioRxiv bioinformatics; medRxiv; Nature; an "
                        + "extractive briefing in English."})
final class DailyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration (academichub init writes one).")
    Path configFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the day's folder goes (default: the config's output).")
    Path out;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        DailyConfig config;
        try {
            Path file = configFile != null ? configFile
                    : Files.exists(Path.of("academichub.yaml")) ? Path.of("academichub.yaml") : null;
            config = file == null ? DailyConfig.defaults() : DailyConfig.read(file);
        } catch (DailyConfig.ConfigException e) {
            err.println("academichub: " + e.getMessage());
            return ExitCode.USAGE;
        }
        return run(config, out, Map.of(), spec, main);
    }

    /** Runs the job and prints its outcome; shared with {@code academichub demo}. */
    static int run(DailyConfig config, Path out, Map<String, String> baseUrls, CommandSpec spec, Main main)
            throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter progress = main.quiet ? new PrintWriter(OutputStream.nullOutputStream()) : err;
        DailyJob job = new DailyJob(config, baseUrls, progress, err, () -> main.progress(err), Clock.systemUTC(),
                System::getenv);
        DailyJob.Outcome outcome;
        try {
            outcome = job.run(out != null ? out : config.output());
        } catch (ProfileException | IllegalArgumentException e) {
            err.println("academichub: " + e.getMessage());
            return ExitCode.USAGE;
        }
        spec.commandLine().getOut().println(outcome.folder().resolve("digest.html"));
        spec.commandLine().getOut().flush();
        if (outcome.fetch().papers().isEmpty()
                && outcome.fetch().reports().stream().allMatch(r -> r.error() != null)) {
            return ExitCode.ALL_FAILED;
        }
        return outcome.allSucceeded() ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
