package io.academichub.examples;

import io.academichub.AcademicHub;
import io.academichub.FetchSummary;
import io.academichub.http.HttpTransport;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceProvider;
import io.academichub.source.SourceRegistry;
import io.academichub.source.SourceReport;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How a third party adds a source: implement {@link Source} (fetch and report) and {@link SourceProvider} (create it
 * from {@code NAME:ARGUMENT}), then register the provider — explicitly, as here, or by listing it in
 * {@code META-INF/services/io.academichub.source.SourceProvider}. A real adapter fetches through
 * {@link SourceConfig#transport()}, so it is polite and its errors are typed; its tests implement the
 * {@code SourceContract} of academichub-core's test-jar.
 */
public final class CustomSourceExample {

    private CustomSourceExample() {
    }

    /**
     * A lab's reading list as a source: the argument names the lab. Public with a no-argument constructor, as
     * {@link java.util.ServiceLoader} needs, so that a {@code META-INF/services/io.academichub.source.SourceProvider}
     * line naming {@code io.academichub.examples.CustomSourceExample$ReadingListProvider} registers it (this
     * module's tests do that; the CLI's jar does not, so {@code academichub sources} does not list it).
     */
    public static final class ReadingListProvider implements SourceProvider {

        /** Creates the provider (ServiceLoader calls this). */
        public ReadingListProvider() {
        }

        /** {@inheritDoc} */
        @Override
        public String id() {
            return "reading-list";
        }

        /** {@inheritDoc} */
        @Override
        public String description() {
            return "a lab's reading list; ARGUMENT: the lab";
        }

        /** {@inheritDoc} */
        @Override
        public Source create(SourceConfig config) {
            if (config.argument().isEmpty()) {
                throw new IllegalArgumentException("reading-list needs the lab's name, e.g. reading-list:vision");
            }
            return new ReadingListSource(config.argument());
        }
    }

    /** Serves two fixed entries; a real source would GET its service with {@code config.transport()}. */
    record ReadingListSource(String lab) implements Source {
        @Override
        public String id() {
            return "reading-list:" + lab;
        }

        @Override
        public FetchResult fetch(FetchRequest request) {
            List<Paper> papers = List.of(
                    Paper.builder(PaperId.parse("arXiv:1706.03762v7")).source("reading-list")
                            .title("Attention Is All You Need").authors(List.of(Author.of("Ashish Vaswani")))
                            .categories(List.of("cs.CL", "cs.LG")).published(LocalDate.of(2017, 6, 12)).version(7)
                            .url(URI.create("https://arxiv.org/abs/1706.03762")).type(Paper.PREPRINT).build(),
                    Paper.builder(PaperId.doi("10.1038/nature14539")).source("reading-list")
                            .title("Deep learning").authors(List.of(Author.of("Yann LeCun")))
                            .published(LocalDate.of(2015, 5, 27)).url(URI.create("https://doi.org/10.1038/nature14539"))
                            .type(Paper.ARTICLE).build());
            List<Paper> limited = papers.subList(0, Math.min(papers.size(), request.limit()));
            return new FetchResult(limited, SourceReport.ok(id(), papers.size(), limited.size(), List.of()));
        }
    }

    /** Registers the provider, creates a source by name and fetches it. */
    public static void main(String[] args) throws IOException {
        try (HttpTransport transport = HttpTransport.builder().build()) {
            run(transport, System.out);
        }
    }

    /** The example itself; prints one line per paper and the report. */
    public static void run(HttpTransport transport, PrintStream out) {
        SourceRegistry registry = SourceRegistry.builder().register(new ReadingListProvider()).build();
        Source source = registry.create("reading-list:vision", Map.of(), transport);
        FetchSummary summary = AcademicHub.builder().source(source).build().fetch(FetchRequest.latest());
        summary.papers().forEach(p -> out.println(p.id() + " " + p.title()));
        summary.reports().forEach(r -> out.println(r.summary()));
    }
}
