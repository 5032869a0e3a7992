package io.academichub.llm.provider;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.academichub.http.HttpTransport;
import io.academichub.llm.LlmClient;
import io.academichub.llm.LlmException;
import io.academichub.llm.LlmRequest;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The API key reaches the provider's header and nothing else: not a log line (slf4j-simple at DEBUG for
 * io.academichub, see simplelogger.properties, written to a captured System.err), not an exception message or
 * stack trace, not a toString — through every failure path, including a server that echoes the key back.
 */
class KeysNeverShownTest {

    private static final String KEY = "sk-SECRET-9f8e7d6c5b4a3210zyxwvutsrq";
    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

    @Test
    void theKeyIsNeverShown() throws IOException {
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
                .as("the test needs slf4j-simple to capture log lines").contains("Simple");
        List<Object> shown = new ArrayList<>();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (HttpTransport transport = HttpTransport.builder().timeSource(new FakeTimeSource()).maxAttempts(2).build()) {
            Function<String, String> environment = Map.of("OPENAI_API_KEY", KEY, "ANTHROPIC_API_KEY", KEY)::get;
            LlmConfig openaiConfig = LlmConfig.builder("openai").baseUrl(server.baseUrl() + "/v1").build();
            LlmConfig anthropicConfig = LlmConfig.builder("anthropic").baseUrl(server.baseUrl() + "/v1").build();
            LlmConfig configured = LlmConfig.builder("vllm").model("m").apiKey(KEY).build();
            LlmClient openai = LlmClients.create(openaiConfig, transport, environment);
            LlmClient anthropic = LlmClients.create(anthropicConfig, transport, environment);
            shown.add(openai);
            shown.add(anthropic);
            shown.add(configured);
            shown.add(openaiConfig);
            LlmRequest hello = LlmRequest.text("", "Hello", 10);

            for (var response : List.of(
                    RecordedReply.of("openai-chat/error_401_invalid-api-key"),
                    // CONSTRUCTED: a careless server that quotes the whole key back
                    status(401).withBody("{\"error\":{\"message\":\"Invalid key " + KEY + "\",\"code\":401}}"),
                    status(400).withBody("{\"error\":{\"message\":\"Bad request for key Bearer " + KEY + "\"}}"),
                    status(404).withBody("no such route for " + KEY),
                    status(429).withHeader("Retry-After", "3").withBody("{\"error\":{\"message\":\"slow down " + KEY
                            + "\"}}"),
                    status(503).withBody(KEY),
                    okJson("not json " + KEY),
                    okJson("{\"choices\":[{\"message\":{\"content\":\"prose\"},\"finish_reason\":\"stop\"}],"
                            + "\"content\":[{\"type\":\"text\",\"text\":\"prose\"}]}"))) {
                server.resetAll();
                server.stubFor(post("/v1/chat/completions").willReturn(response));
                server.stubFor(post("/v1/messages").willReturn(response));
                for (LlmClient client : List.of(openai, anthropic)) {
                    try {
                        shown.add(client.chat(hello));
                    } catch (LlmException e) {
                        shown.add(e);
                    }
                    try {
                        shown.add(client.chat(LlmRequest.json("", "Hello", 10, "answer",
                                HttpChatClient.JSON.readTree("{\"type\":\"object\"}"))));
                    } catch (LlmException e) {
                        shown.add(e);
                    }
                }
            }
            shown.add(catchThrowableOfType(LlmException.class,
                    () -> LlmClients.create(openaiConfig, transport, Map.<String, String>of()::get)));
        } finally {
            System.setErr(err);
        }

        server.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
        server.verify(postRequestedFor(urlPathEqualTo("/v1/messages")).withHeader("x-api-key", equalTo(KEY)));
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).as("the capture works").contains("retrying").contains("openai (gpt-4o-mini)");
        assertThat(logged).doesNotContain(KEY);
        assertThat(shown).hasSizeGreaterThan(30);
        for (Object thing : shown) {
            String text = thing instanceof Throwable t ? stackTrace(t) : thing.toString();
            assertThat(text).as(thing.getClass().getSimpleName()).doesNotContain(KEY);
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
