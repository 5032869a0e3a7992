package io.academichub.examples;

import io.academichub.json.PaperJson;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.radar.Match;
import io.academichub.radar.Profile;
import io.academichub.radar.Radar;
import io.academichub.store.InMemoryPaperStore;
import io.academichub.store.PaperStore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The research radar embedded: a profile built in Java ranks a day's papers (Paper JSON lines, as
 * {@code academichub fetch} prints them) and says why each is there. The README shows this code.
 *
 * <pre>{@code java -cp academichub.jar io.academichub.examples.RadarExample today.jsonl}</pre>
 */
public final class RadarExample {

    private RadarExample() {
    }

    /** Ranks the papers in the Paper JSON lines file given as the only argument. */
    public static void main(String[] args) throws Exception {
        List<Paper> papers;
        try (var in = Files.newBufferedReader(Path.of(args[0]))) {
            papers = PaperJson.readLines(in);
        }
        run(papers, System.out);
    }

    /** Prints the profile's matches among the papers, then dismisses the first; returns the matches. */
    public static List<Match> run(List<Paper> papers, PrintStream out) {
        Profile profile = Profile.builder("quantum-error-correction")
                .interest("codes", "\"surface code\" OR qLDPC OR \"logical qubit\"", 1.0)
                .interest("decoders", "(decoder OR syndrome) AND (quantum OR qubit)", 0.8)
                .exclusion("no surveys", "title:survey")
                .categories("quant-ph", "cs.AR")
                .authors("Craig Gidney", "B. M. Terhal")
                .limit(20)
                .build();                                    // or ProfileReader.read(Path.of("qec.yaml"))
        try (PaperStore store = new InMemoryPaperStore()) {  // a JDBC store remembers across runs
            Radar radar = Radar.builder().store(store).build();
            List<Match> matches = radar.scan(profile, papers); // new and updated papers only, best first
            for (Match m : matches) {
                out.printf("%.2f %s %s%n", m.score(), m.paper().id(), m.paper().title());
                m.reasons().forEach(r -> out.println("     " + r.text()));
            }
            if (!matches.isEmpty()) {
                PaperId first = matches.get(0).paper().id();
                radar.dismiss(profile, first);               // papers like it rank lower from now on
            }
            return matches;
        }
    }
}
