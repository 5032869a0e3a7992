package io.academichub.cli;

import io.academichub.http.LibraryVersion;
import io.academichub.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
            description = "No progress on stderr (fetch, daily, demo, brief, radar). Errors still print.")
    boolean quiet;

    /** What {@code -q} does in each command, for its {@code --help}: the option is inherited, its effect is not. */
    private static final Map<String, String> QUIET_HELP = Map.of(
            "fetch", "No progress on stderr: each source's report line comes at the end instead. Errors still print.",
            "daily", "On stderr only what failed (a source, the briefing, a delivery); the path of digest.html "
                    + "still goes to stdout.",
            "demo", "On stderr only what failed (a source, the briefing, a delivery); the path of digest.html "
                    + "still goes to stdout.",
            "brief", "No progress on stderr: only the summary line and errors.",
            "radar", "Only what went wrong on stderr: the reports of sources that failed, and errors; not the "
                    + "reports of sources that succeeded nor the line counting the matches.",
            "parse", "No effect: parse shows no progress; warnings and errors still print.",
            "sources", "No effect: sources shows no progress.",
            "init", "No effect: init shows no progress; the line naming the files it wrote still prints.",
            "feedback", "No effect: feedback shows no progress; the line confirming the verdict still prints.");

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
                    // One clear line in words, never a Java class name; the stack trace only when asked for.
                    commandLine.getErr().println("academichub: " + describe(e));
                    if (verbose) {
                        e.printStackTrace(commandLine.getErr());
                    }
                    return e instanceof UsageException || e instanceof IllegalArgumentException
                            ? ExitCode.USAGE : ExitCode.ALL_FAILED;
                });
        for (CommandLine sub : cli.getSubcommands().values()) {
            OptionSpec quiet = sub.getCommandSpec().findOption("--quiet");
            String help = QUIET_HELP.get(sub.getCommandName());
            if (quiet != null && help != null) { // a copy bound to the same field, worded for this command
                sub.getCommandSpec().remove(quiet);
                sub.getCommandSpec().addOption(OptionSpec.builder(quiet).description(help).build());
            }
        }
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            List<String> unmatched = c.getUnmatchedArguments();
            // picocli starts some messages with its own "Error: ", which would follow ours
            String message = e.getMessage().startsWith("Error: ") ? e.getMessage().substring(7) : e.getMessage();
            c.getErr().println("academichub: "
                    + (unmatched.isEmpty() ? message : UnknownArgument.describe(c.getCommandSpec(), unmatched)));
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

    /**
     * A failure a command did not report itself, in one line: the usage problem's own message, an input or output
     * failure in words with its file, the store that failed.
     */
    static String describe(Exception e) {
        if (e instanceof UsageException) {
            return e.getMessage();
        }
        IOException io = e instanceof IOException x ? x : e instanceof UncheckedIOException u ? u.getCause() : null;
        if (io != null) {
            return Locations.describe(io);
        }
        if (e instanceof StoreException store && store.getCause() instanceof IOException cause) {
            return store.store() + ": cannot open: " + Locations.reason(cause, null);
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            return "unexpected failure (a bug: please report it with what --verbose prints)";
        }
        return e.getMessage();
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
