package io.academichub.examples;

import io.academichub.http.HttpTransport;
import io.academichub.source.Source;
import io.academichub.source.SourceRegistry;
import io.academichub.testing.SourceContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example's third-party source keeps the contract every shipped adapter keeps (academichub-core's test-jar),
 * and is found through {@link java.util.ServiceLoader} from a {@code META-INF/services} line, as a source jar of an
 * application's own would register itself: {@code src/test/third-party-jar} plays that jar, added to the class path
 * by a class loader of its own (on the test class path itself it would show in every CLI test's source list).
 */
class CustomSourceExampleContractTest implements SourceContract {

    private static final Path THIRD_PARTY_JAR = Path.of("src", "test", "third-party-jar"); // the module's directory

    private final HttpTransport transport = HttpTransport.builder().build();

    /** The registry an application with the third-party jar on its class path discovers. */
    private static SourceRegistry discovered() {
        try {
            URLClassLoader withTheJar = new URLClassLoader(new URL[] {THIRD_PARTY_JAR.toUri().toURL()},
                    CustomSourceExampleContractTest.class.getClassLoader());
            return SourceRegistry.builder().discover(withTheJar).build();
        } catch (MalformedURLException e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void close() throws IOException {
        transport.close();
    }

    @Override
    public Source source() {
        return discovered().create("reading-list:vision", Map.of(), transport);
    }

    @Override
    public int expectedPaperCount() {
        return 2;
    }

    @Test
    void theProviderIsDiscoveredThroughServiceLoader() {
        assertThat(SourceRegistry.discover().find("reading-list")).as("not on the plain class path").isEmpty();
        assertThat(discovered().create("reading-list:vision", Map.of(), transport))
                .isInstanceOf(CustomSourceExample.ReadingListSource.class)
                .extracting(Source::id).isEqualTo("reading-list:vision");
    }
}
