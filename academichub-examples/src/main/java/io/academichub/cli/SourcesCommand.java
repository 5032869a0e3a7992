package io.academichub.cli;

import io.academichub.source.SourceProvider;
import io.academichub.source.SourceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code academichub sources}: the source kinds on the class path, from the registry, with what they take. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the source kinds --source accepts (every provider on the class path) and their arguments.")
final class SourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (SourceProvider provider : SourceRegistry.discover().providers()) {
            out.printf("%-10s %s%n", provider.id(), provider.description());
        }
        out.flush();
        return ExitCode.OK;
    }
}
