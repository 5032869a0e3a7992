package io.academichub.llm.provider;

import io.academichub.error.SourceRejectedException;
import io.academichub.llm.LlmAuthenticationException;
import io.academichub.llm.LlmContextTooLongException;
import io.academichub.llm.LlmModelNotFoundException;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static io.academichub.llm.provider.ErrorMapper.Kind.AUTHENTICATION;
import static io.academichub.llm.provider.ErrorMapper.Kind.CONTEXT_TOO_LONG;
import static io.academichub.llm.provider.ErrorMapper.Kind.MODEL_NOT_FOUND;
import static io.academichub.llm.provider.ErrorMapper.Kind.REJECTED;
import static io.academichub.llm.provider.ErrorMapper.Kind.UNSUPPORTED_PARAMETER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error documents of servers with no recording in the fixtures, CONSTRUCTED from their documented or source-code
 * shapes (see PROVENANCE.md): each lands in the right kind. The recorded ones are tested end to end in the client
 * tests.
 */
class ErrorMapperTest {

    private static final String KEY = "sk-echoed-0123456789";
    private final ErrorMapper mapper = new ErrorMapper("p", "m", KEY, HttpChatClient.JSON);

    private ErrorMapper.ProviderError classify(int status, String body) {
        return mapper.classify(new SourceRejectedException("p", URI.create("http://localhost:1/v1/chat/completions"),
                status, "HTTP " + status, body));
    }

    @Test
    void vllmFlatErrors() {
        ErrorMapper.ProviderError notFound = classify(404, "{\"object\":\"error\",\"message\":\"The model `llama-3` "
                + "does not exist.\",\"type\":\"NotFoundError\",\"param\":null,\"code\":404}");
        assertThat(notFound.kind()).isEqualTo(MODEL_NOT_FOUND);
        assertThat(notFound.message()).isEqualTo("The model `llama-3` does not exist.");
        assertThat(notFound.code()).isEqualTo("404");

        assertThat(classify(400, "{\"object\":\"error\",\"message\":\"This model's maximum context length is 4096 "
                + "tokens. However, you requested 5000 tokens (4000 in the messages, 1000 in the completion).\","
                + "\"type\":\"BadRequestError\",\"param\":null,\"code\":400}").kind()).isEqualTo(CONTEXT_TOO_LONG);
    }

    @Test
    void ollamaModelNotPulled() {
        assertThat(classify(404, "{\"error\":{\"message\":\"model \\\"qwen3:8b\\\" not found, try pulling it first\","
                + "\"type\":\"api_error\",\"param\":null,\"code\":null}}").kind()).isEqualTo(MODEL_NOT_FOUND);
        // Ollama's native API says it as a bare string
        ErrorMapper.ProviderError bare = classify(404, "{\"error\":\"model 'qwen3:8b' not found\"}");
        assertThat(bare.kind()).isEqualTo(MODEL_NOT_FOUND);
        assertThat(bare.message()).isEqualTo("model 'qwen3:8b' not found");
    }

    @Test
    void anthropicRequestTooLarge() {
        assertThat(classify(413, "{\"type\":\"error\",\"error\":{\"type\":\"request_too_large\",\"message\":"
                + "\"Request exceeds the maximum allowed number of bytes.\"}}").kind()).isEqualTo(CONTEXT_TOO_LONG);
    }

    @Test
    void unsupportedParametersAreNamed() {
        ErrorMapper.ProviderError temperature = classify(400, "{\"error\":{\"message\":\"Unsupported value: "
                + "'temperature' does not support 0 with this model. Only the default (1) value is supported.\","
                + "\"type\":\"invalid_request_error\",\"param\":\"temperature\",\"code\":\"unsupported_value\"}}");
        assertThat(temperature.kind()).isEqualTo(UNSUPPORTED_PARAMETER);
        assertThat(temperature.names("temperature")).isTrue();
        assertThat(temperature.names("stop")).isFalse();

        ErrorMapper.ProviderError format = classify(400, "{\"error\":{\"message\":\"This response_format type is "
                + "unavailable now\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_request_error\"}}");
        assertThat(format.kind()).isEqualTo(UNSUPPORTED_PARAMETER);
        assertThat(format.names("response_format")).isTrue();
        assertThat(format.names("format")).isFalse(); // whole words only
    }

    @Test
    void forbiddenIsAnAuthenticationProblem() {
        ErrorMapper.ProviderError region = classify(403, "{\"error\":{\"code\":\"unsupported_country_region_territory\","
                + "\"message\":\"Country, region, or territory not supported\",\"param\":null,"
                + "\"type\":\"request_forbidden\"}}");
        assertThat(region.kind()).isEqualTo(AUTHENTICATION);
        assertThat(mapper.toException(region)).isInstanceOf(LlmAuthenticationException.class);
    }

    @Test
    void anythingElseIsRejectedWithTheBodysStart() {
        ErrorMapper.ProviderError html = classify(400, "<html>\n<body>Bad   Request</body></html>");
        assertThat(html.kind()).isEqualTo(REJECTED);
        assertThat(html.message()).isEqualTo("HTTP 400: <html> <body>Bad Request</body></html>");
    }

    @Test
    void anEchoedKeyIsRemoved() {
        ErrorMapper.ProviderError echoed = classify(401, "{\"error\":{\"message\":\"Invalid key " + KEY + "\"}}");
        assertThat(echoed.message()).isEqualTo("Invalid key ***");
        assertThat(mapper.toException(echoed).getMessage()).doesNotContain(KEY);
    }

    @Test
    void theTypedExceptions() {
        assertThat(mapper.toException(classify(400, "{\"error\":{\"message\":\"prompt is too long\"}}")))
                .isInstanceOf(LlmContextTooLongException.class);
        assertThat(mapper.toException(classify(404, "{\"error\":\"model 'x' not found\"}")))
                .isInstanceOf(LlmModelNotFoundException.class)
                .hasMessage("p (m): the provider does not know model 'm': HTTP 404: model 'x' not found "
                        + "(http://localhost:1/v1/chat/completions)");
    }
}
