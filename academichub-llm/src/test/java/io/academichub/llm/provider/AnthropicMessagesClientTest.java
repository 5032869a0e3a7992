package io.academichub.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.academichub.http.HttpTransport;
import io.academichub.llm.LlmAuthenticationException;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmContextTooLongException;
import io.academichub.llm.LlmModelNotFoundException;
import io.academichub.llm.LlmRateLimitException;
import io.academichub.llm.LlmReply;
import io.academichub.llm.LlmRequest;
import io.academichub.llm.LlmUnavailableException;
import io.academichub.llm.LlmUsage;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Messages client against Anthropic's real recorded replies and cases built on their shapes. */
class AnthropicMessagesClientTest {

    private static final String KEY = "sk-ant-api03-TESTKEY0123456789abcdefghijklmnop";
    private static final String PATH = "/v1/messages";
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

    private FakeTimeSource time;
    private HttpTransport transport;

    @BeforeEach
    void setUp() {
        time = new FakeTimeSource();
        transport = HttpTransport.builder().timeSource(time).maxAttempts(3).build();
    }

    @AfterEach
    void tearDown() throws IOException {
        transport.close();
    }

    private LlmClient client(String model) {
        LlmConfig config = LlmConfig.builder("anthropic").model(model).baseUrl(server.baseUrl() + "/v1").build();
        return LlmClients.create(config, transport, Map.of("ANTHROPIC_API_KEY", KEY)::get);
    }

    private static LlmRequest text(String user) {
        return LlmRequest.text("You are terse.", user, 100);
    }

    @Test
    void aTextReplyAndTheRequestSent() {
        server.stubFor(post(PATH).willReturn(RecordedReply.of("anthropic-messages/message_200_text")));

        LlmReply reply = client("claude-3-opus-20240229").chat(text("How are you?"));

        assertThat(reply.text()).isEqualTo("Hello! As an AI language model, I don't have feelings, but I'm functioning "
                + "properly and ready to assist you. How can I help you today?");
        assertThat(reply.finishReason()).isEqualTo("stop"); // end_turn
        assertThat(reply.usage()).isEqualTo(new LlmUsage(13, 35, 0));
        server.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withHeader("x-api-key", equalTo(KEY))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withoutHeader("Authorization")
                .withRequestBody(equalToJson("{\"model\":\"claude-3-opus-20240229\",\"max_tokens\":100,"
                        + "\"system\":\"You are terse.\",\"messages\":[{\"role\":\"user\",\"content\":\"How are you?\"}],"
                        + "\"temperature\":0.0}")));
    }

    @Test
    void aStopSequence() {
        server.stubFor(post(PATH).willReturn(RecordedReply.of("anthropic-messages/message_200_stop-sequence")));

        LlmReply reply = client("claude-sonnet-4-20250514")
                .chat(new LlmRequest("", "What is 4200 + 42?", 100, 0.0, null, null, List.of("4242")));

        assertThat(reply.text()).isEqualTo("4200 + 42 =");
        assertThat(reply.finishReason()).isEqualTo("stop"); // stop_sequence
        assertThat(reply.usage()).isEqualTo(new LlmUsage(17, 12, 0));
        server.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(equalToJson("{\"stop_sequences\":[\"4242\"]}", true, true)));
    }

    @Test
    void cacheWritesAndReadsArePromptTokens() {
        server.stubFor(post(PATH).inScenario("cache").whenScenarioStateIs(STARTED)
                .willReturn(RecordedReply.of("anthropic-messages/message_200_cache-creation")).willSetStateTo("read"));
        server.stubFor(post(PATH).inScenario("cache").whenScenarioStateIs("read")
                .willReturn(RecordedReply.of("anthropic-messages/message_200_cache-read")));
        LlmClient client = client("claude-sonnet-4-20250514");

        LlmReply first = client.chat(text("Hello there!"));
        LlmReply second = client.chat(text("Breakfast?"));

        // input_tokens 8 + cache_creation_input_tokens 4167; then input_tokens 12 + cache_read_input_tokens 4167
        assertThat(first.usage()).isEqualTo(new LlmUsage(4175, 204, 0));
        assertThat(second.usage()).isEqualTo(new LlmUsage(4179, 350, 4167));
        assertThat(first.text()).startsWith("**General Kenobi!**");
    }

    @Test
    void structuredOutputIsAForcedToolCall() throws IOException {
        server.stubFor(post(PATH).willReturn(RecordedReply.of("anthropic-messages/message_200_tool-use")));
        JsonNode schema = JSON.readTree("{\"type\":\"object\",\"properties\":{\"passphrase\":{\"type\":\"string\"}}}");

        LlmReply reply = client("claude-sonnet-4-20250514")
                .chat(LlmRequest.json("", "The passphrase is portal.", 300, "passphrase_test_tool", schema));

        // the tool's input is the answer; the text block before it is not
        assertThat(reply.text()).isEqualTo("{\"passphrase\":\"portal\"}");
        assertThat(reply.finishReason()).isEqualTo("stop");
        assertThat(reply.usage()).isEqualTo(new LlmUsage(421, 74, 0));
        server.verify(postRequestedFor(urlPathEqualTo(PATH)).withRequestBody(equalToJson(
                "{\"tools\":[{\"name\":\"passphrase_test_tool\",\"input_schema\":" + schema + "}],"
                        + "\"tool_choice\":{\"type\":\"tool\",\"name\":\"passphrase_test_tool\"}}", true, true)));
    }

    @Test
    void aSchemaThatIsNotAnObjectGoesAsJsonInText() throws IOException {
        // CONSTRUCTED on the text reply's shape: tool inputs must be objects, so an array schema is asked in the prompt
        server.stubFor(post(PATH).willReturn(okJson(message("[\\\"cs.AI\\\", \\\"q-bio.NC\\\"]", "end_turn"))));
        JsonNode schema = JSON.readTree("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}");

        LlmReply reply = client("claude-haiku-4-5").chat(LlmRequest.json("", "Fields?", 100, "fields", schema));

        assertThat(reply.text()).isEqualTo("[\"cs.AI\",\"q-bio.NC\"]");
        String sent = server.findAll(postRequestedFor(urlPathEqualTo(PATH))).get(0).getBodyAsString();
        assertThat(sent).doesNotContain("\"tools\"").contains("JSON Schema (fields)");
    }

    @Test
    void thinkingBlocksAreReasoningNotText() {
        // CONSTRUCTED: extended thinking puts a thinking block (with a signature) before the text
        server.stubFor(post(PATH).willReturn(okJson("{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"claude-sonnet-4-20250514\",\"content\":[{\"type\":\"thinking\",\"thinking\":\"The reader "
                + "asked for Chinese.\",\"signature\":\"EqQB\"},{\"type\":\"redacted_thinking\",\"data\":\"xyz\"},"
                + "{\"type\":\"text\",\"text\":\"注意力蒸馏\"}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":20,\"output_tokens\":90}}")));

        LlmReply reply = client("claude-sonnet-4-20250514").chat(text("Translate."));

        assertThat(reply.text()).isEqualTo("注意力蒸馏");
        assertThat(reply.reasoning()).isEqualTo("The reader asked for Chinese.");
    }

    @Test
    void cutOffByMaxTokens() {
        // CONSTRUCTED: stop_reason max_tokens
        server.stubFor(post(PATH).willReturn(okJson(message("The three themes are", "max_tokens"))));

        LlmReply reply = client("claude-haiku-4-5").chat(text("Summarise."));

        assertThat(reply.truncated()).isTrue();
    }

    @Test
    void invalidKey() {
        server.stubFor(post(PATH).willReturn(RecordedReply.of("anthropic-messages/error_401_authentication-error")));

        assertThat(catchThrowableOfType(LlmAuthenticationException.class,
                () -> client("claude-sonnet-4-20250514").chat(text("Hi"))))
                .hasMessage("anthropic (claude-sonnet-4-20250514): the API key was refused (HTTP 401 "
                        + "authentication_error: invalid x-api-key) (" + server.baseUrl() + PATH + ")");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void modelNotFound() {
        server.stubFor(post(PATH).willReturn(RecordedReply.of("anthropic-messages/error_404_not-found-error_model")));

        assertThat(catchThrowableOfType(LlmModelNotFoundException.class,
                () -> client("this-model-does-not-exist-12345").chat(text("Hi"))))
                .hasMessageStartingWith("anthropic (this-model-does-not-exist-12345): the provider does not know model "
                        + "'this-model-does-not-exist-12345': HTTP 404 not_found_error: model: "
                        + "this-model-does-not-exist-12345");
    }

    @Test
    void promptTooLong() {
        server.stubFor(post(PATH).willReturn(
                RecordedReply.of("anthropic-messages/error_400_invalid-request-error_prompt-too-long")));

        assertThat(catchThrowableOfType(LlmContextTooLongException.class,
                () -> client("claude-haiku-4-5").chat(text("long"))))
                .hasMessage("anthropic (claude-haiku-4-5): the request is longer than the model's context window: "
                        + "HTTP 400 invalid_request_error: prompt is too long: 3333404 tokens > 200000 maximum");
    }

    @Test
    void aRateLimitThatSaysRetryingWillNotHelpIsNotRetried() {
        server.stubFor(post(PATH).willReturn(RecordedReply.of("anthropic-messages/error_429_rate-limit-error_input-tpm")));

        LlmRateLimitException e = catchThrowableOfType(LlmRateLimitException.class,
                () -> client("claude-haiku-4-5-20251001").chat(text("huge")));

        assertThat(e).hasMessageStartingWith("anthropic (claude-haiku-4-5-20251001): rate limited: HTTP 429 Too Many "
                + "Requests: This request would exceed your organization's rate limit of 450,000 input tokens per "
                + "minute");
        assertThat(e.retryAfter()).isEmpty();
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(1); // X-Should-Retry: false
    }

    @Test
    void overloadedIsRetriedAfterRetryAfter() {
        // the 529 body is the real one (from a log); its headers were not recorded: Retry-After is CONSTRUCTED
        server.stubFor(post(PATH).inScenario("529").whenScenarioStateIs(STARTED)
                .willReturn(status(529).withHeader("Content-Type", "application/json").withHeader("Retry-After", "4")
                        .withBody(RecordedReply.body("anthropic-messages/error_529_overloaded-error.from-cli-log")))
                .willSetStateTo("ok"));
        server.stubFor(post(PATH).inScenario("529").whenScenarioStateIs("ok")
                .willReturn(RecordedReply.of("anthropic-messages/message_200_text")));

        LlmReply reply = client("claude-3-opus-20240229").chat(text("How are you?"));

        assertThat(reply.text()).startsWith("Hello!");
        assertThat(time.sleeps()).contains(Duration.ofSeconds(4));
    }

    @Test
    void overloadedUntilTheRetriesRunOut() {
        server.stubFor(post(PATH).willReturn(status(529).withHeader("Content-Type", "application/json")
                .withBody(RecordedReply.body("anthropic-messages/error_529_overloaded-error.from-cli-log"))));

        assertThat(catchThrowableOfType(LlmUnavailableException.class, () -> client("claude-haiku-4-5").chat(text("Hi"))))
                .hasMessageStartingWith("anthropic (claude-haiku-4-5): unavailable: HTTP 529");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(3);
    }

    /** A message in Anthropic's shape with one text block; {@code text} is already escaped for JSON. */
    private static String message(String text, String stopReason) {
        return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-haiku-4-5\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"" + text + "\"}],\"stop_reason\":\"" + stopReason
                + "\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":10,\"output_tokens\":20}}";
    }
}
