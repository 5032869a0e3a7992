package io.academichub.llm.render;

import io.academichub.llm.briefing.BriefedPaper;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingLabels;
import io.academichub.llm.briefing.BriefingMetadata;
import io.academichub.llm.briefing.BriefingPath;
import io.academichub.llm.briefing.Bridge;
import io.academichub.llm.briefing.ReadingPick;
import io.academichub.llm.briefing.Statement;
import io.academichub.llm.briefing.Theme;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A briefing as Markdown: title, how it was made, overview, themes, bridges, what to read first, then every paper
 * with its TL;DR. Citations print as {@code [n]} and the papers are numbered the same way. Text from feeds and
 * models is escaped so that it cannot open a link, an image or an HTML tag in the reader's Markdown viewer.
 *
 * <pre>{@code
 * String md = new MarkdownRenderer().render(briefing);
 * }</pre>
 */
public final class MarkdownRenderer {

    /** A theme lists this many of its papers' numbers, then their count. */
    static final int LISTED_PAPERS = 12;

    /** Creates a renderer. */
    public MarkdownRenderer() {
    }

    /**
     * The briefing as a Markdown document, ending in a newline.
     *
     * @param b the briefing
     * @return the briefing as a Markdown document, ending in a newline
     */
    public String render(Briefing b) {
        BriefingLabels l = BriefingLabels.forLanguage(b.metadata().language());
        StringBuilder md = new StringBuilder(8192);
        md.append("# ").append(escape(b.title())).append("\n\n");
        for (String note : b.metadata().notes()) {
            md.append("> ").append(escape(note)).append("\n");
        }
        md.append('\n');
        if (!b.overview().isEmpty()) {
            md.append("## ").append(l.overview()).append("\n\n");
            b.overview().forEach(s -> md.append("- ").append(statement(s)).append('\n'));
            md.append('\n');
        }
        if (!b.themes().isEmpty()) {
            md.append("## ").append(l.themes()).append("\n\n");
            int i = 1;
            for (Theme t : b.themes()) {
                md.append("### ").append(i++).append(". ").append(escape(t.name()))
                        .append(mark(b, t.extractive(), l)).append("\n\n");
                md.append("*").append(l.fields()).append(": ").append(escape(l.join(t.fields()))).append(" · ")
                        .append(l.papers()).append(": ").append(shortCites(t.papers())).append("*\n\n");
                t.statements().forEach(s -> md.append("- ").append(statement(s)).append('\n'));
                md.append('\n');
            }
        }
        if (!b.bridges().isEmpty()) {
            md.append("## ").append(l.bridges()).append("\n\n");
            for (Bridge br : b.bridges()) {
                md.append("- **").append(escape(br.idea())).append("** (").append(escape(br.fromField()))
                        .append(" → ").append(escape(br.toField())).append(")").append(mark(b, br.extractive(), l))
                        .append(": ").append(statement(br.statement())).append('\n');
            }
            md.append('\n');
        }
        if (!b.readFirst().isEmpty()) {
            md.append("## ").append(l.readFirst()).append("\n\n");
            int i = 1;
            for (ReadingPick r : b.readFirst()) {
                BriefedPaper p = b.papers().get(r.paper() - 1);
                md.append(i++).append(". **[").append(r.paper()).append("] ").append(escape(p.paper().title()))
                        .append("**").append(mark(b, r.extractive(), l)).append(" — ").append(statement(r.why()))
                        .append('\n');
            }
            md.append('\n');
        }
        md.append("## ").append(l.papers()).append("\n\n");
        for (BriefedPaper p : b.papers()) {
            md.append("**[").append(p.number()).append("]** ").append(escape(p.paper().title())).append("  \n");
            md.append(escape(PaperHeadings.sourceLine(p.paper())));
            String authors = PaperHeadings.authors(p.paper(), l);
            if (!authors.isEmpty()) {
                md.append(" · ").append(escape(authors));
            }
            md.append(" · <").append(p.paper().url()).append(">  \n");
            md.append(l.tldr()).append(": ").append(escape(p.tldr())).append("\n\n");
        }
        md.append("---\n\n").append(footer(b.metadata(), l)).append('\n');
        return md.toString();
    }

    static String footer(BriefingMetadata m, BriefingLabels l) {
        StringBuilder s = new StringBuilder();
        s.append(l.citationSupport()).append(": ")
                .append(String.format(Locale.ROOT, "%.0f%%", 100 * m.citationSupport()))
                .append(" (").append(m.citationPairs()).append(")");
        if (m.path() != BriefingPath.EXTRACTIVE) {
            s.append(" · ").append(l.tokens()).append(": ").append(m.usage().promptTokens()).append(" + ")
                    .append(m.usage().completionTokens());
            if (m.model() != null) {
                s.append(" · ").append(l.madeBy(m.model()));
            }
        }
        s.append(" · ").append(l.path(m.path()));
        return s.toString();
    }

    /**
     * " *(extractive)*" after a part the extractive path wrote in a briefing a model wrote in part; nothing in a
     * briefing all of one path (its notice says which).
     */
    private static String mark(Briefing b, boolean extractive, BriefingLabels l) {
        return extractive && b.metadata().path() == BriefingPath.MIXED ? " *(" + l.extractiveMark() + ")*" : "";
    }

    private static String statement(Statement s) {
        return escape(s.text()) + " " + cites(s.citations());
    }

    /** A theme's papers: the first {@value #LISTED_PAPERS} numbers, then how many in all. */
    private static String shortCites(List<Integer> numbers) {
        if (numbers.size() <= LISTED_PAPERS) {
            return cites(numbers);
        }
        return cites(numbers.subList(0, LISTED_PAPERS)) + " … (" + numbers.size() + ")";
    }

    private static String cites(List<Integer> numbers) {
        return numbers.stream().map(n -> "[" + n + "]").collect(Collectors.joining(""));
    }

    /**
     * Escapes text from a feed or a model for Markdown with CommonMark's backslash escapes: no link or image can open
     * ({@code [ ]}), no HTML tag or entity ({@code < &}); emphasis and code spans are left to read as they are.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '[', ']', '\\', '<', '&' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
