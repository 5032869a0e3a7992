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
    // The test providers' services file lives under registry/, not on the class path's own META-INF/services, so
    // that modules using core's test classes (the reactor hands them target/test-classes) never discover them.
    private static URLClassLoader providers;

    @BeforeAll
    static void openTransport() {
        transport = HttpTransport.builder().build();
        providers = new URLClassLoader(new URL[] {SourceRegistryTest.class.getClassLoader().getResource("registry/")},
                SourceRegistryTest.class.getClassLoader());
    }

    @AfterAll
    static void closeTransport() throws IOException {
        transport.close();
        providers.close();
    }

    private static SourceRegistry discovered() {
        return SourceRegistry.builder().discover(providers).build();
    }

    @Test
    void discoveryIsOptIn() {
        assertThat(SourceRegistry.builder().build().providers()).isEmpty();
    }

    @Test
    void discoverFindsTheProvidersInMetaInfServices() {
        assertThat(SourceRegistry.discover().providers()).as("core itself declares no provider").isEmpty();

        SourceRegistry registry = discovered();

        assertThat(registry.providers()).extracting(SourceProvider::id)
                .containsExactly("core-test-echo", "core-test-static");
        assertThat(registry.find("core-test-echo")).get().isInstanceOf(EchoSourceProvider.class);
        assertThat(registry.find("core-test-echo").orElseThrow().description())
                .isEqualTo("echoes its configuration; ARGUMENT: anything");
        assertThat(registry.find("core-test-static").orElseThrow().description()).isEqualTo("core-test-static");
        assertThat(registry.find("arxiv")).isEmpty();
    }

    @Test
    void explicitRegistrationWithoutDiscovery() {
        SourceRegistry registry = SourceRegistry.builder().register(new StaticSourceProvider()).build();

        assertThat(registry.providers()).extracting(SourceProvider::id).containsExactly("core-test-static");
    }

    @Test
    void explicitRegistrationNextToDiscoveryMayNotReuseAnId() {
        SourceRegistry.Builder builder = SourceRegistry.builder().discover(providers);

        assertThatThrownBy(() -> builder.register(new ShadowEchoSourceProvider()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("two source providers have the id 'core-test-echo': "
                        + "io.academichub.source.EchoSourceProvider and io.academichub.source.ShadowEchoSourceProvider");
    }

    @Test
    void twoDiscoveredProvidersWithOneIdFailNamingBothClasses(@TempDir Path dir) throws IOException {
        // A second jar (here a directory) beside the test providers declares another provider with the id
        // "core-test-echo".
        Path services = dir.resolve("META-INF/services/io.academichub.source.SourceProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "io.academichub.source.ShadowEchoSourceProvider\n", StandardCharsets.UTF_8);

        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, providers)) {
            SourceRegistry.Builder builder = SourceRegistry.builder();

            assertThatThrownBy(() -> builder.discover(loader))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("two source providers have the id 'core-test-echo': "
                            + "io.academichub.source.EchoSourceProvider and io.academichub.source.ShadowEchoSourceProvider");
        }
    }

    @Test
    void createPassesTheArgumentOptionsAndTransport() {
        SourceRegistry registry = discovered();

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
        SourceRegistry registry = discovered();

        SourceConfig withColon = ((EchoSourceProvider.EchoSource) registry.create(
                "core-test-echo:title:\"KL divergence\"", Map.of(), transport)).config();
        SourceConfig none = ((EchoSourceProvider.EchoSource) registry.create("core-test-echo", Map.of(), transport)).config();

        assertThat(withColon.argument()).isEqualTo("title:\"KL divergence\"");
        assertThat(none.argument()).isEmpty();
    }

    @Test
    void unknownNameListsTheKnownNames() {
        SourceRegistry registry = discovered();

        assertThatThrownBy(() -> registry.create("arxiv:cs.AI", Map.of(), transport))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown source 'arxiv' in 'arxiv:cs.AI'; known sources: core-test-echo, core-test-static");
    }

    @Test
    void anUndeclaredOptionIsRefusedListingTheValidOnes() {
        SourceRegistry registry = discovered();

        assertThatThrownBy(() -> registry.create("core-test-echo", Map.of("rowz", "5"), transport))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option 'rowz' for source kind core-test-echo; valid options: baseUrl, contact, rows");
    }

    @Test
    void aDeclaredNumberMustBeOneAndEveryKindTakesTheContact() {
        SourceRegistry registry = discovered();

        assertThatThrownBy(() -> registry.create("core-test-echo", Map.of("rows", "many"), transport))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option rows must be a whole number, not 'many'");
        SourceConfig config = ((EchoSourceProvider.EchoSource) registry.create("core-test-echo",
                Map.of("rows", "5", "contact", "ops@example.org"), transport)).config();
        assertThat(config.intOption("rows", 10)).isEqualTo(5);
        assertThat(config.contact()).contains("ops@example.org");
    }

    @Test
    void aProviderRefusingItsConfigurationSaysWhy() {
        SourceRegistry registry = discovered();

        assertThatThrownBy(() -> registry.create("core-test-echo:refuse", Map.of(), transport))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("core-test-echo refuses the argument 'refuse'");
    }

    @Test
    void providersAreUnmodifiable() {
        SourceRegistry registry = discovered();

        assertThatThrownBy(() -> registry.providers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
