package io.academichub.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's mistakes at the command line: each is one line on stderr naming the path and what is wrong, in
 * words (never a Java class name), with exit code 2 — and a wrong output location is found before any work.
 */
class CliMistakesTest {

    private static final String FEED = "fixtures/arxiv-rss/rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml";

    @TempDir
    Path dir;

    record Run(int exitCode, String stdout, List<String> stderr) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static Path resource(String name) {
        try {
            return Path.of(CliMistakesTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Paper JSON lines of the three papers of a recorded arXiv feed, as {@code parse} prints them. */
    private Path papers() throws Exception {
        Run parse = run("parse", "--format", "arxiv-rss", resource(FEED).toString());
        assertThat(parse.exitCode()).isZero();
        return Files.writeString(dir.resolve("today.jsonl"), parse.stdout());
    }

    private Path profile(String yaml) throws Exception {
        return Files.writeString(dir.resolve("p.yaml"), yaml);
    }

    private Path validProfile() throws Exception {
        return profile("name: agents\ninterests:\n  - name: agents\n    query: agent OR agents OR reasoning\n");
    }

    @Test
    void briefRefusesAnOutputThatIsADirectoryBeforeBriefing() throws Exception {
        Path papers = papers();
        Path folder = Files.createDirectory(dir.resolve("adir"));

        Run out = run("brief", "--in", papers.toString(), "--out", folder.toString());
        // one line, and no "brief: extractive 1/1": the briefing was never computed
        assertThat(out.exitCode()).isEqualTo(2);
        assertThat(out.stderr()).containsExactly("academichub: --out " + folder + ": is a directory");

        Run html = run("brief", "--in", papers.toString(), "--out", dir.resolve("b.md").toString(),
                "--html", folder.toString());
        assertThat(html.exitCode()).isEqualTo(2);
        assertThat(html.stderr()).containsExactly("academichub: --html " + folder + ": is a directory");
        assertThat(dir.resolve("b.md")).doesNotExist();

        Path nowhere = dir.resolve("no-such-folder").resolve("b.md");
        Run missing = run("brief", "--in", papers.toString(), "--out", nowhere.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).containsExactly("academichub: cannot write " + nowhere + ": no such directory "
                + dir.resolve("no-such-folder"));
    }

    @Test
    void demoRefusesAnOutputFolderItCannotMakeBeforeFetching() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");

        Run r = run("demo", "--out", file.resolve("digests").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        // the local server started, but no source was fetched ("daily: fetching" never printed)
        assertThat(r.stderr()).hasSize(2);
        assertThat(r.stderr().get(0)).startsWith("demo: serving bundled recordings at ");
        assertThat(r.stderr().get(1)).isEqualTo("academichub: cannot write " + file.resolve("digests")
                + ": part of the path is a file, not a directory");
    }

    @Test
    void initAndRadarNameAFileWhereAFolderBelongs() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");

        Run init = run("init", "--dir", file.toString());
        assertThat(init.exitCode()).isEqualTo(2);
        assertThat(init.stderr()).containsExactly("academichub: --dir " + file + ": is a file, not a directory");

        Run radar = run("radar", "--profile", validProfile().toString(), "--in", papers().toString(),
                "--data", file.toString());
        assertThat(radar.exitCode()).isEqualTo(2);
        assertThat(radar.stderr()).containsExactly("academichub: --data " + file + ": is a file, not a directory");
    }

    @Test
    void radarAndBriefNameAnInputThatIsMissingOrADirectory() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("adir"));
        Path missing = dir.resolve("nope.jsonl");
        String profile = validProfile().toString();

        for (String[] args : List.of(new String[] {"radar", "--profile", profile, "--data", dir.toString()},
                new String[] {"brief", "--out", dir.resolve("b.md").toString()})) {
            Run directory = run(concat(args, "--in", folder.toString()));
            assertThat(directory.exitCode()).as(args[0]).isEqualTo(2);
            assertThat(directory.stderr()).as(args[0])
                    .containsExactly("academichub: --in " + folder + ": is a directory, not a file");

            Run absent = run(concat(args, "--in", missing.toString()));
            assertThat(absent.exitCode()).as(args[0]).isEqualTo(2);
            assertThat(absent.stderr()).as(args[0]).containsExactly("academichub: --in " + missing + ": no such file");
        }
    }

    @Test
    void aFileThatIsNoJsonIsOneLineWithTheLineAndColumn() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.txt"), "garbage\n");
        String expected = "academichub: " + garbage + " line 1: not valid JSON: unexpected text 'garbage' at column 1";

        Run radar = run("radar", "--profile", validProfile().toString(), "--in", garbage.toString(),
                "--data", dir.toString());
        assertThat(radar.exitCode()).isEqualTo(2);
        assertThat(radar.stderr()).containsExactly(expected);

        Run brief = run("brief", "--in", garbage.toString(), "--out", dir.resolve("b.md").toString());
        assertThat(brief.exitCode()).isEqualTo(2);
        assertThat(brief.stderr()).containsExactly(expected);
    }

    @Test
    void aBrokenProfileIsOneLineOfPlainWords() throws Exception {
        String in = papers().toString();
        Path p = dir.resolve("p.yaml");

        profile("name: agents\ninterests:\n  - name: agents\n    query: [unclosed\n");
        assertThat(run("radar", "--profile", p.toString(), "--in", in).stderr()).containsExactly("academichub: " + p
                + " line 4, column 12: interests[1].query: expected text, found a list");

        profile("name: agents\ninterests:\n  - name: agents\n    query: agents\n - name: more\n");
        assertThat(run("radar", "--profile", p.toString(), "--in", in).stderr()).containsExactly("academichub: " + p
                + " line 5, column 2: this line's indentation does not match the lines above it");

        profile("");
        Run empty = run("radar", "--profile", p.toString(), "--in", in);
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.stderr()).containsExactly("academichub: " + p + ": the file is empty");
    }

    @Test
    void aConfigWithAStrayLineSaysWhatTheKeyTakes() throws Exception {
        Path config = Files.writeString(dir.resolve("academichub.yaml"), "sources: arxiv:cs.AI\nfoo\n");

        Run r = run("daily", "--config", config.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).containsExactly("academichub: " + config
                + " line 1, column 10: 'sources': expected a list of source specs, found 'arxiv:cs.AI'");
    }

    @Test
    void briefReadsStdinAndGzipAsRadarDoes() throws Exception {
        Path papers = papers();
        Path gz = dir.resolve("today.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(papers, out);
        }

        Run gzipped = run("-q", "brief", "--in", gz.toString(), "--out", dir.resolve("gz.md").toString());
        assertThat(gzipped.exitCode()).as(gzipped.stderr().toString()).isZero();
        assertThat(gzipped.stderr()).singleElement().asString().startsWith("brief: 3 papers, ");

        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(papers)));
            Run piped = run("-q", "brief", "--in", "-", "--out", dir.resolve("stdin.md").toString());
            assertThat(piped.exitCode()).as(piped.stderr().toString()).isZero();
            System.setIn(new ByteArrayInputStream(new byte[0]));
            Run empty = run("brief", "--in", "-", "--out", dir.resolve("empty.md").toString());
            assertThat(empty.exitCode()).isEqualTo(2);
            assertThat(empty.stderr()).containsExactly("academichub: stdin: no papers to brief");
        } finally {
            System.setIn(stdin);
        }
        assertThat(Files.readString(dir.resolve("stdin.md"))).isEqualTo(Files.readString(dir.resolve("gz.md")));
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
