package io.academichub.cli;

import io.academichub.AcademicHub;
import io.academichub.FetchSummary;
import io.academichub.http.HttpTransport;
import io.academichub.model.Paper;
import io.academichub.radar.Excluded;
import io.academichub.radar.Match;
import io.academichub.radar.MatchJson;
import io.academichub.radar.Profile;
import io.academichub.radar.ProfileException;
import io.academichub.radar.ProfileReader;
import io.academichub.radar.Radar;
import io.academichub.source.FetchRequest;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceRegistry;
import io.academichub.source.SourceReport;
import io.academichub.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code academichub radar}: a profile's new matches among a day's papers, as Match JSON lines, best first. */
@Command(name = "radar", mixinStandardHelpOptions = true,
        description = {"Rank papers for a profile and print the ones it has not been shown, best first.",
            "Each is a Match JSON line on stdout: "
                + "{\"paper\":{…},\"score\":…,\"status\":\"new|updated\",\"profile\":…,\"reasons\":[…]}.",
            "The printed papers are remembered in the data directory, so a second run over the same papers "
                + "prints nothing; a new arXiv version of a paper already shown is printed once, as \"updated\"."},
        footer = {"%nWithout --in, the profile's 'sources' are fetched (source specs as for",
            "'academichub fetch'); a bare 'arxiv', or no sources at all, means the arXiv",
            "announcement of the profile's categories.",
            "The data directory is --data, else $ACADEMICHUB_DATA, else ~/.academichub.",
            "On stderr: each fetched source's report, then a line counting the matches;",
            "with --quiet, only the reports of sources that failed, and errors."})
final class RadarCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The profile (YAML or JSON).")
    Path profileFile;

    @Option(names = "--in", paramLabel = "FILE",
            description = "Paper JSON lines to rank (as 'academichub fetch' or 'parse' print them) or radar matches; "
                    + ".gz is gunzipped; '-' reads stdin. Without it, the profile's sources are fetched.")
    String in;

    @Option(names = "--data", paramLabel = "DIR", description = "Where shown papers and feedback are kept.")
    Path data;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The language of the reasons and of the --show-excluded notes: en, zh or ja (any other "
                    + "language gets English). Default: en.")
    String language;

    @Option(names = "--show-excluded", description = "Also print, on stderr, each paper the profile's filters "
            + "removed and which filter did.")
    boolean showExcluded;

    @Option(names = "--base-url", paramLabel = "NAME=URL",
            description = "Base URL for a source kind when fetching (a mirror, a test server), e.g. arxiv=URL.")
    Map<String, String> baseUrls = new java.util.LinkedHashMap<>();

    @Option(names = "--contact", paramLabel = "EMAIL", defaultValue = "${env:ACADEMICHUB_CONTACT}",
            description = "Your contact address, sent to the services when fetching.")
    String contact;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Locale reasonsLanguage;
        try {
            reasonsLanguage = new Locale.Builder().setLanguageTag(language.strip()).build();
        } catch (IllformedLocaleException e) {
            err.println("academichub: --lang: not a language code such as en, zh or ja: '" + language + "'");
            return ExitCode.USAGE;
        }
        Profile profile;
        try {
            profile = ProfileReader.read(profileFile);
        } catch (ProfileException e) {
            err.println("academichub: " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<Paper> papers;
        int exit = ExitCode.OK;
        if (in != null) {
            papers = PaperInput.read("--in", in, System.in);
        } else {
            List<String> specs = fetchSpecs(profile);
            if (specs.isEmpty()) {
                err.println("academichub: " + profileFile + ": no sources and no categories to fetch; "
                        + "add 'sources' or 'categories' to the profile, or give --in");
                return ExitCode.USAGE;
            }
            DataDirectory.checked(data); // before the fetch, so that a wrong --data costs no request
            FetchSummary summary;
            try {
                summary = fetch(specs);
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println("academichub: " + profileFile + ": sources: " + e.getMessage());
                return ExitCode.USAGE;
            }
            for (SourceReport report : summary.reports()) {
                if (!main.quiet || !report.status().isSuccess()) { // --quiet: only the sources that failed
                    err.println(report.summary());
                }
            }
            papers = summary.papers();
            exit = summary.allSucceeded() ? ExitCode.OK : summary.allFailed() ? ExitCode.ALL_FAILED : ExitCode.SOME_FAILED;
        }
        try (PaperStore store = DataDirectory.open(DataDirectory.checked(data))) {
            Radar radar = Radar.builder().store(store).language(reasonsLanguage).build();
            if (showExcluded) {
                for (Excluded x : radar.excluded(profile, papers)) {
                    err.println("excluded " + x.paper().id() + " (" + x.reason() + "): " + x.paper().title());
                }
            }
            List<Match> matches = radar.scan(profile, papers);
            PrintWriter out = spec.commandLine().getOut();
            for (Match match : matches) {
                MatchJson.writeLine(match, out);
            }
            out.flush();
            long updated = matches.stream().filter(m -> m.status() == Match.Status.UPDATED).count();
            if (!main.quiet) {
                err.println("radar: profile '" + profile.name() + "': " + matches.size() + " new matches"
                        + (updated > 0 ? " (" + updated + " updated)" : "") + " among " + papers.size() + " papers");
            }
        }
        return exit;
    }

    /** The profile's sources; a bare {@code arxiv} (or none) means the arXiv feeds of its categories. */
    static List<String> fetchSpecs(Profile profile) {
        String arxivCategories = String.join("+", profile.categories().stream().sorted().toList());
        List<String> specs = new ArrayList<>();
        List<String> declared = profile.sources().isEmpty() ? List.of("arxiv") : profile.sources();
        for (String s : declared) {
            if (s.equals("arxiv")) {
                if (!arxivCategories.isEmpty()) {
                    specs.add("arxiv:" + arxivCategories);
                }
            } else {
                specs.add(s);
            }
        }
        return specs;
    }

    private FetchSummary fetch(List<String> specs) throws IOException {
        HttpTransport.Builder http = HttpTransport.builder();
        try (HttpTransport transport = (contact == null || contact.isBlank() ? http : http.contact(contact)).build()) {
            SourceRegistry registry = SourceRegistry.discover();
            List<Source> sources = new ArrayList<>();
            for (String s : specs) {
                String kind = s.contains(":") ? s.substring(0, s.indexOf(':')) : s;
                String baseUrl = baseUrls.getOrDefault(kind, kind.startsWith("arxiv-") ? baseUrls.get("arxiv") : null);
                sources.add(registry.create(s, baseUrl == null ? Map.of() : Map.of(SourceConfig.BASE_URL, baseUrl),
                        transport));
            }
            return AcademicHub.builder().sources(sources).build().fetch(FetchRequest.between(null, null));
        }
    }
}
