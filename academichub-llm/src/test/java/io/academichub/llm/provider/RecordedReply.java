package io.academichub.llm.provider;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.academichub.testing.Fixtures;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * A recorded reply from {@code src/test/resources/fixtures}: the body ({@code NAME.json}) as the service sent it, with
 * the status and headers recorded next to it ({@code NAME.headers.txt}: {@code HTTP 429 Too Many Requests}, then one
 * {@code Name: value} per line). Headers describing the transfer of the original bytes (gzip, chunked, length) are
 * left to WireMock, since the saved body is already decoded.
 */
public final class RecordedReply {

    private static final Set<String> TRANSFER_HEADERS = Set.of("content-encoding", "transfer-encoding",
            "content-length", "connection");

    private RecordedReply() {
    }

    /** The reply recorded as {@code fixtures/NAME.json} with {@code fixtures/NAME.headers.txt}. */
    public static ResponseDefinitionBuilder of(String name) {
        List<String> lines = Fixtures.text("fixtures/" + name + ".headers.txt").lines().toList();
        String[] statusLine = lines.get(0).split(" ", 3);
        ResponseDefinitionBuilder response = aResponse().withStatus(Integer.parseInt(statusLine[1]))
                .withBody(Fixtures.bytes("fixtures/" + name + ".json"));
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            String header = line.substring(0, colon).strip();
            if (!TRANSFER_HEADERS.contains(header.toLowerCase(Locale.ROOT))) {
                response = response.withHeader(header, line.substring(colon + 1).strip());
            }
        }
        return response;
    }

    /** The body of a recorded reply, for stubs that change one thing of it. */
    public static String body(String name) {
        return Fixtures.text("fixtures/" + name + ".json");
    }
}
