package io.academichub.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.academichub.http.HttpTransport;
import io.academichub.llm.LlmAuthenticationException;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmContextTooLongException;
import io.academichub.llm.LlmException;
import io.academichub.llm.LlmMalformedReplyException;
import io.academichub.llm.LlmModelNotFoundException;
import io.academichub.llm.LlmRateLimitException;
import io.academichub.llm.LlmReply;
import io.academichub.llm.LlmRequest;
import io.academichub.llm.LlmUnavailableException;
import io.academichub.llm.LlmUsage;
import io.academichub.testing.FakeTimeSource;
import io.academichub.testing.OfflineHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Chat Completions client against the real recorded replies of OpenAI and of the compatible servers (DeepSeek,
 * OpenRouter, Together, Ollama, a llama.cpp-style server), and against cases built on their shapes (CONSTRUCTED in
 * PROVENANCE.md). Retries run on a fake clock.
 */
class OpenAiChatClientTest {

    private static final String KEY = "sk-proj-TESTKEY0123456789abcdefghijklmnop";
    private static final String PATH = "/v1/chat/completions";
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

    private LlmClient client(String provider, String model) {
        LlmConfig config = LlmConfig.builder(provider).model(model).baseUrl(server.baseUrl() + "/v1").build();
        return LlmClients.create(config, transport, Map.of(config.apiKeyVariable(), KEY)::get);
    }

    private LlmClient openai() {
        return client("openai", "gpt-4o");
    }

    private static void reply(ResponseDefinitionBuilder response) {
        server.stubFor(post(PATH).willReturn(response));
    }

    private static LlmRequest text(String user) {
        return LlmRequest.text("You are terse.", user, 100);
    }

    private static LlmRequest json(String user) throws IOException {
        JsonNode schema = JSON.readTree("{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"integer\"}},"
                + "\"required\":[\"value\"]}");
        return LlmRequest.json("You count.", user, 200, "answer", schema);
    }

    // --- real recorded replies ---

    @Test
    void aPlainReplyCutAtItsStopSequence() {
        reply(RecordedReply.of("openai-chat/chat_completion_200_plain_stop-seq"));

        LlmRequest request = new LlmRequest("", "What is 4200 + 42?", 100, 0.0, null, null, List.of("4242"));
        LlmReply reply = openai().chat(request);

        // OpenAI says "stop" even when a stop sequence ended the text; surrounding white space is trimmed
        assertThat(reply.text()).isEqualTo("4200 + 42 equals");
        assertThat(reply.finishReason()).isEqualTo("stop");
        assertThat(reply.reasoning()).isEmpty();
        assertThat(reply.usage()).isEqualTo(new LlmUsage(16, 9, 0));
        server.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(equalToJson("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + "\"What is 4200 + 42?\"}],\"max_completion_tokens\":100,\"temperature\":0.0,"
                        + "\"stop\":[\"4242\"]}")));
    }

    @Test
    void aJsonSchemaRequestAndItsReply() throws IOException {
        reply(RecordedReply.of("openai-chat/chat_completion_200_json-schema"));

        LlmReply reply = openai().chat(json("Rate the book."));

        assertThat(reply.text()).isEqualTo("{\"title\":\"THE NAME OF THE WIND\",\"author\":{\"first_name\":\"Patrick\","
                + "\"last_name\":\"Rothfuss\"},\"rating\":7}");
        assertThat(reply.usage()).isEqualTo(new LlmUsage(172, 29, 0));
        server.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("answer")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.required[0]", equalTo("value")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("You count."))));
    }

    @Test
    void cachedPromptTokens() {
        reply(RecordedReply.of("openai-chat/chat_completion_200_cached-tokens"));

        LlmReply reply = openai().chat(text("Breakfast?"));

        assertThat(reply.usage()).isEqualTo(new LlmUsage(3663, 117, 3584));
        assertThat(reply.text()).startsWith("\"Ah, the most important meal of the day, it is!")
                .endsWith("'This is the Way' to start your day!\"");
    }

    @Test
    void aReplyThatIsAToolCallGivesItsArguments() {
        reply(RecordedReply.of("openai-chat/chat_completion_200_tool-calls"));

        LlmReply reply = openai().chat(text("Use the tool."));

        assertThat(reply.text()).isEqualTo("{\"passphrase\":\"portal\"}");
        assertThat(reply.finishReason()).isEqualTo("tool_calls");
        assertThat(reply.usage()).isEqualTo(new LlmUsage(71, 17, 0));
    }

    @Test
    void deepSeekReasoningStaysOutOfTheText() {
        reply(RecordedReply.of("openai-compatible/deepseek_chat_completion_200_reasoner"));

        LlmReply reply = client("deepseek", "deepseek-reasoner").chat(text("What is XAI?"));

        assertThat(reply.text()).startsWith("XAI (Explainable Artificial Intelligence) is a field focused on")
                .endsWith("systematic frameworks for assessment are still needed (pqac-a0203962, pqac-117972cb).")
                .doesNotContain("First, the question is");
        assertThat(reply.reasoning()).startsWith("First, the question is: \"What is XAI?\"");
        // prompt_tokens_details.cached_tokens and prompt_cache_hit_tokens both say 128
        assertThat(reply.usage()).isEqualTo(new LlmUsage(1592, 1467, 128));
        // not OpenAI itself: the classic max_tokens
        server.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("100"))));
    }

    @Test
    void llamaCppReasoningAndLeadingNewlines() {
        reply(RecordedReply.of("openai-compatible/gpustack-qwen3_chat_completion_200_reasoning"));

        LlmReply reply = client("gpustack", "qwen3").chat(text("What is 5 + 3?"));

        assertThat(reply.text()).isEqualTo("5 + 3 = 8.");
        assertThat(reply.reasoning()).startsWith("Okay, let's see. The user is asking what 5 plus 3 is.")
                .endsWith("5 + 3 equals 8. I think that's it.");
        assertThat(reply.usage()).isEqualTo(new LlmUsage(21, 231, 0));
    }

    @Test
    void openRouterPadsTheBodyWithWhiteSpaceAndCallsItReasoning() {
        reply(RecordedReply.of("openai-compatible/openrouter_chat_completion_200_leading-whitespace"));

        LlmReply reply = client("openrouter", "deepseek/deepseek-r1").chat(text("What is XAI?"));

        assertThat(reply.text()).startsWith("Explainable Artificial Intelligence (XAI) comprises methods")
                .endsWith("(pqac-91399209, pqac-b74e9efc).");
        assertThat(reply.reasoning()).startsWith("Alright, let's tackle this query about XAI.");
        assertThat(reply.usage()).isEqualTo(new LlmUsage(1608, 662, 0));
        assertThat(reply.finishReason()).isEqualTo("stop");
    }

    @Test
    void togetherWithASeedBeyondLongAndTopLevelCachedTokens() {
        reply(RecordedReply.of("openai-compatible/together_chat_completion_200"));

        LlmReply reply = client("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo").chat(text("4200 + 42?"));

        assertThat(reply.text()).isEqualTo("To find the answer, add 4200 and 42.\n\n4200 + 42 = 4242");
        assertThat(reply.usage()).isEqualTo(new LlmUsage(44, 23, 0));
    }

    @Test
    void ollamaWithoutAKey() throws IOException {
        reply(RecordedReply.of("openai-compatible/ollama-local_chat_completion_200"));
        LlmConfig config = LlmConfig.builder("ollama").model("gemma3:4b").baseUrl(server.baseUrl() + "/v1").build();

        LlmReply reply = LlmClients.create(config, transport, Map.<String, String>of()::get).chat(text("4200 + 42?"));

        assertThat(reply.text()).isEqualTo("4200 + 42 = 4242");
        assertThat(reply.usage()).isEqualTo(new LlmUsage(21, 16, 0));
        server.verify(postRequestedFor(urlPathEqualTo(PATH)).withoutHeader("Authorization"));
    }

    // --- structured output where the endpoint cannot ---

    @Test
    void anEndpointRefusingStopIsAskedAgainWithoutIt() {
        // the real 400 names param "stop"; the stop sequence is then applied here
        server.stubFor(post(PATH).inScenario("stop").whenScenarioStateIs(STARTED)
                .willReturn(RecordedReply.of("openai-chat/error_400_unsupported-parameter")).willSetStateTo("no stop"));
        server.stubFor(post(PATH).inScenario("stop").whenScenarioStateIs("no stop")
                .willReturn(RecordedReply.of("openai-compatible/together_chat_completion_200")));
        LlmClient client = openai();

        LlmRequest request = new LlmRequest("", "4200 + 42?", 100, 0.0, null, null, List.of("4242"));
        assertThat(client.chat(request).text()).isEqualTo("To find the answer, add 4200 and 42.\n\n4200 + 42 =");
        assertThat(client.chat(request).text()).isEqualTo("To find the answer, add 4200 and 42.\n\n4200 + 42 =");

        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent =
                server.findAll(postRequestedFor(urlPathEqualTo(PATH)));
        assertThat(sent).hasSize(3); // the refusal is remembered
        assertThat(sent.get(0).getBodyAsString()).contains("\"stop\":[\"4242\"]");
        assertThat(sent.get(1).getBodyAsString()).doesNotContain("\"stop\"");
        assertThat(sent.get(2).getBodyAsString()).doesNotContain("\"stop\"");
    }

    @Test
    void anEndpointWantingMaxCompletionTokensGetsIt() {
        // CONSTRUCTED on the recorded unsupported-parameter error: what OpenAI's reasoning models say to max_tokens
        server.stubFor(post(PATH).withRequestBody(matchingJsonPath("$.max_tokens"))
                .willReturn(status(400).withHeader("Content-Type", "application/json").withBody("{\"error\":{"
                        + "\"message\":\"Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                        + "'max_completion_tokens' instead.\",\"type\":\"invalid_request_error\",\"param\":"
                        + "\"max_tokens\",\"code\":\"unsupported_parameter\"}}")));
        server.stubFor(post(PATH).withRequestBody(matchingJsonPath("$.max_completion_tokens", equalTo("100")))
                .willReturn(RecordedReply.of("openai-chat/chat_completion_200_plain_stop-seq")));
        LlmClient client = client("azure-gateway", "o4-mini");

        assertThat(client.chat(text("4200 + 42?")).text()).isEqualTo("4200 + 42 equals");
        assertThat(client.chat(text("4200 + 42?")).text()).isEqualTo("4200 + 42 equals");

        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(3);
    }

    @Test
    void responseFormatRefusedFallsBackToJsonObjectThenRemembers() throws IOException {
        // CONSTRUCTED: DeepSeek's error shape with the message it gives for an unsupported response_format
        server.stubFor(post(PATH).withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .willReturn(status(400).withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\""
                        + ":\"This response_format type is unavailable now\",\"type\":\"invalid_request_error\","
                        + "\"param\":null,\"code\":\"invalid_request_error\"}}")));
        server.stubFor(post(PATH).withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .willReturn(RecordedReply.of("openai-chat/chat_completion_200_json-object")));
        LlmClient client = client("deepseek", "deepseek-chat");

        LlmReply first = client.chat(json("Count."));
        LlmReply second = client.chat(json("Count again."));

        assertThat(first.text()).isEqualTo("{\"value\":467}");
        assertThat(second.text()).isEqualTo("{\"value\":467}");
        assertThat(first.usage()).isEqualTo(new LlmUsage(102, 9, 0));
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(3);
        // json_object needs the schema in the prompt
        server.verify(2, postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", com.github.tomakehurst.wiremock.client
                        .WireMock.containing("JSON Schema (answer)"))));
    }

    @Test
    void jsonInTextIsRepairedOnce() throws IOException {
        // CONSTRUCTED on the Ollama reply's shape: the first answer is prose around broken JSON, the repair is clean
        String broken = completion("Sure! Here it is:\\n```json\\n{\\\"value\\\": 467,\\n```", "stop", 30, 12);
        String fixed = completion("```json\\n{\\\"value\\\": 467}\\n```", "stop", 60, 8);
        server.stubFor(post(PATH).inScenario("repair").whenScenarioStateIs(STARTED)
                .willReturn(okJson(broken)).willSetStateTo("repaired"));
        server.stubFor(post(PATH).inScenario("repair").whenScenarioStateIs("repaired").willReturn(okJson(fixed)));
        LlmClient client = client("ollama", "gemma3:4b");

        LlmReply reply = client.chat(json("Count."));

        assertThat(reply.text()).isEqualTo("{\"value\":467}");
        assertThat(reply.usage()).isEqualTo(new LlmUsage(90, 20, 0)); // both calls count
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent =
                server.findAll(postRequestedFor(urlPathEqualTo(PATH)));
        JsonNode repair = JSON.readTree(sent.get(1).getBodyAsString());
        assertThat(repair.at("/messages/2/role").asText()).isEqualTo("assistant");
        assertThat(repair.at("/messages/2/content").asText()).isEqualTo("Sure! Here it is:\n```json\n{\"value\": 467,\n```");
        assertThat(repair.at("/messages/3/content").asText()).startsWith("Your reply could not be used: the reply is "
                + "not valid JSON: ");
    }

    @Test
    void jsonStillBrokenAfterTheRepairIsAMalformedReply() throws IOException {
        // CONSTRUCTED: the model answers prose twice
        server.stubFor(post(PATH).willReturn(okJson(completion("I cannot count that.", "stop", 30, 5))));

        LlmMalformedReplyException e = catchThrowableOfType(LlmMalformedReplyException.class,
                () -> client("ollama", "gemma3:4b").chat(json("Count.")));

        assertThat(e).hasMessage("ollama (gemma3:4b): no usable JSON for schema answer even after one repair request: "
                + "the reply holds no JSON object: it starts 'I cannot count that.'");
        assertThat(e.reply()).get().extracting(LlmReply::usage).isEqualTo(new LlmUsage(60, 10, 0));
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(2);
    }

    @Test
    void aTextReplyCutOffByTheTokenLimitSaysSo() {
        // CONSTRUCTED on OpenAI's shape: finish_reason "length"
        server.stubFor(post(PATH).willReturn(okJson(completion("The three themes are: first,", "length", 40, 100))));

        LlmReply reply = openai().chat(text("Summarise."));

        assertThat(reply.truncated()).isTrue();
        assertThat(reply.finishReason()).isEqualTo("length");
        assertThat(reply.text()).isEqualTo("The three themes are: first,");
    }

    @Test
    void jsonCutOffByTheTokenLimitIsNotRepaired() throws IOException {
        // CONSTRUCTED: a repair would be cut off at the same limit
        server.stubFor(post(PATH).willReturn(okJson(completion("{\\\"value\\\": 4", "length", 40, 200))));

        LlmMalformedReplyException e = catchThrowableOfType(LlmMalformedReplyException.class,
                () -> openai().chat(json("Count.")));

        assertThat(e.getMessage()).startsWith("openai (gpt-4o): the reply was cut off by the token limit (maxTokens 200)"
                + " before its JSON was complete: the reply is not valid JSON: ");
        assertThat(e.reply()).get().extracting(LlmReply::truncated).isEqualTo(true);
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void thinkTagsInTheContentGoToTheReasoning() {
        // CONSTRUCTED: open reasoning models served raw (qwen3, deepseek-r1 distills) think inside the content
        server.stubFor(post(PATH).willReturn(okJson(completion("<think>\\nThe user wants Chinese.\\n</think>\\n\\n"
                + "注意力蒸馏", "stop", 10, 20))));

        LlmReply reply = client("ollama", "qwen3:8b").chat(text("Translate."));

        assertThat(reply.text()).isEqualTo("注意力蒸馏");
        assertThat(reply.reasoning()).isEqualTo("The user wants Chinese.");
    }

    // --- errors: real recorded ---

    @Test
    void invalidKey() {
        reply(RecordedReply.of("openai-chat/error_401_invalid-api-key"));

        LlmAuthenticationException e = catchThrowableOfType(LlmAuthenticationException.class,
                () -> openai().chat(text("Hi")));

        assertThat(e.provider()).isEqualTo("openai");
        assertThat(e.model()).isEqualTo("gpt-4o");
        assertThat(e).hasMessage("openai (gpt-4o): the API key was refused (HTTP 401 invalid_request_error: Incorrect "
                + "API key provided: invalid-*****2345. You can find your API key at "
                + "https://platform.openai.com/account/api-keys.) (" + server.baseUrl() + PATH + ")");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void modelNotFound() {
        reply(RecordedReply.of("openai-chat/error_404_model-not-found"));

        LlmModelNotFoundException e = catchThrowableOfType(LlmModelNotFoundException.class,
                () -> client("openai", "this-model-does-not-exist-12345").chat(text("Hi")));

        assertThat(e).hasMessageStartingWith("openai (this-model-does-not-exist-12345): the provider does not know "
                + "model 'this-model-does-not-exist-12345': HTTP 404 invalid_request_error: The model "
                + "`this-model-does-not-exist-12345` does not exist or you do not have access to it.");
    }

    @Test
    void contextTooLongInEveryDialect() {
        record Case(String provider, String fixture, String words) {
        }
        for (Case c : List.of(
                new Case("openai", "openai-chat/error_400_context-length-exceeded_responses-api",
                        "Your input exceeds the context window of this model."),
                new Case("deepseek", "openai-compatible/deepseek_error_400_context-length",
                        "This model's maximum context length is 1048565 tokens."),
                new Case("openrouter", "openai-compatible/openrouter_error_400_context-length",
                        "This endpoint's maximum context length is 200000 tokens."),
                new Case("ollama", "openai-compatible/ollama-cloud_error_400_prompt-too-long",
                        "prompt too long; exceeded max context length by 1119046 tokens"))) {
            server.resetAll();
            reply(RecordedReply.of(c.fixture()));

            LlmContextTooLongException e = catchThrowableOfType(LlmContextTooLongException.class,
                    () -> client(c.provider(), "m").chat(text("long")));

            assertThat(e).as(c.fixture()).hasMessageStartingWith(c.provider() + " (m): the request is longer than "
                    + "the model's context window: HTTP 400").hasMessageContaining(c.words());
            assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).as(c.fixture()).hasSize(1);
        }
    }

    @Test
    void authenticationInEveryDialect() {
        for (String[] c : new String[][] {
                {"deepseek", "openai-compatible/deepseek_error_401_authentication",
                        "Authentication Fails, Your api key: ****-key is invalid"},
                {"openrouter", "openai-compatible/openrouter_error_401_missing-auth", "Missing Authentication header"},
                {"ollama", "openai-compatible/ollama-cloud_error_401", "Unauthorized"}}) {
            server.resetAll();
            reply(RecordedReply.of(c[1]));

            LlmAuthenticationException e = catchThrowableOfType(LlmAuthenticationException.class,
                    () -> client(c[0], "m").chat(text("Hi")));

            assertThat(e).as(c[1]).hasMessageStartingWith(c[0] + " (m): the API key was refused (HTTP 401")
                    .hasMessageContaining(c[2]);
        }
    }

    @Test
    void openRouterRateLimitWithAnIntegerCodeAndNoRetryAfter() {
        reply(RecordedReply.of("openai-compatible/openrouter_error_429_rate-limit"));

        LlmRateLimitException e = catchThrowableOfType(LlmRateLimitException.class,
                () -> client("openrouter", "meta-llama/llama-3.2-3b-instruct:free").chat(text("Hi")));

        assertThat(e.retryAfter()).isEmpty();
        assertThat(e).hasMessageContaining("limited to 1 requests per minute");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(3); // backed off and retried
    }

    @Test
    void openAiRequestTooLargeForTheTokensPerMinute() {
        reply(RecordedReply.of("openai-chat/error_429_rate-limit-exceeded_tpm-request-too-large"));

        LlmRateLimitException e = catchThrowableOfType(LlmRateLimitException.class,
                () -> client("openai", "gpt-5-nano").chat(text("huge")));

        assertThat(e).hasMessageContaining("Request too large for gpt-5-nano in organization");
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void anUnknownBadRequestIsAGenericError() {
        reply(RecordedReply.of("openai-chat/error_400_invalid-image-format"));

        LlmException e = catchThrowableOfType(LlmException.class, () -> openai().chat(text("See the image.")));

        assertThat(e.getClass()).isEqualTo(LlmException.class);
        assertThat(e).hasMessageStartingWith("openai (gpt-4o): request refused: HTTP 400 invalid_request_error: "
                + "You uploaded an unsupported image.");
    }

    // --- errors: CONSTRUCTED ---

    @Test
    void tooManyRequestsIsRetriedAfterRetryAfter() {
        server.stubFor(post(PATH).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(status(429).withHeader("Retry-After", "7").withBody(RecordedReply.body(
                        "openai-chat/error_429_rate-limit-exceeded_tpm-request-too-large"))).willSetStateTo("ok"));
        server.stubFor(post(PATH).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(RecordedReply.of("openai-chat/chat_completion_200_plain_stop-seq")));

        LlmReply reply = openai().chat(text("4200 + 42?"));

        assertThat(reply.text()).isEqualTo("4200 + 42 equals");
        assertThat(time.sleeps()).contains(Duration.ofSeconds(7));
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(2);
    }

    @Test
    void tooManyRequestsUntilTheRetriesRunOut() {
        server.stubFor(post(PATH).willReturn(status(429).withHeader("Retry-After", "20")
                .withBody(RecordedReply.body("openai-chat/error_429_rate-limit-exceeded_tpm-request-too-large"))));

        LlmRateLimitException e = catchThrowableOfType(LlmRateLimitException.class, () -> openai().chat(text("Hi")));

        assertThat(e).hasMessageStartingWith("openai (gpt-4o): rate limited: HTTP 429 Too Many Requests, Retry-After "
                + "20 s: Request too large for gpt-5-nano in organization");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(20));
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(3);
    }

    @Test
    void serverErrorsAreRetriedThenUnavailable() {
        server.stubFor(post(PATH).willReturn(status(502)));

        LlmUnavailableException e = catchThrowableOfType(LlmUnavailableException.class, () -> openai().chat(text("Hi")));

        assertThat(e).hasMessage("openai (gpt-4o): unavailable: HTTP 502 Bad Gateway ("
                + server.baseUrl() + PATH + ")");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(3);
    }

    @Test
    void anUnknownHostIsUnavailableAtOnceAndSaysSo() throws IOException {
        AtomicInteger lookups = new AtomicInteger();
        CloseableHttpClient offline = OfflineHttpClient.create(lookups); // no DNS, and no request leaves
        LlmConfig config = LlmConfig.builder("openai").model("gpt-4o").build(); // OpenAI's own base URL
        try (offline; HttpTransport http = HttpTransport.builder().timeSource(time).maxAttempts(3).httpClient(offline)
                .build()) {
            LlmClient client = LlmClients.create(config, http, Map.of("OPENAI_API_KEY", KEY)::get);

            assertThat(catchThrowableOfType(LlmUnavailableException.class, () -> client.chat(text("Hi"))))
                    .hasMessage("openai (gpt-4o): unavailable: unknown host api.openai.com (DNS lookup failed; "
                            + "offline?) (https://api.openai.com/v1/chat/completions)");
        }
        // not retried, as the message no longer claims
        assertThat(lookups).hasValue(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aWrongBaseUrlIsNamed() {
        // CONSTRUCTED: a web server's own 404 page, not an API error document
        server.stubFor(post(PATH).willReturn(status(404).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>Not Found</h1></body></html>")));

        LlmException e = catchThrowableOfType(LlmException.class, () -> openai().chat(text("Hi")));

        assertThat(e.getClass()).isEqualTo(LlmException.class);
        assertThat(e).hasMessage("openai (gpt-4o): request refused: HTTP 404: HTTP 404 Not Found: <html><body><h1>Not "
                + "Found</h1></body></html> (" + server.baseUrl() + PATH + "); is the base URL right? It usually ends "
                + "in /v1");
    }

    @Test
    void aBodyThatIsNotACompletionIsMalformed() {
        // CONSTRUCTED: a captive portal or proxy answering 200 with HTML
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withBody("<html>Please log in</html>")));

        LlmMalformedReplyException e = catchThrowableOfType(LlmMalformedReplyException.class,
                () -> openai().chat(text("Hi")));

        assertThat(e.getMessage()).startsWith("openai (gpt-4o): the body is not a Completion of the protocol (")
                .endsWith("it starts '<html>Please log in</html>' (" + server.baseUrl() + PATH + ")");
        assertThat(e.reply()).isEmpty();
    }

    @Test
    void aCompletionWithoutChoicesIsMalformed() {
        server.stubFor(post(PATH).willReturn(okJson("{\"id\":\"x\",\"choices\":[],\"usage\":{}}")));

        assertThat(catchThrowableOfType(LlmMalformedReplyException.class, () -> openai().chat(text("Hi"))))
                .hasMessage("openai (gpt-4o): the reply has no choices (" + server.baseUrl() + PATH + ")");
    }

    @Test
    void aSilentProviderTimesOut() throws IOException {
        server.stubFor(post(PATH).willReturn(RecordedReply.of("openai-chat/chat_completion_200_plain_stop-seq")
                .withFixedDelay(2000)));
        LlmConfig config = LlmConfig.builder("openai").model("gpt-4o").baseUrl(server.baseUrl() + "/v1")
                .timeout(Duration.ofMillis(300)).build();
        try (HttpTransport oneAttempt = HttpTransport.builder().maxAttempts(1).build()) {
            LlmClient client = LlmClients.create(config, oneAttempt, Map.of("OPENAI_API_KEY", KEY)::get);

            assertThat(catchThrowableOfType(LlmUnavailableException.class, () -> client.chat(text("Hi"))))
                    .hasMessageStartingWith("openai (gpt-4o): unavailable: timed out");
        }
    }

    /** A chat completion in OpenAI's shape; {@code content} is already escaped for JSON. */
    private static String completion(String content, String finishReason, int promptTokens, int completionTokens) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"},\"finish_reason\":\""
                + finishReason + "\"}],\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":"
                + completionTokens + ",\"total_tokens\":" + (promptTokens + completionTokens) + "}}";
    }
}
