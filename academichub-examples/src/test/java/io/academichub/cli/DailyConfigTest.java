package io.academichub.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DailyConfigTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("academichub.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void theStarterThatInitWritesReadsBackAsTheDocumentedDefaults() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"init", "--dir", dir.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("academichub daily --config");
        DailyConfig config = DailyConfig.read(dir.resolve("academichub.yaml"));
        assertThat(config.contact()).isEqualTo("you@example.org");
        assertThat(config.sources()).isEqualTo(DailyConfig.DEFAULT_SOURCES);
        assertThat(config.profiles()).containsExactly(dir.resolve("profiles/example.yaml").toAbsolutePath());
        assertThat(Files.readString(config.profiles().get(0))).contains("name: example");
        assertThat(config.briefing()).isEqualTo(DailyConfig.BriefingSettings.DEFAULT);
        assertThat(config.output()).isEqualTo(Path.of(System.getProperty("user.home"), "academichub/digests"));
        assertThat(config.delivery()).isEqualTo(DailyConfig.DeliverySettings.NONE);
    }

    @Test
    void initNeverOverwritesWithoutForce() throws Exception {
        Files.writeString(dir.resolve("academichub.yaml"), "contact: mine@example.org\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(new String[] {"init", "--dir", dir.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("academichub.yaml exists; --force overwrites it");
        assertThat(Files.readString(dir.resolve("academichub.yaml"))).isEqualTo("contact: mine@example.org\n");
    }

    @Test
    void anUnknownKeyNamesTheFileTheLineAndTheValidKeys() throws Exception {
        Path file = write("contact: me@example.org\nsorces:\n  - arxiv:cs.AI\n");

        assertThatThrownBy(() -> DailyConfig.read(file))
                .isInstanceOf(DailyConfig.ConfigException.class)
                .hasMessage(file + " line 2: unknown key 'sorces' (valid keys: briefing, contact, data, delivery,"
                        + " feedBaseUrl, output, profiles, sources)");
    }

    @Test
    void anUnknownNestedKeyNamesItsPath() throws Exception {
        Path file = write("briefing:\n  language: zh\n  modle: gpt-4o-mini\n");

        assertThatThrownBy(() -> DailyConfig.read(file))
                .hasMessage(file + " line 3: unknown key 'briefing.modle' (valid keys there: apiKeyEnv, baseUrl,"
                        + " budgetTokens, fallbackToExtractive, language, llm, model)");
    }

    @Test
    void aValueOfTheWrongKindNamesItsKeyAndLine() throws Exception {
        Path file = write("briefing:\n  budgetTokens: lots\n");

        assertThatThrownBy(() -> DailyConfig.read(file))
                .isInstanceOf(DailyConfig.ConfigException.class)
                .hasMessage(file + " line 2, column 17: 'briefing.budgetTokens': expected a number, found 'lots'");
    }

    @Test
    void aStrayLineAfterAKeyIsOneLineOfPlainWords() throws Exception {
        Path file = write("sources: arxiv:cs.AI\nfoo\n");

        assertThatThrownBy(() -> DailyConfig.read(file)).hasMessage(file
                + " line 1, column 10: 'sources': expected a list of source specs, found 'arxiv:cs.AI'");
    }

    @Test
    void brokenYamlAndAMissingFileSaySo() throws Exception {
        Path broken = write("sources: [arxiv:cs.AI\n");
        assertThatThrownBy(() -> DailyConfig.read(broken))
                .hasMessage(broken + " line 1, column 10: 'sources[1]': a list '[…' that is not closed with ']'");
        assertThatThrownBy(() -> DailyConfig.read(dir)).hasMessage(dir + ": cannot be read: is a directory");
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> DailyConfig.read(missing))
                .hasMessage(missing + ": no such file (academichub init writes a starter)");
    }

    @Test
    void pathsAreRelativeToTheFileAndTheRestIsKept() throws Exception {
        Path file = write("""
                sources: [arxiv:cs.AI]
                profiles: [p/a.yaml, /abs/b.yaml]
                output: out
                data: ~/ahdata
                briefing: {language: ZH, llm: openai, model: gpt-4o-mini, budgetTokens: 1000}
                delivery:
                  email: {host: smtp.example.org, username: me, passwordEnv: PW, from: me@example.org, to: [you@example.org]}
                  webhook: {urlEnv: HOOK}
                """);

        DailyConfig config = DailyConfig.read(file);

        assertThat(config.sources()).containsExactly("arxiv:cs.AI");
        assertThat(config.profiles()).containsExactly(dir.resolve("p/a.yaml").toAbsolutePath(), Path.of("/abs/b.yaml"));
        assertThat(config.output()).isEqualTo(dir.resolve("out").toAbsolutePath());
        assertThat(config.data()).isEqualTo(Path.of(System.getProperty("user.home"), "ahdata"));
        assertThat(config.briefing()).isEqualTo(
                new DailyConfig.BriefingSettings("zh", "openai", "gpt-4o-mini", null, null, 1000, false));
        assertThat(config.briefing().usesModel()).isTrue();
        assertThat(config.delivery().email()).isEqualTo(new DailyConfig.EmailSettings("smtp.example.org", 587,
                "starttls", "me", "PW", "me@example.org", List.of("you@example.org")));
        assertThat(config.delivery().webhook().urlEnv()).isEqualTo("HOOK");
    }

    @Test
    void incompleteDeliveryIsRefusedBeforeAnythingRuns() throws Exception {
        Path noTo = write("delivery:\n  email: {host: smtp.example.org, from: me@example.org}\n");
        assertThatThrownBy(() -> DailyConfig.read(noTo)).hasMessage(noTo + ": 'delivery.email.to' is required");
        Path noPassword = write("delivery:\n  email: {host: h, from: me@example.org, to: [a@example.org], username: u}\n");
        assertThatThrownBy(() -> DailyConfig.read(noPassword))
                .hasMessageStartingWith(noPassword + ": 'delivery.email.passwordEnv' is required with a username");
        Path badSecurity = write("delivery:\n  email: {host: h, from: me@example.org, to: [a@example.org], security: tls}\n");
        assertThatThrownBy(() -> DailyConfig.read(badSecurity))
                .hasMessage(badSecurity + ": 'delivery.email.security' must be starttls, ssl or none, not 'tls'");
    }

    @Test
    void theFeedBaseUrlIsAFolderAddress() throws Exception {
        assertThat(DailyConfig.read(write("feedBaseUrl: https://example.org/radar\n")).feedBaseUrl())
                .hasToString("https://example.org/radar/");
        assertThat(DailyConfig.read(write("feedBaseUrl: https://example.org/radar/\n")).feedBaseUrl())
                .hasToString("https://example.org/radar/");
        assertThat(DailyConfig.read(write("contact: me@example.org\n")).feedBaseUrl()).isNull();
        Path relative = write("feedBaseUrl: radar/\n");
        assertThatThrownBy(() -> DailyConfig.read(relative)).isInstanceOf(DailyConfig.ConfigException.class)
                .hasMessage(relative + ": 'feedBaseUrl' must be an http or https address, such as "
                        + "https://example.org/radar/, not 'radar/'");
    }

    @Test
    void anEmptyFileIsTheDefaults() throws Exception {
        assertThat(DailyConfig.read(write(""))).isEqualTo(DailyConfig.defaults());
    }
}
