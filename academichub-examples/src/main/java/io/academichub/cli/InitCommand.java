package io.academichub.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code academichub init}: writes a commented starter {@code academichub.yaml} and an example radar profile. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a starter configuration and an example radar profile for 'academichub daily'.",
                "academichub.yaml is commented throughout; the profile is profiles/example.yaml.",
                "The LLM and delivery blocks are there, commented out."})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
            description = "Folder to write into (default: the current folder).")
    Path dir;

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Path config = dir.resolve("academichub.yaml");
        Path profile = dir.resolve("profiles").resolve("example.yaml");
        if (!force) {
            for (Path p : List.of(config, profile)) {
                if (Files.exists(p)) {
                    spec.commandLine().getErr().println("academichub: " + p + " exists; --force overwrites it");
                    return ExitCode.USAGE;
                }
            }
        }
        Locations.requireDirectory("--dir", dir);
        Locations.requireDirectory("--dir", profile.getParent());
        Files.writeString(config, DailyConfig.starterText(), StandardCharsets.UTF_8);
        Files.writeString(profile, DailyConfig.exampleProfileText(), StandardCharsets.UTF_8);
        spec.commandLine().getErr().println("Wrote " + config + " and " + profile
                + ". Edit them, then: academichub daily --config " + config);
        return ExitCode.OK;
    }
}
