package io.academichub.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.academichub.http.HostLimits;
import io.academichub.http.HttpTransport;
import io.academichub.source.FetchRequest;
import io.academichub.source.SourceConfig;
import io.academichub.source.Status;
import io.academichub.sources.arxiv.ArxivOaiSource;
import io.academichub.sources.arxiv.OaiHarvestResult;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Checks that an OAI-PMH harvest streams: {@link ArxivOaiSource#harvest} over {@code PAGES × PER_PAGE} generated
 * arXivRaw records (default 100 × 1000), served page by page by an in-process WireMock on 127.0.0.1 and linked by
 * resumption tokens, with a consumer that only counts. Prints records, time, records/s and heap figures; exits
 * non-zero when not every record arrived. Run it with a small heap to prove the point:
 *
 * <pre>{@code
 * java -Xmx256m -cp academichub-benchmarks/target/benchmarks.jar io.academichub.benchmarks.OaiHarvestMemoryCheck [PAGES [PER_PAGE]]
 * }</pre>
 *
 * Pages are generated when requested (never stored) and WireMock's request journal is off, so the heap holds only
 * what the harvest itself keeps, plus the server's one page in flight.
 */
public final class OaiHarvestMemoryCheck {

    private OaiHarvestMemoryCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args optional: number of pages (default 100), records per page (default 1000)
     */
    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int perPage = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long total = (long) pages * perPage;

        GeneratedPages generator = new GeneratedPages(pages, perPage);
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .disableRequestJournal().extensions(generator));
        server.start();
        server.stubFor(get(urlPathEqualTo("/oai")).willReturn(aResponse().withTransformers(GeneratedPages.NAME)));
        try (HttpTransport transport = HttpTransport.builder()
                .limits("arxiv", new HostLimits(Duration.ZERO, 1)) // a local server: no politeness pause needed
                .build()) {
            ArxivOaiSource source = new ArxivOaiSource(SourceConfig.of("cs", transport)
                    .withOption(SourceConfig.BASE_URL, server.baseUrl() + "/oai"));

            List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long[] count = {0};
            long[] sampledPeak = {0};
            long start = System.nanoTime();

            OaiHarvestResult result = source.harvest(FetchRequest.latest(), paper -> {
                if (++count[0] % 1000 == 0) { // sample the heap now and then; counting is all the sink does
                    sampledPeak[0] = Math.max(sampledPeak[0], heapUsed());
                }
            });

            double seconds = (System.nanoTime() - start) / 1e9;
            long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long afterGc = heapUsed();
            System.out.printf(Locale.ROOT, "records        %,d of %,d in %d pages (%s)%n", count[0], total,
                    result.pages(), result.report().summary());
            System.out.printf(Locale.ROOT, "time           %.2f s%n", seconds);
            System.out.printf(Locale.ROOT, "throughput     %,.0f records/s (%.1f MB of XML served)%n",
                    count[0] / seconds, generator.bytesServed() / 1e6);
            System.out.printf(Locale.ROOT, "max heap       %d MB (-Xmx)%n", Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "peak heap used %d MB (sum of the heap pools' peaks, an upper bound)%n",
                    poolPeaks >> 20);
            System.out.printf(Locale.ROOT, "sampled peak   %d MB (heap used, sampled every 1,000 records)%n",
                    sampledPeak[0] >> 20);
            System.out.printf(Locale.ROOT, "after GC       %d MB (heap used once the harvest is over)%n", afterGc >> 20);
            if (count[0] != total || result.report().status() != Status.OK) {
                System.out.println("FAILED: not every record arrived");
                System.exit(1);
            }
        } finally {
            server.stop();
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Serves page N for {@code resumptionToken=pN} (page 0 without a token), generated on each request. */
    private static final class GeneratedPages implements ResponseDefinitionTransformerV2 {
        static final String NAME = "generated-oai-pages";
        private static final String RECORD = """
                <record><header><identifier>oai:arXiv.org:%1$s</identifier><datestamp>2026-06-02</datestamp>
                <setSpec>cs</setSpec></header><metadata>
                <arXivRaw xmlns="http://arxiv.org/OAI/arXivRaw/"><id>%1$s</id><submitter>Ada Lovelace</submitter>
                <version version="v1"><date>Mon, 1 Jun 2026 12:00:00 GMT</date><size>512kb</size></version>
                <version version="v2"><date>Fri, 19 Jun 2026 08:30:00 GMT</date><size>530kb</size></version>
                <title>Generated record %2$d: streaming harvests of
                  $O(N)$ metadata without holding it</title>
                <authors>Ada Lovelace (Analytical Engines Ltd), Alan M. Turing, Jos\\'e P\\'erez and Grace Hopper</authors>
                <categories>cs.DL cs.IR cs.DB</categories><comments>12 pages, 3 figures</comments>
                <journal-ref>J. Bulk Metadata 7 (2026) 1-12</journal-ref><doi>10.1234/jbm.%2$d</doi>
                <license>http://creativecommons.org/licenses/by/4.0/</license>
                <abstract>  We harvest a large list of records page by page and check that the memory a harvester
                needs does not grow with the number of records it has seen. Each record is handed on as soon as
                it has been read, so only one page is ever held. This abstract is long enough to be typical of
                arXiv, with some &quot;quoted&quot; words, math such as $\\alpha^2 + \\beta^2$ and hard line
                wraps that the parser folds into single spaces before anyone reads them.
                </abstract></arXivRaw></metadata></record>
                """;

        private final int pages;
        private final int perPage;
        private volatile long bytesServed;

        GeneratedPages(int pages, int perPage) {
            this.pages = pages;
            this.perPage = perPage;
        }

        long bytesServed() {
            return bytesServed;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            QueryParameter token = serveEvent.getRequest().queryParameter("resumptionToken");
            int page = token.isPresent() ? Integer.parseInt(token.firstValue().substring(1)) : 0;
            byte[] body = page(page).getBytes(StandardCharsets.UTF_8);
            bytesServed += body.length;
            return new ResponseDefinitionBuilder().withStatus(200)
                    .withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(body).build();
        }

        private String page(int page) {
            StringBuilder sb = new StringBuilder(perPage * 1800);
            sb.append("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
                    <responseDate>2026-06-20T10:00:00Z</responseDate>
                    <request verb="ListRecords" metadataPrefix="arXivRaw" set="cs">https://oaipmh.arxiv.org/oai</request>
                    <ListRecords>
                    """);
            for (int i = 0; i < perPage; i++) {
                int n = page * perPage + i;
                sb.append(RECORD.formatted(arxivId(n), n));
            }
            String next = page + 1 < pages ? "p" + (page + 1) : "";
            sb.append("<resumptionToken cursor=\"").append((long) page * perPage).append("\" completeListSize=\"")
                    .append((long) pages * perPage).append("\">").append(next).append("</resumptionToken>\n")
                    .append("</ListRecords>\n</OAI-PMH>\n");
            return sb.toString();
        }

        // Distinct new-style ids: 100,000 per month from January 2020 on.
        private static String arxivId(int n) {
            int month = n / 100_000;
            return String.format(Locale.ROOT, "%02d%02d.%05d", 20 + month / 12, 1 + month % 12, n % 100_000);
        }
    }
}
