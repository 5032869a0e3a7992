package io.academichub.cli;

import io.academichub.AcademicHub;
import io.academichub.FetchSummary;
import io.academichub.delivery.DeliveryException;
import io.academichub.delivery.Digest;
import io.academichub.delivery.DigestDelivery;
import io.academichub.delivery.EmailDelivery;
import io.academichub.delivery.WebhookDelivery;
import io.academichub.http.HttpTransport;
import io.academichub.json.PaperJson;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmException;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingProgress;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.llm.render.JsonRenderer;
import io.academichub.llm.render.MarkdownRenderer;
import io.academichub.model.Paper;
import io.academichub.radar.Match;
import io.academichub.radar.MatchJson;
import io.academichub.radar.Profile;
import io.academichub.radar.ProfileReader;
import io.academichub.radar.Radar;
import io.academichub.source.FetchRequest;
import io.academichub.source.Source;
import io.academichub.source.SourceRegistry;
import io.academichub.source.SourceReport;
import io.academichub.source.Status;
import io.academichub.store.PaperStore;
import io.academichub.store.jdbc.JdbcPaperStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The daily job: fetch every configured source, merge, run each profile's radar (only what it has not been shown),
 * brief the day (with the configured model, or extractively), write the digest folder, deliver it. Everything that can
 * be checked is checked before anything runs (profiles, the model's key, delivery secrets), so a broken config costs
 * no request.
 */
final class DailyJob {

    /** What a run produced. */
    record Outcome(Path folder, FetchSummary fetch, Map<String, List<Match>> matches, Briefing briefing,
                   String briefingFailure, List<String> deliveryFailures) {

        /** Whether every source, the briefing and every delivery succeeded (no announcement counts as success). */
        boolean allSucceeded() {
            return briefingFailure == null && deliveryFailures.isEmpty() && fetch.reports().stream()
                    .allMatch(r -> r.status() == Status.OK || r.status() == Status.NO_ANNOUNCEMENT);
        }
    }

    /** The address {@code academichub init} writes as {@code contact}, for the user to replace. */
    static final String CONTACT_PLACEHOLDER = "you@example.org";

    private final DailyConfig config;
    private final Map<String, String> baseUrls;
    private final PrintWriter progress;
    private final PrintWriter problems;
    private final Supplier<ProgressPrinter> sourceProgress;
    private final Clock clock;
    private final UnaryOperator<String> environment;

    /**
     * @param baseUrls    base URLs by source kind, replacing the services' (a mirror, or the demo's local server)
     * @param progress    where progress lines go (stderr), or a writer to nothing for {@code --quiet}
     * @param environment how environment variables are read (keys, passwords, hook URLs)
     */
    DailyJob(DailyConfig config, Map<String, String> baseUrls, PrintWriter progress, Clock clock,
             UnaryOperator<String> environment) {
        this(config, baseUrls, progress, progress, () -> ProgressPrinter.lines(progress), clock, environment);
    }

    /**
     * @param progress       where progress lines go, or a writer to nothing for {@code --quiet}
     * @param problems       where what failed is said (a source's report when {@code sourceProgress} does not print
     *                       it, the briefing's and deliveries' failures): stderr, even with {@code --quiet}
     * @param sourceProgress how the fetch shows its sources as they start and end ({@link Main#progress}: a bar on a
     *                       terminal, plain lines otherwise, nothing with {@code --quiet})
     */
    DailyJob(DailyConfig config, Map<String, String> baseUrls, PrintWriter progress, PrintWriter problems,
             Supplier<ProgressPrinter> sourceProgress, Clock clock, UnaryOperator<String> environment) {
        this.config = Objects.requireNonNull(config, "config");
        this.baseUrls = Map.copyOf(baseUrls);
        this.progress = progress;
        this.problems = problems;
        this.sourceProgress = sourceProgress;
        this.clock = clock;
        this.environment = environment;
    }

    /**
     * Runs the job and writes the digest into a new folder under {@code outputRoot}.
     *
     * @throws IllegalArgumentException when the configuration cannot be used (a bad profile, a missing key or
     *                                  secret), before any request is made
     */
    Outcome run(Path outputRoot) throws IOException {
        List<Profile> profiles = new ArrayList<>();
        for (Path file : config.profiles()) {
            profiles.add(ProfileReader.read(file)); // ProfileException names the file and line
        }
        List<DigestDelivery> deliveries;
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try (HttpTransport http = transport()) {
            LlmClient llm = briefingModel(http);
            deliveries = deliveries(http);
            // where the digest and the store go, checked (and made) before any request
            Path root = Locations.requireDirectory("output folder", outputRoot);
            Locations.requireDirectory("data directory", config.data());
            SourceRegistry registry = SourceRegistry.discover();
            AcademicHub.Builder hub = AcademicHub.builder();
            for (String spec : config.sources()) {
                String kind = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
                Map<String, String> options = baseUrls.containsKey(kind)
                        ? Map.of(io.academichub.source.SourceConfig.BASE_URL, baseUrls.get(kind)) : Map.of();
                Source source = registry.create(spec, options, http);
                hub.source(source);
            }
            progress.println("daily: fetching " + config.sources().size() + " sources");
            FetchSummary fetched;
            boolean reportsShown;
            try (ProgressPrinter sources = sourceProgress.get()) { // each source's report as it ends
                fetched = hub.build().fetch(FetchRequest.latest(), sources);
                reportsShown = sources.printsSummaries();
            }
            if (!reportsShown) { // --quiet: the sources that failed are still said
                fetched.reports().stream().filter(r -> !r.status().isSuccess())
                        .forEach(r -> problems.println(r.summary()));
            }
            List<String> silent = fetched.reports().stream().filter(r -> r.status() == Status.NO_ANNOUNCEMENT)
                    .map(SourceReport::sourceId).toList();
            if (silent.size() == fetched.reports().size()) {
                progress.println("daily: no source announced anything today (a weekend or a holiday)");
            } else if (!silent.isEmpty()) {
                progress.println("daily: no announcement today from " + String.join(", ", silent)
                        + " (a weekend or a holiday); the digest has what the other sources had");
            }

            Map<String, List<Match>> matches = new LinkedHashMap<>();
            try (PaperStore store = JdbcPaperStore.openH2(config.data())) {
                // the reasons in the digest's language, as its labels and the briefing are
                Radar radar = Radar.builder().store(store)
                        .language(Locale.forLanguageTag(config.briefing().language())).build();
                for (Profile profile : profiles) {
                    List<Match> found = radar.scan(profile, fetched.papers());
                    matches.put(profile.name(), found);
                    progress.println("daily: radar '" + profile.name() + "': " + found.size() + " new");
                }
            }

            // the digest's papers in its order, so that the briefing's [n] is the digest's number n
            List<Paper> briefed = DigestFiles.listedPapers(fetched.papers(), matches, profiles.isEmpty());
            Briefing briefing = null;
            String briefingFailure = null;
            try {
                briefing = briefed.isEmpty() ? null : brief(briefed, today, llm);
            } catch (LlmException e) {
                // the matches are kept (the store has marked them shown): the digest goes out without a briefing
                briefingFailure = e.getMessage();
                problems.println("daily: briefing: " + briefingFailure + "; the digest has no briefing (set "
                        + "fallbackToExtractive: true for an extractive one instead)");
            }

            Path folder = newFolder(root, today);
            DigestFiles files = new DigestFiles(folder, today, config.briefing().language(), config.feedBaseUrl());
            files.write(fetched, matches, briefing, profiles);
            List<String> failures = deliver(deliveries, files.digest());
            return new Outcome(folder, fetched, matches, briefing, briefingFailure, failures);
        }
    }

    private HttpTransport transport() {
        HttpTransport.Builder builder = HttpTransport.builder();
        if (CONTACT_PLACEHOLDER.equals(config.contact())) {
            // a made-up address would be worse than none; say so rather than drop it silently
            progress.println("daily: no contact address is sent: 'contact' is still the placeholder "
                    + CONTACT_PLACEHOLDER + "; set it to your e-mail address in academichub.yaml (arXiv, Crossref "
                    + "and NCBI ask for one)");
        } else if (config.contact() != null) {
            builder.contact(config.contact());
        }
        return builder.build();
    }

    /**
     * The model the config names, checked before anything runs: a provider that cannot be used (no key, an unknown
     * name without a base URL) is refused (exit 2) unless the config allows falling back to the extractive briefing.
     *
     * @return the model's client, or {@code null} for the extractive briefing
     */
    private LlmClient briefingModel(HttpTransport http) {
        DailyConfig.BriefingSettings settings = config.briefing();
        if (!settings.usesModel()) {
            return null;
        }
        try {
            return BriefingModel.create(settings.llm(), settings.model(), settings.baseUrl(), settings.apiKeyEnv(),
                    http, environment);
        } catch (IllegalArgumentException e) {
            String why = "briefing.llm: " + e.getMessage();
            if (!settings.fallbackToExtractive()) {
                throw new IllegalArgumentException(why + " (or set fallbackToExtractive: true)", e);
            }
            progress.println("daily: " + why + "; the briefing is extractive (fallbackToExtractive)");
            return null;
        }
    }

    /**
     * The day's briefing: by the model when one is configured (its notes cached in the data directory, within the
     * budget), else extractive.
     *
     * @throws LlmException when the model fails and the config does not allow falling back
     */
    private Briefing brief(List<Paper> papers, LocalDate today, LlmClient llm) {
        DailyConfig.BriefingSettings settings = config.briefing();
        BriefingRequest.Builder request = BriefingRequest.builder(papers).language(settings.language()).date(today);
        if (settings.budgetTokens() != null) {
            request.budgetTokens(settings.budgetTokens());
        }
        BriefingProgress lines = (stage, done, total) -> progress.println("daily: briefing " + stage + " " + done + "/"
                + total);
        if (llm != null) {
            progress.println("daily: briefing " + papers.size() + " papers (" + llm.provider() + "/" + llm.model() + ")");
            try {
                return BriefingGenerator.builder().llm(llm).cache(config.data().resolve("briefing-cache"))
                        .progress(lines).build().generate(request.build());
            } catch (LlmException e) {
                if (!settings.fallbackToExtractive()) {
                    throw e;
                }
                progress.println("daily: " + e.getMessage() + "; the briefing is extractive (fallbackToExtractive)");
            }
        }
        progress.println("daily: briefing " + papers.size() + " papers (extractive)");
        return BriefingGenerator.extractive().generate(request.build());
    }

    private List<DigestDelivery> deliveries(HttpTransport http) {
        List<DigestDelivery> deliveries = new ArrayList<>();
        DailyConfig.EmailSettings email = config.delivery().email();
        if (email != null) {
            EmailDelivery.Builder mail = EmailDelivery.builder().server(email.host(), email.port())
                    .security(EmailDelivery.Security.valueOf(email.security().toUpperCase(java.util.Locale.ROOT)))
                    .from(email.from()).to(email.to().toArray(String[]::new));
            if (email.username() != null) {
                String password = environment.apply(email.passwordEnv());
                if (password == null || password.isEmpty()) {
                    throw new IllegalArgumentException("delivery.email: the password's environment variable "
                            + email.passwordEnv() + " is not set");
                }
                mail.login(email.username()).password(password);
            }
            deliveries.add(mail.build());
        }
        DailyConfig.WebhookSettings webhook = config.delivery().webhook();
        if (webhook != null) {
            String url = environment.apply(webhook.urlEnv());
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("delivery.webhook: the environment variable " + webhook.urlEnv()
                        + " (the hook URL) is not set");
            }
            deliveries.add(WebhookDelivery.create(URI.create(url.strip()), http));
        }
        return deliveries;
    }

    private List<String> deliver(List<DigestDelivery> deliveries, Digest digest) {
        List<String> failures = new ArrayList<>();
        for (DigestDelivery delivery : deliveries) {
            try {
                delivery.deliver(digest);
                progress.println("daily: delivered to " + delivery.target());
            } catch (DeliveryException e) {
                failures.add(e.getMessage());
                problems.println("daily: " + e.getMessage());
            }
        }
        return failures;
    }

    /**
     * {@code ROOT/2026-12-01}, or {@code ROOT/2026-12-01T061500} when that day has a folder already; absolute when
     * {@code root} is, whether or not the folder had to be created.
     */
    private Path newFolder(Path root, LocalDate today) throws IOException {
        Path folder = root.resolve(today.toString());
        if (Files.exists(folder)) {
            folder = root.resolve(today + "T" + DateTimeFormatter.ofPattern("HHmmss")
                    .format(clock.instant().atZone(ZoneOffset.UTC)));
        }
        Files.createDirectories(folder);
        return folder;
    }

    static void writeLines(Path file, List<String> lines) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    static List<String> paperLines(List<Paper> papers) {
        return papers.stream().map(PaperJson::toJson).toList();
    }

    static List<String> matchLines(Map<String, List<Match>> matches) {
        return matches.values().stream().flatMap(List::stream).map(MatchJson::toJson).toList();
    }

    static String markdown(Briefing briefing) {
        return new MarkdownRenderer().render(briefing);
    }

    static String json(Briefing briefing) {
        return new JsonRenderer().render(briefing);
    }
}
