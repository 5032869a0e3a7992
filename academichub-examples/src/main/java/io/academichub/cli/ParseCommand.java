package io.academichub.cli;

import io.academichub.PaperMerger;
import io.academichub.error.SourceException;
import io.academichub.json.PaperJson;
import io.academichub.model.Paper;
import io.academichub.source.Page;
import io.academichub.source.RecordedFormat;
import io.academichub.source.SourceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/** {@code academichub parse}: recorded feed files to Paper JSON lines, merged across the files. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse recorded feed files into Paper JSON lines on stdout, one per paper.",
            "Papers are merged across all files (a paper cross-listed in two feeds is one line with both "
                + "categories). Files ending in .gz are gunzipped."})
final class ParseCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Format of the files, as a source kind offers it: arxiv-rss, arxiv-atom, arxiv-oai, "
                    + "biorxiv-json, rss (any RSS/Atom feed), crossref-json, pubmed-xml, or a third-party one "
                    + "('academichub sources' lists them all).")
    String format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to parse.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SourceRegistry registry = SourceRegistry.discover();
        RecordedFormat feedFormat = registry.format(format).orElse(null);
        if (feedFormat == null) {
            err.println("academichub: unknown format '" + format + "'; expected one of "
                    + registry.formats().stream().map(RecordedFormat::name).toList());
            return ExitCode.USAGE;
        }
        List<Paper> papers = new ArrayList<>();
        int failed = 0;
        for (Path file : files) {
            // A file that cannot be read is named with the reason, and the other files are still parsed.
            String unreadable = Locations.unreadable(file);
            if (unreadable != null) {
                failed++;
                err.println("academichub: " + file + ": " + unreadable);
                continue;
            }
            try (InputStream in = open(file)) {
                Page parsed = feedFormat.parse(in, feedFormat.name(), file.toUri());
                papers.addAll(parsed.papers());
                // What was skipped or changed is the user's to see, as fetch shows it in a source's report.
                for (String warning : parsed.warnings()) {
                    err.println("academichub: " + file + ": warning: " + warning);
                }
            } catch (SourceException | IOException e) {
                failed++;
                err.println("academichub: " + file + ": "
                        + (e instanceof SourceException se ? se.detail() : describe((IOException) e)));
                if (main.verbose) {
                    e.printStackTrace(err);
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Paper paper : PaperMerger.merge(papers)) {
            PaperJson.writeLine(paper, out);
        }
        out.flush();
        return failed == 0 ? ExitCode.OK : failed == files.size() ? ExitCode.ALL_FAILED : ExitCode.SOME_FAILED;
    }

    private static String describe(IOException e) {
        String reason = Locations.reason(e, Locations.Access.READ);
        return reason.equals("no such file") ? reason : "cannot be read: " + reason; // e.g. a .gz that is not
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
