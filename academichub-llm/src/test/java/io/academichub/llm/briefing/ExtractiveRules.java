package io.academichub.llm.briefing;

import io.academichub.llm.internal.FieldNames;
import io.academichub.llm.internal.TexText;
import io.academichub.llm.internal.TextTerms;
import io.academichub.model.Paper;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules every extractive briefing keeps, checked on real days by the extractive briefing tests. */
final class ExtractiveRules {

    private ExtractiveRules() {
    }

    /** Checks every rule on {@code b}, written in English. */
    static void check(Briefing b) {
        aStockWordNeverNamesATheme(b);
        aThemesStatementsComeFromPapersUsingItsWords(b);
        aBridgeIsATellingTermThatBothItsPapersUse(b);
    }

    static void aStockWordNeverNamesATheme(Briefing b) {
        for (Theme t : b.themes()) {
            for (String word : t.name().replace(" · ", " ").split(" ")) {
                assertThat(TextTerms.isStock(word)).as("“%s” in the theme “%s”", word, t.name()).isFalse();
            }
        }
    }

    /**
     * A theme's statements, and a paper picked to read first for it, come from papers that use the words naming it:
     * two of its labels (a word or a phrase), or its only one.
     */
    static void aThemesStatementsComeFromPapersUsingItsWords(Briefing b) {
        for (Theme t : b.themes()) {
            List<String> labels = List.of(t.name().split(" · "));
            for (Statement s : t.statements()) {
                for (int n : s.citations()) {
                    assertThat(labelsUsed(labels, paper(b, n))).as("paper [%d] for the theme “%s”", n, t.name())
                            .isGreaterThanOrEqualTo(Math.min(2, labels.size()));
                }
            }
            for (ReadingPick r : b.readFirst()) {
                if (r.why().text().contains("“" + t.name() + "”")) {
                    assertThat(labelsUsed(labels, paper(b, r.paper()))).as("read first [%d]", r.paper())
                            .isGreaterThanOrEqualTo(Math.min(2, labels.size()));
                }
            }
        }
    }

    /**
     * A bridge's idea is no stock word, both papers it cites use it, they come from the two different fields it
     * names, and its statement names both papers and their fields.
     */
    static void aBridgeIsATellingTermThatBothItsPapersUse(Briefing b) {
        for (Bridge br : b.bridges()) {
            for (String word : br.idea().split(" ")) {
                assertThat(TextTerms.isStock(word)).as("“%s” in the bridge “%s”", word, br.idea()).isFalse();
            }
            assertThat(br.fromField()).isNotEqualTo(br.toField());
            List<Integer> cited = br.statement().citations();
            assertThat(cited).hasSize(2);
            assertThat(FieldNames.of(b.papers().get(cited.get(0) - 1).field(), "en")).isEqualTo(br.fromField());
            assertThat(FieldNames.of(b.papers().get(cited.get(1) - 1).field(), "en")).isEqualTo(br.toField());
            for (int n : cited) {
                assertThat(stems(paper(b, n))).as("paper [%d] of the bridge “%s”", n, br.idea())
                        .containsAll(TextTerms.stems(br.idea()));
            }
            // the idea is shown beside the statement, which gives each side's paper (its title as read) with its field
            assertThat(br.statement().text()).contains(br.fromField(), br.toField(),
                    TexText.readable(paper(b, cited.get(0)).title()), TexText.readable(paper(b, cited.get(1)).title()));
        }
    }

    private static Paper paper(Briefing b, int number) {
        return b.papers().get(number - 1).paper();
    }

    private static Set<String> stems(Paper p) {
        return TextTerms.stems(p.title() + " " + p.abstractText());
    }

    /** How many of {@code labels} the paper uses: a label is used when the paper has one of its stems. */
    private static long labelsUsed(List<String> labels, Paper p) {
        Set<String> stems = stems(p);
        return labels.stream().filter(l -> TextTerms.stems(l).stream().anyMatch(stems::contains)).count();
    }
}
