package io.academichub.internal;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void credentialParametersAreMaskedAndTheRestOfTheUrlIsKept() {
        URI uri = URI.create("https://pubmed-mirror.example.org/entrez/eutils/esearch.fcgi?db=pubmed&term=tp53"
                + "&api_key=abcdef0123456789&tool=academichub&TOKEN=s3cret&key=AIza&sig=x1&X-Amz-Signature=f00"
                + "&password=pw&client_secret=cs&access_token=at&apikey=ak&keywords=kept&monkey=kept");

        assertThat(Redaction.redact(uri)).hasToString("https://pubmed-mirror.example.org/entrez/eutils/esearch.fcgi"
                + "?db=pubmed&term=tp53&api_key=***&tool=academichub&TOKEN=***&key=***&sig=***&X-Amz-Signature=***"
                + "&password=***&client_secret=***&access_token=***&apikey=***&keywords=kept&monkey=kept");
    }

    @Test
    void pagingTokensAreCursorsAndStayReadable() {
        URI uri = URI.create("https://oai-mirror.example.org/oai2?verb=ListRecords&resumptionToken=726959%7C1001"
                + "&pageToken=p2&nextPageToken=p3&token=secret");

        assertThat(Redaction.redact(uri)).hasToString("https://oai-mirror.example.org/oai2?verb=ListRecords"
                + "&resumptionToken=726959%7C1001&pageToken=p2&nextPageToken=p3&token=***");
    }

    @Test
    void aUserAndPasswordAreMasked() {
        assertThat(Redaction.redact(URI.create("https://reader:hunter2@mirror.example.org/rss?x=1")))
                .hasToString("https://***@mirror.example.org/rss?x=1");
        assertThat(Redaction.redact("failed: see http://u:p@host.example/a?token=t and ftp://me@files.example/"))
                .isEqualTo("failed: see http://***@host.example/a?token=*** and ftp://***@files.example/");
    }

    @Test
    void aUrlWithoutCredentialsIsTheSameInstance() {
        URI uri = URI.create("https://api.crossref.org/works?filter=issn:1932-6203&cursor=*&mailto=me@example.org");

        assertThat(Redaction.redact(uri)).isSameAs(uri);
        assertThat(Redaction.redact((URI) null)).isNull();
        assertThat(Redaction.redact("an e-mail me@example.org is not a credential")).isEqualTo(
                "an e-mail me@example.org is not a credential");
    }

    @Test
    void credentialHeadersAreKnown() {
        assertThat(Redaction.headerValue("Authorization", "Bearer sk-1")).isEqualTo("***");
        assertThat(Redaction.headerValue("x-api-key", "sk-ant")).isEqualTo("***");
        assertThat(Redaction.headerValue("Cookie", "s=1")).isEqualTo("***");
        assertThat(Redaction.headerValue("X-Refresh-Token", "t")).isEqualTo("***");
        assertThat(Redaction.headerValue("anthropic-version", "2023-06-01")).isEqualTo("2023-06-01");
    }
}
