package io.academichub.cli;

import io.academichub.source.RecordedFormat;
import io.academichub.source.SourceOption;
import io.academichub.source.SourceProvider;
import io.academichub.source.SourceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code academichub sources}: the source kinds on the class path, from the registry, with what they take. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"List the source kinds fetch accepts, with their arguments and options.",
                "Every provider on the class path is listed; every kind also takes the options baseUrl and contact."})
final class SourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (SourceProvider provider : SourceRegistry.discover().providers()) {
            out.printf("%-10s %s%n", provider.id(), provider.description());
            for (SourceOption option : provider.options()) {
                out.printf("%-10s   --option %s.%s%n", "", provider.id(), option.summary());
            }
        }
        out.println();
        out.println("Formats of recorded files (parse --format):");
        for (RecordedFormat format : SourceRegistry.discover().formats()) {
            out.printf("%-13s %s%n", format.name(), format.description());
        }
        out.flush();
        return ExitCode.OK;
    }
}
