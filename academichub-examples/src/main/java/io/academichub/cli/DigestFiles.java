package io.academichub.cli;

import io.academichub.FetchSummary;
import io.academichub.delivery.Digest;
import io.academichub.llm.briefing.BriefedPaper;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingLabels;
import io.academichub.llm.render.HtmlRenderer;
import io.academichub.llm.render.MarkdownText;
import io.academichub.llm.render.PaperHeadings;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.radar.Match;
import io.academichub.radar.Profile;
import io.academichub.radar.Reason;
import io.academichub.source.SourceReport;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /**
     * The papers a digest lists, in its order: every paper fetched when there is no profile, else each paper some
     * profile matched, once, by its best score. The briefing is given them in this order, so its {@code [n]} is the
     * digest's number n.
     */
    static List<Paper> listedPapers(List<Paper> all, Map<String, List<Match>> matches, boolean noProfile) {
        if (noProfile) {
            return all;
        }
        Map<PaperId, Paper> papers = new LinkedHashMap<>();
        matches.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingDouble(Match::score).reversed())
                .forEach(m -> papers.putIfAbsent(m.paper().id(), m.paper()));
        return List.copyOf(papers.values());
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
        boolean all = profiles.isEmpty();
        List<Entry> entries = entries(listedPapers(fetched.papers(), matches, all), matches, briefing);
        String markdown = markdown(fetched, matches, entries, briefing, all);
        Files.writeString(folder.resolve("digest.md"), markdown, StandardCharsets.UTF_8);
        String html = new HtmlRenderer().page(markdownTitle(), language, notices(fetched, matches, all),
                htmlItems(entries), briefing);
        Files.writeString(folder.resolve("digest.html"), html, StandardCharsets.UTF_8);
        digest = new Digest(labels.digestSubject(markdownTitle(), entries.size(), !all), markdown, html);
    }

    /**
     * One paper of the digest's list: its number (the one the briefing cites), what each profile that matched it
     * said (best first; none without profiles), and the briefing's TL;DR of it, or {@code null}.
     */
    private record Entry(int number, Paper paper, List<Match> matches, String tldr) {
    }

    // The papers numbered as the briefing numbers them (it may merge two records of one work into one paper, so its
    // numbers are looked up by id rather than assumed from the order).
    private static List<Entry> entries(List<Paper> papers, Map<String, List<Match>> matches, Briefing briefing) {
        Map<PaperId, BriefedPaper> briefed = new HashMap<>();
        if (briefing != null) {
            for (BriefedPaper p : briefing.papers()) {
                briefed.put(p.paper().id(), p);
                p.paper().sameAs().forEach(id -> briefed.putIfAbsent(id, p));
            }
        }
        Map<PaperId, List<Match>> byPaper = new HashMap<>();
        matches.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingDouble(Match::score).reversed())
                .forEach(m -> byPaper.computeIfAbsent(m.paper().id(), id -> new ArrayList<>()).add(m));
        List<Entry> entries = new ArrayList<>();
        Set<Integer> numbered = new HashSet<>();
        int unbriefed = briefing == null ? 0 : briefing.papers().size();
        for (Paper paper : papers) {
            BriefedPaper b = briefed.get(paper.id());
            if (b != null && !numbered.add(b.number())) {
                continue; // a second record of a paper the briefing merged: listed once
            }
            int number = b != null ? b.number() : briefing == null ? entries.size() + 1 : ++unbriefed;
            entries.add(new Entry(number, paper, byPaper.getOrDefault(paper.id(), List.of()),
                    b == null ? null : b.tldr()));
        }
        entries.sort(Comparator.comparingInt(Entry::number));
        return entries;
    }

    /** The lines above the HTML list: the sources' reports, who announced nothing, each profile's count. */
    private List<String> notices(FetchSummary fetched, Map<String, List<Match>> matches, boolean all) {
        List<String> notices = new ArrayList<>();
        notices.add(sourcesLine(fetched));
        String silent = silentLine(fetched);
        if (silent != null) {
            notices.add(silent);
        }
        if (!all) {
            notices.add(radarLine(matches));
        }
        return notices;
    }

    private List<HtmlRenderer.ListedPaper> htmlItems(List<Entry> entries) {
        List<HtmlRenderer.ListedPaper> items = new ArrayList<>();
        for (Entry e : entries) {
            List<HtmlRenderer.Note> notes = new ArrayList<>();
            for (Match match : e.matches()) {
                notes.add(HtmlRenderer.Note.plain(match.profile() + " · " + scoreLine(match)));
            }
            if (!e.matches().isEmpty()) {
                // the matched words marked, as the Markdown digest bolds them
                e.matches().get(0).reasons().stream().limit(3)
                        .forEach(r -> notes.add(new HtmlRenderer.Note(r.parts())));
            }
            if (e.tldr() != null) {
                notes.add(HtmlRenderer.Note.plain(labels.label(labels.tldr()) + e.tldr()));
            }
            items.add(new HtmlRenderer.ListedPaper(e.number(), e.paper(), notes));
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

    private String markdown(FetchSummary fetched, Map<String, List<Match>> matches, List<Entry> entries,
                            Briefing briefing, boolean all) {
        StringBuilder md = new StringBuilder("# ").append(markdownTitle()).append("\n\n");
        md.append(escape(sourcesLine(fetched))).append("\n\n");
        String silent = silentLine(fetched);
        if (silent != null) {
            md.append(escape(silent)).append("\n\n");
        }
        if (all) {
            md.append("## ").append(labels.todaysPapers(entries.size())).append("\n\n");
        } else if (matches.size() == 1) {
            Map.Entry<String, List<Match>> only = matches.entrySet().iterator().next();
            md.append("## ").append(escape(labels.radar(only.getKey(), only.getValue().size()))).append("\n\n");
            if (only.getValue().isEmpty()) {
                md.append(labels.nothingNew()).append("\n\n");
            }
        } else {
            // one list for every profile, numbered as the briefing cites; each paper says which profiles chose it
            md.append("## ").append(labels.papers()).append("\n\n").append(escape(radarLine(matches)))
                    .append("\n\n");
        }
        for (Entry e : entries) {
            item(md, e, entries.size(), matches.size() > 1);
        }
        if (briefing != null) {
            md.append(DailyJob.markdown(briefing).replaceAll("(?m)^#", "##")).append('\n');
        }
        return md.toString();
    }

    private String sourcesLine(FetchSummary fetched) {
        return labels.label(labels.sources()) + fetched.reports().stream().map(SourceReport::summary)
                .collect(Collectors.joining(" · "));
    }

    /** The sentence on sources that announced nothing today, or {@code null} when every source did. */
    private String silentLine(FetchSummary fetched) {
        List<String> silent = fetched.reports().stream()
                .filter(r -> r.status() == io.academichub.source.Status.NO_ANNOUNCEMENT)
                .map(SourceReport::sourceId).toList();
        return silent.isEmpty() ? null
                : labels.noAnnouncement(labels.join(silent), silent.size() == fetched.reports().size());
    }

    /** "Radar: bio (8 new) · Radar: llm (0 new)". */
    private String radarLine(Map<String, List<Match>> matches) {
        return matches.entrySet().stream().map(p -> labels.radar(p.getKey(), p.getValue().size()))
                .collect(Collectors.joining(" · "));
    }

    /** "score 0.83 · new" in the digest's language. */
    private String scoreLine(Match match) {
        return String.format(Locale.ROOT, "%s %.2f · %s", labels.score(), match.score(),
                labels.matchStatus(match.status().wireName()));
    }

    /**
     * One numbered item as the product page shows it, without an empty authors line. Each line ends in a hard break
     * (two spaces), so that Markdown keeps the title, the source line and the authors apart.
     */
    private void item(StringBuilder md, Entry e, int total, boolean nameProfiles) {
        Paper paper = e.paper();
        md.append(PaperHeadings.number(e.number(), total)).append(" **").append(escape(PaperHeadings.title(paper)))
                .append("**  \n");
        md.append("    ").append(escape(PaperHeadings.sourceLine(paper)));
        for (Match match : e.matches()) {
            md.append(" · ");
            if (nameProfiles) {
                md.append(escape(match.profile())).append(' ');
            }
            md.append(scoreLine(match));
        }
        md.append("  \n");
        if (!paper.authors().isEmpty()) {
            md.append("    ").append(escape(PaperHeadings.authors(paper, labels))).append("  \n");
        }
        if (!e.matches().isEmpty() && !e.matches().get(0).reasons().isEmpty()) {
            md.append("    ").append(labels.label(labels.why()))
                    .append(escapeKeepingBold(e.matches().get(0).reasons().get(0))).append("  \n");
        }
        md.append("    <").append(paper.url()).append(">\n\n");
    }

    /** The reason's text as {@link #escape} gives it, keeping the {@code **} pairs that mark the matched words. */
    static String escapeKeepingBold(Reason reason) {
        StringBuilder out = new StringBuilder(reason.text().length() + 16);
        List<String> parts = reason.parts();
        for (int i = 0; i < parts.size(); i++) {
            out.append(i > 0 ? "**" : "").append(escape(parts.get(i)));
        }
        return parts.size() % 2 == 0 ? out.append("**").toString() : out.toString(); // a mark left open is closed
    }

    /** Markdown's own characters in feed text are shown, not interpreted; TeX math is left as written. */
    static String escape(String text) {
        return MarkdownText.literal(text);
    }
}
