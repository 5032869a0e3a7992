package io.academichub.source;

import io.academichub.http.HttpTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceRegistryTest {

    private static HttpTransport transport;

    @BeforeAll
    static void openTransport() {
        transport = HttpTransport.builder().build();
    }

    @AfterAll
    static void closeTransport() throws IOException {
        transport.close();
    }

    @Test
    void discoveryIsOptIn() {
        assertThat(SourceRegistry.builder().build().providers()).isEmpty();
    }

    @Test
    void discoverFindsTheProvidersInMetaInfServices() {
        SourceRegistry registry = SourceRegistry.discover();

        assertThat(registry.providers()).extracting(SourceProvider::id)
                .containsExactly("core-test-echo", "core-test-static");
        assertThat(registry.find("core-test-echo")).get().isInstanceOf(EchoSourceProvider.class);
        assertThat(registry.find("core-test-echo").orElseThrow().description())
                .isEqualTo("echoes its configuration; ARGUMENT: anything");
        assertThat(registry.find("core-test-static").orElseThrow().description()).isEqualTo("core-test-static");
        assertThat(registry.find("arxiv")).isEmpty();
    }

    @Test
    void builderDiscoverIsTheSameAsDiscover() {
        assertThat(SourceRegistry.builder().discover().build().providers()).extracting(SourceProvider::id)
                .containsExactly("core-test-echo", "core-test-static");
    }

    @Test
    void explicitRegistrationWithoutDiscovery() {
        SourceRegistry registry = SourceRegistry.builder().register(new StaticSourceProvider()).build();

        assertThat(registry.providers()).extracting(SourceProvider::id).containsExactly("core-test-static");
    }

    @Test
    void explicitRegistrationNextToDiscoveryMayNotReuseAnId() {
        SourceRegistry.Builder builder = SourceRegistry.builder().discover();

        assertThatThrownBy(() -> builder.register(new ShadowEchoSourceProvider()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("two source providers have the id 'core-test-echo': "
                        + "io.academichub.source.EchoSourceProvider and io.academichub.source.ShadowEchoSourceProvider");
    }

    @Test
    void twoDiscoveredProvidersWithOneIdFailNamingBothClasses(@TempDir Path dir) throws IOException {
        // A second jar (here a directory) on the class path declares another provider with the id "core-test-echo".
        Path services = dir.resolve("META-INF/services/io.academichub.source.SourceProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "io.academichub.source.ShadowEchoSourceProvider\n", StandardCharsets.UTF_8);

        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, getClass().getClassLoader())) {
            SourceRegistry.Builder builder = SourceRegistry.builder();

            assertThatThrownBy(() -> builder.discover(loader))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("two source providers have the id 'core-test-echo': "
                            + "io.academichub.source.EchoSourceProvider and io.academichub.source.ShadowEchoSourceProvider");
        }
    }

    @Test
    void createPassesTheArgumentOptionsAndTransport() {
        SourceRegistry registry = SourceRegistry.discover();

        Source source = registry.create("core-test-echo:cs.AI+cs.LG", Map.of("baseUrl", "http://localhost:1"), transport);

        assertThat(source).isInstanceOf(EchoSourceProvider.EchoSource.class);
        SourceConfig config = ((EchoSourceProvider.EchoSource) source).config();
        assertThat(config.argument()).isEqualTo("cs.AI+cs.LG");
        assertThat(config.options()).containsExactly(Map.entry("baseUrl", "http://localhost:1"));
        assertThat(config.transport()).isSameAs(transport);
        assertThat(source.id()).isEqualTo("core-test-echo:cs.AI+cs.LG");
    }

    @Test
    void createKeepsColonsInTheArgumentAndAllowsNone() {
        SourceRegistry registry = SourceRegistry.discover();

        SourceConfig withColon = ((EchoSourceProvider.EchoSource) registry.create(
                "core-test-echo:title:\"KL divergence\"", Map.of(), transport)).config();
        SourceConfig none = ((EchoSourceProvider.EchoSource) registry.create("core-test-echo", Map.of(), transport)).config();

        assertThat(withColon.argument()).isEqualTo("title:\"KL divergence\"");
        assertThat(none.argument()).isEmpty();
    }

    @Test
    void unknownNameListsTheKnownNames() {
        SourceRegistry registry = SourceRegistry.discover();

        assertThatThrownBy(() -> registry.create("arxiv:cs.AI", Map.of(), transport))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown source 'arxiv' in 'arxiv:cs.AI'; known sources: core-test-echo, core-test-static");
    }

    @Test
    void aProviderRefusingItsConfigurationSaysWhy() {
        SourceRegistry registry = SourceRegistry.discover();

        assertThatThrownBy(() -> registry.create("core-test-echo:refuse", Map.of(), transport))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("core-test-echo refuses the argument 'refuse'");
    }

    @Test
    void providersAreUnmodifiable() {
        SourceRegistry registry = SourceRegistry.discover();

        assertThatThrownBy(() -> registry.providers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
