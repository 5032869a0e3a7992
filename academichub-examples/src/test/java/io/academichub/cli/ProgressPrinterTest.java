package io.academichub.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressPrinterTest {

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndReportsPrintAboveIt() {
        try (ProgressPrinter bar = ProgressPrinter.bar(err, false)) {
            bar.planned("fetch", 2);
            bar.started("arxiv:cs.AI");
            bar.started("pubmed:tp53");
            bar.finished("arxiv:cs.AI", true, "arxiv:cs.AI OK 3/3");
        }

        String[] frames = text.toString().split("\r");
        assertThat(frames[1]).matches("\\[ {20}] 0/2 \\d+ s\033\\[K");
        assertThat(frames[2]).matches("\\[ {20}] 0/2 \\d+ s  arxiv:cs.AI\033\\[K");
        assertThat(frames[3]).matches("\\[ {20}] 0/2 \\d+ s  arxiv:cs.AI, pubmed:tp53\033\\[K");
        // the bar is erased, the report printed on its own line, the bar drawn again below it
        assertThat(frames[4]).isEqualTo("\033[Karxiv:cs.AI OK 3/3" + System.lineSeparator());
        assertThat(frames[5]).matches("\\[#{10} {10}] 1/2 \\d+ s  pubmed:tp53\033\\[K");
        assertThat(frames[6]).isEqualTo("\033[K"); // close() leaves a clean line for what follows
        assertThat(frames).hasSize(7);
    }

    @Test
    void theBarNeverWrapsWhateverTheStepNames() {
        try (ProgressPrinter bar = ProgressPrinter.bar(err, false)) {
            bar.planned("fetch", 3);
            bar.started("rss:https://www.science.org/action/showFeed?type=etoc&feed=rss&jc=science");
            bar.started("pubmed:\"telomere length[tiab]\"");
        }
        for (String frame : text.toString().split("\r")) {
            assertThat(frame.replace("\033[K", "")).hasSizeLessThanOrEqualTo(79);
        }
        assertThat(text.toString()).contains("…");
    }

    @Test
    void withoutATerminalEachEventIsALine() {
        try (ProgressPrinter lines = ProgressPrinter.lines(err)) {
            lines.planned("fetch", 2);
            lines.started("arxiv:cs.AI");
            lines.finished("arxiv:cs.AI", true, "arxiv:cs.AI OK 3/3");
            assertThat(lines.printsSummaries()).isTrue();
        }
        assertThat(text.toString().lines()).containsExactly("arxiv:cs.AI started", "arxiv:cs.AI OK 3/3");
        assertThat(text.toString()).doesNotContain("\r").doesNotContain("\033");
    }

    @Test
    void silentPrintsNothingAndLeavesTheReportsToTheCommand() {
        try (ProgressPrinter silent = ProgressPrinter.silent(err)) {
            silent.planned("fetch", 1);
            silent.started("arxiv:cs.AI");
            silent.finished("arxiv:cs.AI", true, "arxiv:cs.AI OK 3/3");
            assertThat(silent.printsSummaries()).isFalse();
        }
        assertThat(text.toString()).isEmpty();
    }
}
