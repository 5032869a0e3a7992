package io.academichub.cli;

import io.academichub.AcademicHub;
import io.academichub.FetchSummary;
import io.academichub.PaperMerger;
import io.academichub.http.HttpTransport;
import io.academichub.json.PaperJson;
import io.academichub.model.Paper;
import io.academichub.source.FetchRequest;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceRegistry;
import io.academichub.source.SourceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code academichub fetch}: today's papers from live sources, as Paper JSON lines, with one report per source. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch papers from sources concurrently and print them, merged, as Paper JSON lines.",
            "On stderr, a line per source as it starts and its report as it ends (a progress bar on a terminal; "
                + "with --quiet only the reports, at the end)."},
        // each footer line within 80 columns: picocli would wrap a longer one to column 0, mid-token
        footer = {"%nSources (SPEC):",
            "  arxiv:CATEGORIES     arXiv announcement RSS, e.g. arxiv:cs.AI+cs.LG",
            "  arxiv-api:QUERY      arXiv query API, e.g.",
            "                       arxiv-api:\"cat:cs.CL AND ti:retrieval\"",
            "  arxiv-oai[:SET]      arXiv OAI-PMH harvest, e.g. arxiv-oai:cs:cs:AI",
            "                       (with --from)",
            "  biorxiv[:CATEGORY]   bioRxiv, e.g. biorxiv:bioinformatics",
            "                       (default: yesterday and today)",
            "  medrxiv[:CATEGORY]   medRxiv, e.g. medrxiv:epidemiology",
            "  nature, science, cell, pnas, lancet, nejm, plos-one   the journal's feed",
            "  rss:URL              any RSS or Atom feed, e.g.",
            "                       rss:https://www.nature.com/nature.rss",
            "  crossref:ISSN        Crossref works of a journal, e.g. crossref:1932-6203",
            "                       (--from recommended)",
            "  pubmed:QUERY         PubMed search, e.g. pubmed:\"telomere length[tiab]\"",
            "%nThe contact address sent in the User-Agent comes from --contact or",
            "$ACADEMICHUB_CONTACT."})
final class FetchCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "SPEC", description = "A source to fetch; repeatable.")
    List<String> sources;

    @Option(names = "--from", paramLabel = "DATE", converter = DayConverter.class,
            description = "First day to fetch: YYYY-MM-DD, today or yesterday; where the source supports it.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DayConverter.class,
            description = "Last day to fetch: YYYY-MM-DD, today or yesterday; where the source supports it.")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", description = "Most papers per source (default: all the source has).")
    Integer limit;

    @Option(names = "--base-url", paramLabel = "NAME=URL",
            description = "Base URL for a source kind (a mirror, a test server), e.g. arxiv=http://localhost:8080, "
                    + "crossref=URL, pubmed=URL, biorxiv=URL, nature=URL. "
                    + "NAME 'arxiv' also applies to arxiv-api and arxiv-oai unless they are given their own.")
    Map<String, String> baseUrls = new LinkedHashMap<>();

    @Option(names = "--option", paramLabel = "NAME.KEY=VALUE",
            description = "An option for a source kind, e.g. crossref.mailto=you@example.org, pubmed.api_key=KEY, "
                    + "arxiv-api.sortBy=relevance (see 'academichub sources').")
    Map<String, String> sourceOptions = new LinkedHashMap<>();

    @Option(names = "--contact", paramLabel = "EMAIL", defaultValue = "${env:ACADEMICHUB_CONTACT}",
            description = "Your contact address, sent to the services in the User-Agent, and as Crossref's mailto "
                    + "and PubMed's email unless --option sets them.")
    String contact;

    @Option(names = "--source-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Most seconds one source may take; a slower source ends FAILED or PARTIAL with what it had, "
                    + "and the other sources' papers are printed without waiting for it (default: ${DEFAULT-VALUE}).")
    long sourceTimeoutSeconds;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        FetchRequest request;
        try {
            // the options named as the user typed them, before FetchRequest's own checks
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("--to " + to + " is before --from " + from);
            }
            if (limit != null && limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1: " + limit);
            }
            request = FetchRequest.between(from, to);
            if (limit != null) {
                request = request.withLimit(limit);
            }
            if (sourceTimeoutSeconds < 1) {
                throw new IllegalArgumentException("--source-timeout must be at least 1 second: " + sourceTimeoutSeconds);
            }
        } catch (IllegalArgumentException e) {
            err.println("academichub: " + e.getMessage());
            return ExitCode.USAGE;
        }
        HttpTransport.Builder http = HttpTransport.builder();
        try (HttpTransport transport = (contact == null || contact.isBlank() ? http : http.contact(contact)).build()) {
            AcademicHub hub;
            try {
                hub = AcademicHub.builder().sources(createSources(transport))
                        .sourceTimeout(Duration.ofSeconds(sourceTimeoutSeconds)).build();
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println("academichub: " + e.getMessage());
                return ExitCode.USAGE;
            }
            FetchSummary summary;
            boolean reportsShown;
            try (ProgressPrinter progress = main.progress(err)) {
                summary = hub.fetch(request, progress);
                reportsShown = progress.printsSummaries();
            }
            PrintWriter out = spec.commandLine().getOut();
            for (Paper paper : summary.papers()) {
                PaperJson.writeLine(paper, out);
            }
            out.flush();
            for (SourceReport report : summary.reports()) {
                if (!reportsShown) { // --quiet: no line as each source ended, so the reports come here
                    err.println(report.summary());
                }
                if (main.verbose && report.error() != null) {
                    report.error().printStackTrace(err);
                }
            }
            for (PaperMerger.Merge merge : summary.merges()) {
                if (merge.acrossIds()) { // cross-listings of one arXiv paper are routine; preprint ↔ published is news
                    err.println("merged " + merge.summary());
                }
            }
            summary.warnings().forEach(w -> err.println("warning: " + w));
            if (summary.allSucceeded()) {
                return ExitCode.OK;
            }
            return summary.allFailed() ? ExitCode.ALL_FAILED : ExitCode.SOME_FAILED;
        }
    }

    private List<Source> createSources(HttpTransport transport) {
        SourceRegistry registry = SourceRegistry.discover();
        for (String name : baseUrls.keySet()) {
            if (registry.find(name).isEmpty()) {
                throw new IllegalArgumentException("--base-url names unknown source '" + name + "'");
            }
        }
        for (String key : sourceOptions.keySet()) {
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1 || registry.find(key.substring(0, dot)).isEmpty()) {
                throw new IllegalArgumentException("--option " + key + ": expected NAME.KEY=VALUE with NAME a source "
                        + "kind, e.g. crossref.mailto=you@example.org");
            }
        }
        List<Source> created = new ArrayList<>();
        for (String spec : sources) {
            String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
            Map<String, String> options = new LinkedHashMap<>();
            String baseUrl = baseUrls.get(name);
            if (baseUrl == null && name.startsWith("arxiv-")) {
                baseUrl = baseUrls.get(name.substring(0, name.indexOf('-'))); // arxiv=URL also serves arxiv-api
            }
            if (baseUrl != null) {
                options.put(SourceConfig.BASE_URL, baseUrl);
            }
            if (contact != null && !contact.isBlank()) {
                options.put(SourceConfig.CONTACT, contact.strip()); // Crossref's mailto, NCBI's email
            }
            sourceOptions.forEach((key, value) -> {
                if (key.startsWith(name + ".")) {
                    options.put(key.substring(name.length() + 1), value);
                }
            });
            created.add(registry.create(spec, options, transport));
        }
        return created;
    }
}
