package io.academichub.examples;

import io.academichub.AcademicHub;
import io.academichub.http.HttpTransport;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.llm.render.MarkdownRenderer;
import io.academichub.model.Paper;
import io.academichub.radar.Match;
import io.academichub.radar.Profile;
import io.academichub.radar.Radar;
import io.academichub.source.FetchRequest;
import io.academichub.source.SourceRegistry;
import io.academichub.store.InMemoryPaperStore;
import io.academichub.store.PaperStore;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The whole day inside an application, in about twenty lines: build a hub, fetch today's announcement, let a radar
 * profile pick what is new and relevant (with its reasons), and brief the picks — the extractive briefing, which
 * needs no model and no key. Run it with {@code java -cp academichub-examples/target/academichub.jar
 * io.academichub.examples.EmbedInYourApp}.
 */
public final class EmbedInYourApp {

    private EmbedInYourApp() {
    }

    /**
     * Fetches today's cs.AI and cs.CL announcement and prints the briefing of the agent papers among it.
     *
     * @param args unused
     * @throws IOException when closing the transport fails
     */
    public static void main(String[] args) throws IOException {
        try (HttpTransport http = HttpTransport.builder().contact("you@example.org").build()) {
            run(http, Map.of(), System.out);
        }
    }

    /**
     * The example itself.
     *
     * @param http         the transport every request goes through
     * @param arxivOptions the arXiv source's options, e.g. a {@code baseUrl} (tests point it at WireMock)
     * @param out          where the briefing goes, as Markdown
     * @return the radar's matches and the briefing of them
     */
    public static Day run(HttpTransport http, Map<String, String> arxivOptions, PrintStream out) {
        AcademicHub hub = AcademicHub.builder()
                .source(SourceRegistry.discover().create("arxiv:cs.AI+cs.CL", arxivOptions, http))
                .build();
        List<Paper> today = hub.fetch(FetchRequest.latest()).papers();

        Profile agents = Profile.builder("agents")
                .interest("agents", "agent* AND (llm OR \"language model*\")", 1.0)
                .exclusion("no surveys", "title:survey")
                .limit(10)
                .build();
        List<Match> matches;
        try (PaperStore store = new InMemoryPaperStore()) {   // JdbcPaperStore.openH2(dir) remembers across days
            matches = Radar.builder().store(store).build().scan(agents, today);
        }

        Briefing briefing = BriefingGenerator.extractive()
                .generate(BriefingRequest.builder(matches.stream().map(Match::paper).toList()).build());
        out.println(new MarkdownRenderer().render(briefing));
        return new Day(today, matches, briefing);
    }

    /**
     * What one run produced.
     *
     * @param fetched  every paper fetched
     * @param matches  the profile's new matches, best first
     * @param briefing the briefing of the matches
     */
    public record Day(List<Paper> fetched, List<Match> matches, Briefing briefing) {
    }
}
