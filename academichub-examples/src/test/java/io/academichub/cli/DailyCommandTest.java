package io.academichub.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code academichub daily}: a broken configuration is refused before any request, with exit code 2; {@code --quiet}
 * keeps only what failed on stderr.
 */
class DailyCommandTest {

    @Test
    void aBadProfileIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "name: broken\ninterests:\n  - name: broken\n    query: '(quantum'\n");
        Files.writeString(dir.resolve("academichub.yaml"), "sources: [arxiv:cs.AI]\nprofiles: [broken.yaml]\n"
                + "data: data\noutput: out\n");

        DemoCommandTest.Run run = DemoCommandTest.run("daily", "--config", dir.resolve("academichub.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).startsWith("academichub: " + dir.resolve("broken.yaml")).contains("interest 'broken'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aModelWithoutItsKeyIsRefusedBeforeAnyFetchUnlessFallbackIsAsked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("academichub.yaml"), "sources: [arxiv:cs.AI]\nbriefing: {llm: openai, "
                + "apiKeyEnv: ACADEMICHUB_TEST_KEY_THAT_IS_NOT_SET}\ndata: data\noutput: out\n");

        DemoCommandTest.Run run = DemoCommandTest.run("daily", "--config", dir.resolve("academichub.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).isEqualTo("academichub: briefing.llm: openai: no API key: the environment variable "
                + "ACADEMICHUB_TEST_KEY_THAT_IS_NOT_SET is not set (or set fallbackToExtractive: true)\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnsetDeliverySecretIsRefusedBeforeAnyFetch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("academichub.yaml"), "sources: [arxiv:cs.AI]\ndata: data\noutput: out\n"
                + "delivery:\n  webhook: {urlEnv: ACADEMICHUB_TEST_HOOK_THAT_IS_NOT_SET}\n");

        DemoCommandTest.Run run = DemoCommandTest.run("daily", "--config", dir.resolve("academichub.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).contains("ACADEMICHUB_TEST_HOOK_THAT_IS_NOT_SET");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void quietStillSaysWhichSourceFailed(@TempDir Path dir) throws Exception {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try {
            server.stubFor(get(urlPathEqualTo("/feed.xml")).willReturn(aResponse().withStatus(404)));
            String feed = server.baseUrl() + "/feed.xml";
            Files.writeString(dir.resolve("academichub.yaml"), "sources: ['rss:" + feed + "']\n"
                    + "contact: team@example.org\ndata: data\noutput: out\n");
            String config = dir.resolve("academichub.yaml").toString();

            DemoCommandTest.Run loud = DemoCommandTest.run("daily", "--config", config);
            DemoCommandTest.Run quiet = DemoCommandTest.run("daily", "--quiet", "--config", config);

            String failed = "rss:" + feed + " FAILED: HTTP 404 Not Found (" + feed + ")";
            assertThat(loud.stderr().lines()).contains(failed).hasSizeGreaterThan(1);
            assertThat(quiet.stderr().lines()).containsExactly(failed);
            assertThat(quiet.exitCode()).isEqualTo(ExitCode.ALL_FAILED);
            assertThat(quiet.stdout()).endsWith("digest.html\n");
        } finally {
            server.stop();
        }
    }
}
