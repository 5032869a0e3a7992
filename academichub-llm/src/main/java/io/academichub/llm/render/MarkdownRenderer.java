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
import java.util.stream.Collectors;

/**
 * A briefing as Markdown: title, how it was made, overview, themes, bridges, what to read first, then every paper
 * with its TL;DR. Citations print as {@code [n]} and the papers are numbered the same way. Text from feeds and
 * models is escaped ({@link MarkdownText}) so that it cannot open a link, an image or an HTML tag in the reader's
 * Markdown viewer; titles, names and TL;DRs show their {@code *} and {@code _} as written, a model's statements keep
 * their emphasis, and TeX math ({@code $x_i < y$}) is left as written for viewers that render it.
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
        md.append("# ").append(MarkdownText.literal(b.title())).append("\n\n");
        for (String note : b.metadata().notes()) {
            md.append("> ").append(MarkdownText.prose(note)).append("\n");
        }
        md.append('\n');
        if (!b.overview().isEmpty()) {
            md.append("## ").append(l.overview()).append("\n\n");
            boolean extractive = b.metadata().path() == BriefingPath.EXTRACTIVE;
            b.overview().forEach(s -> md.append("- ").append(statement(s, extractive)).append('\n'));
            md.append('\n');
        }
        if (!b.themes().isEmpty()) {
            md.append("## ").append(l.themes()).append("\n\n");
            int i = 1;
            for (Theme t : b.themes()) {
                md.append("### ").append(i++).append(". ").append(MarkdownText.literal(t.name()))
                        .append(mark(b, t.extractive(), l)).append("\n\n");
                md.append("*").append(l.label(l.fields())).append(MarkdownText.literal(l.join(t.fields())))
                        .append(" · ").append(l.label(l.papers())).append(shortCites(t.papers(), l)).append("*\n\n");
                t.statements().forEach(s -> md.append("- ").append(statement(s, t.extractive())).append('\n'));
                md.append('\n');
            }
        }
        if (!b.bridges().isEmpty()) {
            md.append("## ").append(l.bridges()).append("\n\n");
            for (Bridge br : b.bridges()) {
                String head = "**" + MarkdownText.literal(br.idea()) + "**"
                        + l.aside(MarkdownText.literal(br.fromField()) + " → " + MarkdownText.literal(br.toField()))
                        + mark(b, br.extractive(), l);
                md.append("- ").append(l.label(head)).append(statement(br.statement(), br.extractive()))
                        .append('\n');
            }
            md.append('\n');
        }
        if (!b.readFirst().isEmpty()) {
            md.append("## ").append(l.readFirst()).append("\n\n");
            int i = 1;
            for (ReadingPick r : b.readFirst()) {
                BriefedPaper p = b.papers().get(r.paper() - 1);
                md.append(i++).append(". **[").append(r.paper()).append("] ")
                        .append(MarkdownText.literal(PaperHeadings.title(p.paper()))).append("**")
                        .append(mark(b, r.extractive(), l))
                        .append(" — ").append(statement(r.why(), r.extractive())).append('\n');
            }
            md.append('\n');
        }
        md.append("## ").append(l.papers()).append("\n\n");
        for (BriefedPaper p : b.papers()) {
            md.append("**[").append(p.number()).append("]** ")
                    .append(MarkdownText.literal(PaperHeadings.title(p.paper())))
                    .append("  \n");
            md.append(MarkdownText.literal(PaperHeadings.sourceLine(p.paper())));
            String authors = PaperHeadings.authors(p.paper(), l);
            if (!authors.isEmpty()) {
                md.append(" · ").append(MarkdownText.literal(authors));
            }
            md.append(" · <").append(p.paper().url()).append(">  \n");
            md.append(l.label(l.tldr())).append(MarkdownText.literal(p.tldr())).append("\n\n");
        }
        md.append("---\n\n").append(MarkdownText.literal(footer(b.metadata(), l))).append('\n');
        return md.toString();
    }

    /**
     * The footer, as plain text: how far the citations are backed by the cited papers, the model's tokens, and how
     * the briefing was written.
     */
    static String footer(BriefingMetadata m, BriefingLabels l) {
        StringBuilder s = new StringBuilder(l.citationSupport(m.citationSupport(), m.citationPairs()));
        if (m.path() != BriefingPath.EXTRACTIVE) {
            s.append(" · ").append(l.tokens(m.usage().promptTokens(), m.usage().completionTokens()));
        }
        return s.append(" · ").append(l.writtenBy(m.path(), m.model())).toString();
    }

    /**
     * " *(extractive)*" after a part the extractive path wrote in a briefing a model wrote in part; nothing in a
     * briefing all of one path (its notice says which).
     */
    private static String mark(Briefing b, boolean extractive, BriefingLabels l) {
        return extractive && b.metadata().path() == BriefingPath.MIXED ? l.aside("*" + l.extractiveMark() + "*") : "";
    }

    /**
     * A statement and its citations. The extractive path's statements quote abstracts and titles, shown as written;
     * a model's may use light Markdown.
     */
    private static String statement(Statement s, boolean extractive) {
        return (extractive ? MarkdownText.literal(s.text()) : MarkdownText.prose(s.text())) + " " + cites(s.citations());
    }

    /** A theme's papers: the first {@value #LISTED_PAPERS} numbers, then how many in all. */
    private static String shortCites(List<Integer> numbers, BriefingLabels l) {
        if (numbers.size() <= LISTED_PAPERS) {
            return cites(numbers);
        }
        return cites(numbers.subList(0, LISTED_PAPERS)) + " …" + l.aside(Integer.toString(numbers.size()));
    }

    private static String cites(List<Integer> numbers) {
        return numbers.stream().map(n -> "[" + n + "]").collect(Collectors.joining(""));
    }
}
