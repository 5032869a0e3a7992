package io.academichub.http;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Credentials in query strings (NCBI's api_key) never reach the transport's log lines. */
class HttpTransportRedactionTest {

    @Test
    void credentialValuesAreMaskedAndTheRestOfTheUrlIsKept() {
        URI uri = URI.create("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed&term=tp53"
                + "&api_key=abcdef0123456789&tool=academichub&TOKEN=s3cret");

        assertThat(HttpTransport.redacted(uri)).isEqualTo("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi"
                + "?db=pubmed&term=tp53&api_key=***&tool=academichub&TOKEN=***");
    }

    @Test
    void aUrlWithoutCredentialsIsUnchanged() {
        URI uri = URI.create("https://api.crossref.org/works?filter=issn:1932-6203&monkey=1&cursor=*");

        assertThat(HttpTransport.redacted(uri)).isEqualTo(uri.toString());
    }
}
