import io.academichub.AcademicHub;
import io.academichub.FetchSummary;
import io.academichub.http.HttpTransport;
import io.academichub.json.PaperJson;
import io.academichub.source.FetchRequest;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceRegistry;

import java.util.Map;

public class TodaysPapers {
    public static void main(String[] args) throws Exception {
        String mirror = System.getenv("ARXIV_BASE_URL");   // unset: arXiv itself; set: a mirror or a test server
        Map<String, String> options = mirror == null ? Map.of() : Map.of(SourceConfig.BASE_URL, mirror);
        try (HttpTransport http = HttpTransport.builder().contact("you@example.org").build()) {
            AcademicHub hub = AcademicHub.builder()
                    .source(SourceRegistry.discover().create("arxiv:cs.AI+cs.LG", options, http))
                    .build();
            FetchSummary today = hub.fetch(FetchRequest.latest());
            today.papers().forEach(paper -> System.out.println(PaperJson.toJson(paper)));
            today.reports().forEach(report -> System.err.println(report.summary())); // OK, PARTIAL, FAILED …
        }
    }
}
