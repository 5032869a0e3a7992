package io.academichub.examples;

import io.academichub.AcademicHub;
import io.academichub.FetchSummary;
import io.academichub.PaperMerger;
import io.academichub.http.HttpTransport;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceRegistry;
import io.academichub.source.SourceReport;

import java.io.PrintStream;
import java.util.Map;

/**
 * How an application embeds AcademicHub: one polite transport, sources by name from the registry, one fetch, then
 * papers and reports. Run it with {@code java -cp academichub-examples/target/academichub.jar
 * io.academichub.examples.EmbeddingExample you@example.org}.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** Fetches today's cs.AI announcement and Nature's feed and prints a line per paper. */
    public static void main(String[] args) throws Exception {
        String contact = args.length > 0 ? args[0] : System.getenv("ACADEMICHUB_CONTACT");
        HttpTransport.Builder http = HttpTransport.builder();
        try (HttpTransport transport = (contact == null ? http : http.contact(contact)).build()) {
            System.exit(run(transport, Map.of(), System.out) ? 0 : 1);
        }
    }

    /**
     * The example itself.
     *
     * @param baseUrls per source kind, a base URL replacing the service's (tests point them at WireMock)
     * @return whether every source succeeded
     */
    public static boolean run(HttpTransport transport, Map<String, String> baseUrls, PrintStream out) {
        SourceRegistry registry = SourceRegistry.discover();
        AcademicHub hub = AcademicHub.builder()
                .source(registry.create("arxiv:cs.AI", options(baseUrls, "arxiv"), transport))
                .source(registry.create("nature", options(baseUrls, "nature"), transport))
                .build();

        FetchSummary today = hub.fetch(FetchRequest.latest().withLimit(50));

        for (Paper paper : today.papers()) {
            out.printf("%-32s %-8s %s%n", paper.id(), paper.type() == null ? "" : paper.type(), paper.title());
        }
        for (SourceReport report : today.reports()) {
            out.println(report.summary());
        }
        for (PaperMerger.Merge merge : today.merges()) {
            if (merge.acrossIds()) {
                out.println("merged " + merge.summary());
            }
        }
        return today.allSucceeded();
    }

    private static Map<String, String> options(Map<String, String> baseUrls, String kind) {
        String url = baseUrls.get(kind);
        return url == null ? Map.of() : Map.of(SourceConfig.BASE_URL, url);
    }
}
