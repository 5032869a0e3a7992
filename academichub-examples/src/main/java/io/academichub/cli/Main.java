package io.academichub.cli;

import io.academichub.http.LibraryVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code academichub} command: {@code parse} turns recorded feed files into Paper JSON lines, {@code fetch} gets
 * today's papers from live sources. Papers go to stdout, one JSON object per line; reports and errors to stderr.
 */
@Command(name = "academichub",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        subcommands = {ParseCommand.class, FetchCommand.class, SourcesCommand.class, InitCommand.class, DailyCommand.class, DemoCommand.class,
            RadarCommand.class, FeedbackCommand.class, BriefCommand.class},
        description = "Today's papers from preprint servers and journals: fetch, merge, rank, brief, digest.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every source or file succeeded (no announcement today counts as success)",
            "1:some failed; the others' papers were still printed",
            "2:usage or configuration error",
            "3:nothing could be fetched or parsed"})
public final class Main {

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log requests and retries, and print stack traces with errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "No progress on stderr: each source's report line comes at the end instead. Errors still print.")
    boolean quiet;

    /** Whether stderr is a terminal, where progress is a bar redrawn in place rather than a line per event. */
    private boolean stderrIsTerminal;

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean verbose = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        // slf4j-simple reads its level once, when the first logger is made; set it before anything logs.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.hc", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        if (!verbose) {
            // a warning reads as the CLI's own lines do, "academichub: warning: …", not "[main] WARN a.b.C - …"
            System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
            System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
            System.setProperty("org.slf4j.simpleLogger.warnLevelString", "academichub: warning:");
            System.setProperty("org.slf4j.simpleLogger.errorLevelString", "academichub: error:");
        }
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Main main = new Main();
        main.stderrIsTerminal = err == System.err && Terminal.stderrIsTerminal();
        CommandLine cli = new CommandLine(main)
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(e -> ExitCode.USAGE)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // An unexpected failure: one clear line, the stack trace only when asked for.
                    commandLine.getErr().println("academichub: " + e);
                    if (verbose) {
                        e.printStackTrace(commandLine.getErr());
                    }
                    return e instanceof IllegalArgumentException ? ExitCode.USAGE : ExitCode.ALL_FAILED;
                });
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            List<String> unmatched = c.getUnmatchedArguments();
            c.getErr().println("academichub: "
                    + (unmatched.isEmpty() ? e.getMessage() : UnknownArgument.describe(c.getCommandSpec(), unmatched)));
            if (!(e.getCause() instanceof CommandLine.TypeConversionException)) { // a bad value says what it expects
                c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            }
            return ExitCode.USAGE;
        });
        try {
            return cli.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** How this run shows progress on {@code err}: nothing with {@code --quiet}, else a bar or plain lines. */
    ProgressPrinter progress(PrintWriter err) {
        if (quiet) {
            return ProgressPrinter.silent(err);
        }
        return stderrIsTerminal ? ProgressPrinter.bar(err, true) : ProgressPrinter.lines(err);
    }

    /** Prints the library version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"academichub " + LibraryVersion.get()};
        }
    }
}
