package io.academichub.cli;

import io.academichub.model.PaperId;
import io.academichub.radar.Profile;
import io.academichub.radar.ProfileException;
import io.academichub.radar.ProfileReader;
import io.academichub.radar.Radar;
import io.academichub.store.PaperStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code academichub feedback}: like or dismiss a paper for a profile. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = {"Tell the radar what you thought of a paper.",
            "A liked paper joins the profile's seeds; a dismissed one makes papers like it rank lower. Kept in the "
                + "data directory (--data, else $ACADEMICHUB_DATA, else ~/.academichub); a later verdict on the "
                + "same paper replaces the earlier one."})
final class FeedbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The profile (YAML or JSON).")
    Path profileFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Verdict verdict;

    @Option(names = "--data", paramLabel = "DIR", description = "Where shown papers and feedback are kept.")
    Path data;

    /** Exactly one of --like and --dismiss. */
    static final class Verdict {
        @Option(names = "--like", paramLabel = "ID", description = "A paper to see more like (arXiv id, DOI, URL).")
        String like;

        @Option(names = "--dismiss", paramLabel = "ID", description = "A paper to see less like (arXiv id, DOI, URL).")
        String dismiss;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Profile profile;
        try {
            profile = ProfileReader.read(profileFile);
        } catch (ProfileException e) {
            err.println("academichub: " + e.getMessage());
            return ExitCode.USAGE;
        }
        String text = verdict.like != null ? verdict.like : verdict.dismiss;
        PaperId id;
        try {
            id = PaperId.parse(text);
        } catch (IllegalArgumentException e) {
            err.println("academichub: " + (verdict.like != null ? "--like" : "--dismiss") + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        try (PaperStore store = DataDirectory.open(DataDirectory.checked(data))) {
            Radar radar = Radar.builder().store(store).build();
            if (verdict.like != null) {
                radar.like(profile, id);
            } else {
                radar.dismiss(profile, id);
            }
            String what = verdict.like != null ? "liked" : "dismissed";
            if (store.paper(id).isEmpty()) {
                err.println("feedback: " + what + " " + id + " for profile '" + profile.name() + "'; the radar has "
                        + "not shown this paper, so it counts once the paper is among the papers ranked");
            } else {
                err.println("feedback: " + what + " " + id + " for profile '" + profile.name() + "'");
            }
        }
        return ExitCode.OK;
    }
}
