package io.academichub.testing;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.academichub.error.FeedFormatException;
import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.http.HttpTransport;
import io.academichub.source.Source;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@link SourceContract} of an adapter that fetches over HTTP, with the error paths every such adapter must
 * honour: a {@code 503} is a {@link SourceUnavailableException}; a {@code 429} with {@code Retry-After} is a
 * {@link RateLimitedException} carrying the delay; a malformed body is a {@link FeedFormatException} that names the
 * line and column; a document type declaration with an external entity is refused, with nothing fetched for it and
 * no paper delivered. Each check runs against its own {@link MockService} that answers every request alike.
 *
 * <pre>{@code
 * class MyJournalSourceContractTest implements HttpSourceContract {
 *     @RegisterExtension static MockService service = new MockService();
 *
 *     @BeforeEach void stub() { service.serve("/feed.xml", Fixtures.bytes("myjournal/feed.xml"), "application/rss+xml"); }
 *
 *     public Source source() { return sourceAt(service.baseUrl(), service.transport()); }
 *     public Source sourceAt(String baseUrl, HttpTransport transport) {
 *         return new MyJournalProvider().create(new SourceConfig("", Map.of("baseUrl", baseUrl), transport));
 *     }
 *     public int expectedPaperCount() { return 12; }
 * }
 * }</pre>
 *
 * Needs {@code junit-jupiter}, {@code assertj-core} and {@code wiremock-standalone} on the test class path.
 */
public interface HttpSourceContract extends SourceContract {

    /**
     * A source of the kind under test, configured as {@link #source()} is, but sending every request to
     * {@code baseUrl} through {@code transport} (which retries nothing and never waits).
     */
    Source sourceAt(String baseUrl, HttpTransport transport);

    /**
     * A body that is not well-formed for the adapter's parser, with the fault past the first line. By default an XML
     * document cut in the middle of an element, which no JSON parser reads either.
     */
    default String malformedBody() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed>\n  <entry><title>cut here</entry>\n";
    }

    /** A {@code 503} ends the fetch with a {@link SourceUnavailableException} of status 503. */
    @Test
    default void a503IsSourceUnavailable() {
        withEveryRequestAnswered(aResponse().withStatus(503).withBody("down for maintenance"), service ->
                assertThatThrownBy(() -> fetchFrom(service))
                        .isInstanceOfSatisfying(SourceUnavailableException.class,
                                e -> assertThat(e.status()).as("status of %s", e.getMessage()).isEqualTo(503)));
    }

    /** A {@code 429} with {@code Retry-After: 7} ends the fetch with a {@link RateLimitedException} of 7 seconds. */
    @Test
    default void a429WithRetryAfterIsRateLimitedWithTheDelay() {
        withEveryRequestAnswered(aResponse().withStatus(429).withHeader("Retry-After", "7"), service ->
                assertThatThrownBy(() -> fetchFrom(service))
                        .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter())
                                .as("retryAfter of %s", e.getMessage()).isEqualTo(Duration.ofSeconds(7))));
    }

    /** A body that is not well-formed is a {@link FeedFormatException} naming where: a line and a column. */
    @Test
    default void aMalformedBodyIsAFeedFormatErrorWithLineAndColumn() {
        withEveryRequestAnswered(aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withBody(malformedBody()), service ->
                assertThatThrownBy(() -> fetchFrom(service))
                        .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                            assertThat(e.line()).as("line of %s", e.getMessage()).isPositive();
                            assertThat(e.column()).as("column of %s", e.getMessage()).isPositive();
                        }));
    }

    /**
     * A document type declaration defining an external entity (the XXE attack) is refused: the fetch fails with a
     * {@link FeedFormatException}, and the entity's URL is never requested.
     */
    @Test
    default void aDoctypeWithAnExternalEntityIsRefusedWithNothingRead() {
        MockService service = new MockService();
        service.start();
        try {
            String secret = service.baseUrl() + "/xxe-secret";
            service.serveEverything(aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                    .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"" + secret + "\">]>\n"
                            + "<feed><title>&xxe;</title></feed>\n"));

            assertThatThrownBy(() -> fetchFrom(service)).isInstanceOf(FeedFormatException.class);
            assertThat(service.server().findAll(anyRequestedFor(urlPathEqualTo("/xxe-secret"))))
                    .as("requests for the external entity").isEmpty();
        } finally {
            service.stop();
        }
    }

    private void fetchFrom(MockService service) {
        Source source = sourceAt(service.baseUrl(), service.transport());
        source.fetch(request());
    }

    private static void withEveryRequestAnswered(ResponseDefinitionBuilder answer, Consumer<MockService> check) {
        MockService service = new MockService();
        service.start();
        try {
            service.serveEverything(answer);
            check.accept(service);
        } finally {
            service.stop();
        }
    }
}
