package io.academichub.source;

import io.academichub.error.FeedFormatException;
import io.academichub.error.RateLimitedException;
import io.academichub.error.SourceException;
import io.academichub.error.SourceRejectedException;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** However an adapter builds an error from what a server sent, the message is one clean line of bounded length. */
class SourceExceptionTest {

    @Test
    void serverTextInADetailIsOneCleanLine() {
        SourceRejectedException e = new SourceRejectedException("medrxiv", URI.create("https://api.biorxiv.org/x"),
                200, "service said: bad\nmedrxiv OK 999/999\u001B[2K\u001B[1A", null);

        assertThat(e.detail()).isEqualTo("service said: bad medrxiv OK 999/999");
        assertThat(e.getMessage()).isEqualTo("medrxiv: service said: bad medrxiv OK 999/999 (https://api.biorxiv.org/x)");
        assertThat(SourceReport.failed("medrxiv", -1, 0, List.of("x\ny"), e).summary())
                .isEqualTo("medrxiv FAILED: service said: bad medrxiv OK 999/999 (https://api.biorxiv.org/x)"
                        + " [warning: x y]");
    }

    @Test
    void aHugeDetailIsCut() {
        SourceException e = new SourceException("crossref", null, "message: " + "m".repeat(6_750_000), null);

        assertThat(e.detail()).hasSize(SourceException.MAX_DETAIL).endsWith("m…");
        assertThat(e.getMessage()).hasSize(SourceException.MAX_DETAIL + "crossref: ".length());
    }

    @Test
    void aFormatErrorKeepsItsPositionWhenCut() {
        FeedFormatException e = new FeedFormatException("x", null, 3, 14, "z".repeat(1000), null);

        assertThat(e.detail()).endsWith("z… at line 3, column 14").hasSizeLessThanOrEqualTo(SourceException.MAX_DETAIL);
    }

    @Test
    void aResponseBodyIsKeptUpToTheCapWhicheverExceptionHoldsIt() {
        String body = "{\"error\": \"" + "e".repeat(SourceException.MAX_BODY_CHARS) + "\"}";
        URI uri = URI.create("https://api.example.org/x");

        assertThat(new SourceRejectedException("s", uri, 400, "HTTP 400", body).responseBody())
                .hasSize(SourceException.MAX_BODY_CHARS).startsWith("{\"error\": \"eee");
        assertThat(new RateLimitedException("s", uri, null, "HTTP 429", body).responseBody())
                .hasSize(SourceException.MAX_BODY_CHARS);
        // a surrogate pair at the cut is not split into half a character
        String emoji = "x".repeat(SourceException.MAX_BODY_CHARS - 1) + "\uD83D\uDE00";
        assertThat(new SourceRejectedException("s", uri, 400, "HTTP 400", emoji).responseBody())
                .hasSize(SourceException.MAX_BODY_CHARS - 1);
    }

    @Test
    void aRefusalAParserMadeGetsTheBodyItStreamedOnlyWhenItHasNone() {
        URI uri = URI.create("https://feeds.example.org/rss/astroph");
        SourceRejectedException fromParser = new SourceRejectedException("arxiv:astroph", uri, 200,
                "Feed error for query: Bad archive 'astroph'", null);

        SourceRejectedException withBody = fromParser.withResponseBody("<rss>…</rss>");

        assertThat(withBody.responseBody()).isEqualTo("<rss>…</rss>");
        assertThat(withBody.getMessage()).isEqualTo(fromParser.getMessage());
        assertThat(withBody.status()).isEqualTo(200);
        assertThat(withBody.withResponseBody("another")).isSameAs(withBody);
    }
}
