package io.academichub.cli;

import io.academichub.testing.HeadlessChromium;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's pictures of the digest: runs {@code academichub demo} in English and in Chinese, opens each
 * {@code digest.html} in headless Chromium at 1000×1400 and takes what the viewport shows with the DevTools
 * protocol's {@code Page.captureScreenshot}. Every build checks that the page renders as pictured (no request, the
 * numbered items and the language's labels visible) and writes the PNGs to {@code target/screenshots}; with
 * {@code -Dacademichub.screenshots=../docs} they replace the README's.
 */
class DigestScreenshotsTest {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 1400;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Themes, interest 'language models' matched", "zh, 主题, 符合兴趣“language models”，"})
    void theDemoDigestAsAReaderSeesIt(String language, String themesHeading, String reason, @TempDir Path out)
            throws Exception {
        DemoCommandTest.Run run = DemoCommandTest.run("demo", "--quiet", "--lang", language, "--out", out.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).as("--quiet").isEmpty();
        Path html = Path.of(run.stdout().strip());

        byte[] png;
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            HeadlessChromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
            assertThat(page.networkRequests()).isEmpty();
            assertThat(page.evaluate("document.documentElement.lang").asText()).isEqualTo(language);
            String visible = page.evaluate("document.body.innerText").asText();
            assertThat(visible).contains("01.").contains(themesHeading).contains(reason) // the radar's, in the language
                    .doesNotContain("**"); // the reasons' marks are Markdown, not text to show
            png = page.viewportPng();
        }

        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8); // IHDR: width and height, big-endian
        assertThat(header.getInt()).isEqualTo(WIDTH);
        assertThat(header.getInt()).isEqualTo(HEIGHT);
        Path dir = Files.createDirectories(Path.of(System.getProperty("academichub.screenshots", "target/screenshots")));
        Files.write(dir.resolve("digest-" + language + ".png"), png);
    }
}
