package io.academichub.cli;

import io.academichub.FetchSummary;
import io.academichub.delivery.Digest;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingLabels;
import io.academichub.llm.render.HtmlRenderer;
import io.academichub.llm.render.PaperHeadings;
import io.academichub.model.Paper;
import io.academichub.radar.Match;
import io.academichub.radar.Profile;
import io.academichub.source.SourceReport;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The digest folder one daily run writes: {@code digest.md}, {@code digest.html}, {@code papers.jsonl} (every paper
 * fetched), {@code matches.jsonl} (every profile's new matches), {@code briefing.json}, and an Atom feed per
 * profile ({@code feed.xml} for one profile, {@code feed-NAME.xml} for each of several; see {@link RadarAtomFeed}
 * for its format). The digest's own words
 * (title, headings, labels) follow the briefing's language through {@link BriefingLabels}; the radar's reasons come
 * worded in that language by the radar ({@link DailyJob} gives it the same language); the sources' summaries are
 * printed as their module words them (English).
 */
final class DigestFiles {

    private final Path folder;
    private final LocalDate day;
    private final String language;
    private final BriefingLabels labels;
    private final URI feedBaseUrl;
    private Digest digest;

    /** {@code feedBaseUrl}: where the feeds are published (a folder address), or {@code null} when unknown. */
    DigestFiles(Path folder, LocalDate day, String language, URI feedBaseUrl) {
        this.folder = folder;
        this.day = day;
        this.language = language;
        this.labels = BriefingLabels.forLanguage(language);
        this.feedBaseUrl = feedBaseUrl;
    }

    /** Writes every file. */
    void write(FetchSummary fetched, Map<String, List<Match>> matches, Briefing briefing, List<Profile> profiles)
            throws IOException {
        DailyJob.writeLines(folder.resolve("papers.jsonl"), DailyJob.paperLines(fetched.papers()));
        DailyJob.writeLines(folder.resolve("matches.jsonl"), DailyJob.matchLines(matches));
        if (briefing != null) {
            Files.writeString(folder.resolve("briefing.json"), DailyJob.json(briefing), StandardCharsets.UTF_8);
        }
        Instant now = Instant.now();
        for (Profile profile : profiles) {
            String file = profiles.size() == 1 ? "feed.xml" : "feed-" + RadarAtomFeed.slug(profile.name()) + ".xml";
            URI self = feedBaseUrl == null ? null : feedBaseUrl.resolve(file);
            Files.writeString(folder.resolve(file), RadarAtomFeed.write(profile.name(),
                    matches.getOrDefault(profile.name(), List.of()), now, labels, self), StandardCharsets.UTF_8);
        }
        String markdown = markdown(fetched, matches, briefing, profiles.isEmpty());
        Files.writeString(folder.resolve("digest.md"), markdown, StandardCharsets.UTF_8);
        String html = new HtmlRenderer().page(markdownTitle(), language, listed(fetched, matches, profiles.isEmpty()),
                briefing);
        Files.writeString(folder.resolve("digest.html"), html, StandardCharsets.UTF_8);
        int count = profiles.isEmpty() ? fetched.papers().size() : matches.values().stream().mapToInt(List::size).sum();
        digest = new Digest(labels.digestSubject(markdownTitle(), count, !profiles.isEmpty()), markdown, html);
    }

    /** The digest's list: every paper without a profile, else each profile's matches with their score and why. */
    private List<HtmlRenderer.ListedPaper> listed(FetchSummary fetched, Map<String, List<Match>> matches,
                                                  boolean all) {
        List<HtmlRenderer.ListedPaper> items = new ArrayList<>();
        if (all) {
            for (Paper paper : fetched.papers()) {
                items.add(new HtmlRenderer.ListedPaper(items.size() + 1, paper, List.of()));
            }
            return items;
        }
        for (Map.Entry<String, List<Match>> profile : matches.entrySet()) {
            for (Match match : profile.getValue()) {
                List<String> notes = new ArrayList<>();
                notes.add(profile.getKey() + " · " + scoreLine(match));
                // The page shows plain text: the reasons' **marks** (the matched words) would show as asterisks.
                match.reasons().stream().limit(3).forEach(r -> notes.add(r.text().replace("**", "")));
                items.add(new HtmlRenderer.ListedPaper(items.size() + 1, match.paper(), notes));
            }
        }
        return items;
    }

    /** What delivery sends: after {@link #write}. */
    Digest digest() {
        return digest;
    }

    /** The folder. */
    Path folder() {
        return folder;
    }

    private String markdownTitle() {
        return labels.digestTitle(day.toString());
    }

    private String markdown(FetchSummary fetched, Map<String, List<Match>> matches, Briefing briefing, boolean all) {
        StringBuilder md = new StringBuilder("# ").append(markdownTitle()).append("\n\n");
        md.append(labels.sources()).append(": ").append(fetched.reports().stream().map(SourceReport::summary)
                .collect(Collectors.joining(" · "))).append("\n\n");
        List<String> silent = fetched.reports().stream()
                .filter(r -> r.status() == io.academichub.source.Status.NO_ANNOUNCEMENT)
                .map(SourceReport::sourceId).toList();
        if (!silent.isEmpty()) {
            md.append(labels.noAnnouncement(String.join(", ", silent), silent.size() == fetched.reports().size()))
                    .append("\n\n");
        }
        if (all) {
            md.append("## ").append(labels.todaysPapers(fetched.papers().size())).append("\n\n");
            int n = 1;
            for (Paper paper : fetched.papers()) {
                item(md, n++, fetched.papers().size(), paper, null);
            }
        } else {
            for (Map.Entry<String, List<Match>> profile : matches.entrySet()) {
                md.append("## ").append(labels.radar(profile.getKey(), profile.getValue().size())).append("\n\n");
                if (profile.getValue().isEmpty()) {
                    md.append(labels.nothingNew()).append("\n\n");
                }
                int n = 1;
                for (Match match : profile.getValue()) {
                    item(md, n++, profile.getValue().size(), match.paper(), match);
                }
            }
        }
        if (briefing != null) {
            md.append(DailyJob.markdown(briefing).replaceAll("(?m)^#", "##")).append('\n');
        }
        return md.toString();
    }

    /** "score 0.83 · new" in the digest's language. */
    private String scoreLine(Match match) {
        return String.format(Locale.ROOT, "%s %.2f · %s", labels.score(), match.score(),
                labels.matchStatus(match.status().wireName()));
    }

    /** One numbered item as the product page shows it, without an empty authors line. */
    private void item(StringBuilder md, int n, int total, Paper paper, Match match) {
        md.append(PaperHeadings.number(n, total)).append(" **").append(escape(paper.title())).append("**\n");
        md.append("    ").append(PaperHeadings.sourceLine(paper));
        if (match != null) {
            md.append(" · ").append(scoreLine(match));
        }
        md.append("  \n");
        if (!paper.authors().isEmpty()) {
            md.append("    ").append(escape(PaperHeadings.authors(paper, labels))).append("  \n");
        }
        if (match != null && !match.reasons().isEmpty()) {
            md.append("    ").append(labels.why()).append(": ").append(escape(match.reasons().get(0).text())).append("  \n");
        }
        md.append("    <").append(paper.url()).append(">\n\n");
    }

    /** Markdown's own characters in feed text are shown, not interpreted. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
