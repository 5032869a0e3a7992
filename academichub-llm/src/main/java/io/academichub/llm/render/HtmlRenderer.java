package io.academichub.llm.render;

import io.academichub.llm.briefing.BriefedPaper;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingLabels;
import io.academichub.llm.briefing.BriefingPath;
import io.academichub.llm.briefing.Bridge;
import io.academichub.llm.briefing.ReadingPick;
import io.academichub.llm.briefing.Statement;
import io.academichub.llm.briefing.Theme;
import io.academichub.model.Paper;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A self-contained HTML page: inline CSS, no script, no external asset, readable on a phone. First the day's list as
 * the product page shows it — {@code 01.}, {@code arXiv (cs.AI) 2024-11-28}, the title linked to the paper, the
 * authors (no empty label when there are none), extra lines such as a TL;DR, the abstract folded — then the
 * briefing, whose citations link to the papers in the list.
 *
 * <p>Everything from a feed or a model is escaped. A model's statements may use light Markdown (emphasis, code),
 * rendered by commonmark-java with raw HTML escaped and links disabled.
 *
 * <pre>{@code
 * String html = new HtmlRenderer().render(briefing);
 * // a digest of radar matches with a briefing below:
 * String page = new HtmlRenderer().page("cs.AI · 2026-06-19", "en", items, briefing);
 * }</pre>
 */
public final class HtmlRenderer {

    /**
     * One paper of a list.
     *
     * @param number the number shown ({@code 01.}) and the anchor ({@code #p1}) citations link to
     * @param paper  the paper
     * @param notes  lines shown under the authors, e.g. {@code "TL;DR: …"} or a radar's reason
     */
    public record ListedPaper(int number, Paper paper, List<Note> notes) {
        /**
         * Checks the components as described above.
         *
         * @param number the number shown ({@code 01.}) and the anchor ({@code #p1}) citations link to
         * @param paper  the paper
         * @param notes  lines shown under the authors, e.g. {@code "TL;DR: …"} or a radar's reason
         */
        public ListedPaper {
            Objects.requireNonNull(paper, "paper");
            notes = List.copyOf(notes);
        }
    }

    /**
     * A line under a paper's authors: plain text, some of its words marked (shown in bold, as {@code <mark>}) — the
     * words a radar matched, for one.
     *
     * <pre>{@code
     * HtmlRenderer.Note.plain("TL;DR: A decoder for surface codes.")
     * new HtmlRenderer.Note(List.of("interest 'codes' matched in the title: A ", "surface code", " decoder"))
     * new HtmlRenderer.Note(reason.parts())   // a radar's reason, its matched words marked
     * }</pre>
     *
     * @param parts the text cut at its marks: even positions plain, odd ones marked (as {@code Reason.parts()} of the
     *              radar gives them); one part when nothing is marked
     */
    public record Note(List<String> parts) {
        /**
         * Checks the parts: at least one.
         *
         * @param parts the text cut at its marks: even positions plain, odd ones marked
         */
        public Note {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a note needs at least one part");
            }
        }

        /**
         * {@return a note with nothing marked}
         *
         * @param text the note
         */
        public static Note plain(String text) {
            return new Note(List.of(text));
        }

        /** {@return the note's text without its marks} */
        public String text() {
            return String.join("", parts);
        }
    }

    private static final String CSS = """
            :root{color-scheme:light dark;--fg:#1d1d1f;--muted:#6e6e73;--bg:#fff;--line:#e5e5ea;--accent:#0a58ca}
            @media (prefers-color-scheme:dark){:root{--fg:#f2f2f7;--muted:#a1a1a6;--bg:#111;--line:#2c2c2e;\
            --accent:#6ea8fe}}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",\
            "PingFang SC","Hiragino Sans","Noto Sans CJK SC",sans-serif;overflow-wrap:anywhere}
            main{max-width:46rem;margin:0 auto;padding:1rem}
            h1{font-size:1.45rem;line-height:1.3;margin:.5rem 0 1rem}
            h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
            h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
            a{color:var(--accent)}
            .notice{color:var(--muted);font-size:.9rem;margin:.2rem 0}
            ol.papers{list-style:none;padding:0;margin:0}
            ol.papers>li{border-bottom:1px solid var(--line);padding:.8rem 0}
            .num{font-weight:700}
            .src,.meta{color:var(--muted);font-size:.875rem}
            .title{font-size:1.05rem;font-weight:600;margin:.2rem 0}
            .authors,.note{margin:.2rem 0}
            mark{background:none;color:inherit;font-weight:600}
            .label{font-weight:600}
            details{margin-top:.3rem}
            summary{cursor:pointer;color:var(--muted)}
            ul.statements{padding-left:1.2rem}
            a.cite{text-decoration:none;font-size:.85em;vertical-align:super;margin-left:.1em}
            footer{color:var(--muted);font-size:.85rem;margin:2rem 0 1rem}
            .tag{color:var(--muted);font-size:.8em;font-weight:400;border:1px solid var(--line);border-radius:.3em;\
            padding:0 .3em;margin-left:.4em}
            """;

    private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern.compile("[#>+*=-]|\\d+[.)]");
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final org.commonmark.renderer.html.HtmlRenderer MARKDOWN_HTML =
            org.commonmark.renderer.html.HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** Creates a renderer. */
    public HtmlRenderer() {
    }

    /**
     * The briefing as a page: its papers with their TL;DR, then the briefing.
     *
     * @param b the briefing
     * @return the briefing as a page: its papers with their TL;DR, then the briefing
     */
    public String render(Briefing b) {
        BriefingLabels l = BriefingLabels.forLanguage(b.metadata().language());
        List<ListedPaper> items = new ArrayList<>();
        for (BriefedPaper p : b.papers()) {
            items.add(new ListedPaper(p.number(), p.paper(), List.of(Note.plain(l.label(l.tldr()) + p.tldr()))));
        }
        return page(b.title(), b.metadata().language(), items, b);
    }

    /**
     * A page listing {@code papers}, followed by {@code briefing} when there is one. Citations in the briefing link
     * to the listed paper with the same number.
     *
     * @param title    the page title
     * @param language the page's language, for its labels and {@code lang} attribute
     * @param papers   the papers to list
     * @param briefing the briefing to show below the list, or {@code null}
     * @return a page listing {@code papers}, followed by {@code briefing} when there is one
     */
    public String page(String title, String language, List<ListedPaper> papers, Briefing briefing) {
        return page(title, language, List.of(), papers, briefing);
    }

    /**
     * As {@link #page(String, String, List, Briefing)}, with lines of plain text shown under the title, such as
     * which sources answered and how many papers each profile found.
     *
     * @param title    the page title
     * @param language the page's language, for its labels and {@code lang} attribute
     * @param notices  lines shown under the title, before the briefing's own notes
     * @param papers   the papers to list
     * @param briefing the briefing to show below the list, or {@code null}
     * @return a page listing {@code papers}, followed by {@code briefing} when there is one
     */
    public String page(String title, String language, List<String> notices, List<ListedPaper> papers,
                       Briefing briefing) {
        BriefingLabels l = BriefingLabels.forLanguage(language);
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n<h1>").append(esc(title)).append("</h1>\n");
        for (String notice : notices) {
            h.append("<p class=\"notice\">").append(esc(notice)).append("</p>\n");
        }
        if (briefing != null) {
            for (String note : briefing.metadata().notes()) {
                h.append("<p class=\"notice\">").append(esc(note)).append("</p>\n");
            }
        }
        h.append("<section id=\"papers\">\n<h2>").append(esc(l.papers())).append("</h2>\n<ol class=\"papers\">\n");
        for (ListedPaper item : papers) {
            listItem(h, item, papers.size(), l);
        }
        h.append("</ol>\n</section>\n");
        if (briefing != null) {
            briefingSection(h, briefing, l);
            h.append("<footer>").append(esc(MarkdownRenderer.footer(briefing.metadata(), l))).append("</footer>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void listItem(StringBuilder h, ListedPaper item, int total, BriefingLabels l) {
        Paper p = item.paper();
        h.append("<li id=\"p").append(item.number()).append("\">\n")
                .append("<div class=\"num\">").append(PaperHeadings.number(item.number(), total)).append("</div>\n")
                .append("<div class=\"src\">").append(esc(PaperHeadings.sourceLine(p))).append("</div>\n")
                .append("<div class=\"title\"><a href=\"").append(esc(p.url().toString())).append("\">")
                .append(esc(PaperHeadings.title(p))).append("</a></div>\n");
        String authors = PaperHeadings.authors(p, l);
        if (!authors.isEmpty()) {
            h.append("<p class=\"authors\"><span class=\"label\">").append(esc(l.label(l.authors()))).append("</span>")
                    .append(esc(authors)).append("</p>\n");
        }
        for (Note note : item.notes()) {
            h.append("<p class=\"note\">");
            for (int i = 0; i < note.parts().size(); i++) {
                String part = esc(note.parts().get(i));
                if (i % 2 == 1 && !part.isEmpty()) {
                    h.append("<mark>").append(part).append("</mark>");
                } else {
                    h.append(part);
                }
            }
            h.append("</p>\n");
        }
        if (!p.abstractText().isBlank()) {
            h.append("<details><summary>").append(esc(l.abstractLabel())).append("</summary><p>")
                    .append(esc(p.abstractText())).append("</p></details>\n");
        }
        h.append("</li>\n");
    }

    private static void briefingSection(StringBuilder h, Briefing b, BriefingLabels l) {
        h.append("<section id=\"briefing\">\n");
        if (!b.overview().isEmpty()) {
            h.append("<h2>").append(esc(l.overview())).append("</h2>\n");
            statements(h, b.overview(), b.metadata().path() == BriefingPath.EXTRACTIVE);
        }
        if (!b.themes().isEmpty()) {
            h.append("<h2>").append(esc(l.themes())).append("</h2>\n");
            int i = 1;
            for (Theme t : b.themes()) {
                h.append("<h3>").append(i++).append(". ").append(esc(t.name())).append(mark(b, t.extractive(), l))
                        .append("</h3>\n")
                        .append("<p class=\"meta\">").append(esc(l.label(l.fields())))
                        .append(esc(l.join(t.fields()))).append(" · ").append(esc(l.label(l.papers())));
                int listed = Math.min(t.papers().size(), MarkdownRenderer.LISTED_PAPERS);
                cites(h, t.papers().subList(0, listed));
                if (listed < t.papers().size()) {
                    h.append(" …").append(esc(l.aside(Integer.toString(t.papers().size()))));
                }
                h.append("</p>\n");
                statements(h, t.statements(), t.extractive());
            }
        }
        if (!b.bridges().isEmpty()) {
            h.append("<h2>").append(esc(l.bridges())).append("</h2>\n<ul class=\"statements\">\n");
            for (Bridge br : b.bridges()) {
                h.append("<li><strong>").append(esc(br.idea())).append("</strong>")
                        .append(esc(l.aside(br.fromField() + " → " + br.toField()))).append(mark(b, br.extractive(), l))
                        .append(esc(l.label(""))); // the language's colon between the heading and its statement
                statement(h, br.statement(), br.extractive());
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        if (!b.readFirst().isEmpty()) {
            h.append("<h2>").append(esc(l.readFirst())).append("</h2>\n<ol>\n");
            for (ReadingPick r : b.readFirst()) {
                Paper p = b.papers().get(r.paper() - 1).paper();
                h.append("<li><a href=\"#p").append(r.paper()).append("\">[").append(r.paper()).append("] ")
                        .append(esc(PaperHeadings.title(p))).append("</a>").append(mark(b, r.extractive(), l))
                        .append(" — ");
                statement(h, r.why(), r.extractive());
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("</section>\n");
    }

    /** A tag after a part the extractive path wrote in a briefing a model wrote in part. */
    private static String mark(Briefing b, boolean extractive, BriefingLabels l) {
        return extractive && b.metadata().path() == BriefingPath.MIXED
                ? "<span class=\"tag\">" + esc(l.extractiveMark()) + "</span>" : "";
    }

    private static void statements(StringBuilder h, List<Statement> statements, boolean extractive) {
        h.append("<ul class=\"statements\">\n");
        for (Statement s : statements) {
            h.append("<li>");
            statement(h, s, extractive);
            h.append("</li>\n");
        }
        h.append("</ul>\n");
    }

    /**
     * A statement and its citations: the extractive path's (quoted abstracts, titles) as plain text, a model's as
     * light Markdown.
     */
    private static void statement(StringBuilder h, Statement s, boolean extractive) {
        h.append(extractive ? esc(s.text()) : inlineMarkdown(s.text()));
        cites(h, s.citations());
    }

    private static void cites(StringBuilder h, List<Integer> numbers) {
        for (int n : numbers) {
            h.append("<a class=\"cite\" href=\"#p").append(n).append("\">[").append(n).append("]</a>");
        }
    }

    /**
     * A statement's light Markdown as inline HTML: raw HTML escaped (commonmark's {@code escapeHtml}), brackets
     * escaped first so that no link or image can form, TeX math shown as written.
     */
    static String inlineMarkdown(String text) {
        String escaped = MarkdownText.proseForHtml(text);
        if (BLOCK_START.matcher(escaped).lookingAt()) {
            escaped = "\\" + escaped; // "# …", "- …", "1. …" would open a block inside a list item
        }
        Node doc = MARKDOWN.parse(escaped);
        String html = MARKDOWN_HTML.render(doc).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return html.replace('\n', ' ');
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
