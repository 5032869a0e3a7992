package io.academichub.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperIdTest {

    @ParameterizedTest(name = "{0} -> {1} v{2}")
    @CsvSource(delimiter = '|', value = {
            // new-style ids, bare and prefixed
            "2606.20005                                    | arxiv:2606.20005        | 0",
            "2606.20005v1                                  | arxiv:2606.20005        | 1",
            "2606.20005v12                                 | arxiv:2606.20005        | 12",
            "0704.0001                                     | arxiv:0704.0001         | 0",
            "arXiv:2606.20005v3                            | arxiv:2606.20005        | 3",
            "ARXIV:2606.20005                              | arxiv:2606.20005        | 0",
            "'  2606.20005v2 '                             | arxiv:2606.20005        | 2",
            // old-style ids
            "hep-th/9901001                                | arxiv:hep-th/9901001    | 0",
            "hep-th/9901001v2                              | arxiv:hep-th/9901001    | 2",
            "astro-ph/0601001v1                            | arxiv:astro-ph/0601001  | 1",
            "math.PR/0601001                               | arxiv:math.PR/0601001   | 0",
            "math.PR/0601001v4                             | arxiv:math.PR/0601001   | 4",
            // abs and pdf URLs, http and https, export mirror, .pdf suffix, trailing slash
            "https://arxiv.org/abs/2606.20005              | arxiv:2606.20005        | 0",
            "https://arxiv.org/abs/2606.20005v2            | arxiv:2606.20005        | 2",
            "http://arxiv.org/abs/2606.20005v1             | arxiv:2606.20005        | 1",
            "https://arxiv.org/pdf/2606.20005              | arxiv:2606.20005        | 0",
            "https://arxiv.org/pdf/2606.20005v1            | arxiv:2606.20005        | 1",
            "https://arxiv.org/pdf/2606.20005v1.pdf        | arxiv:2606.20005        | 1",
            "http://arxiv.org/pdf/2606.20005.pdf           | arxiv:2606.20005        | 0",
            "https://arxiv.org/abs/2606.20005/             | arxiv:2606.20005        | 0",
            "https://www.arxiv.org/abs/2606.20005          | arxiv:2606.20005        | 0",
            "http://export.arxiv.org/abs/2606.20005v3      | arxiv:2606.20005        | 3",
            "https://export.arxiv.org/pdf/2606.20005v3.pdf | arxiv:2606.20005        | 3",
            "http://arxiv.org/abs/astro-ph/0601001v1       | arxiv:astro-ph/0601001  | 1",
            "https://arxiv.org/pdf/hep-th/9901001v2.pdf    | arxiv:hep-th/9901001    | 2",
            "https://arxiv.org/abs/math.PR/0601001         | arxiv:math.PR/0601001   | 0",
            // OAI identifiers as in the RSS guid
            "oai:arXiv.org:2411.17700v1                    | arxiv:2411.17700        | 1",
            "oai:arXiv.org:hep-th/9901001                  | arxiv:hep-th/9901001    | 0",
            "OAI:ARXIV.ORG:2606.20005                      | arxiv:2606.20005        | 0",
            // the arXiv DOI names the arXiv paper
            "10.48550/arXiv.2606.20005                     | arxiv:2606.20005        | 0",
            "doi:10.48550/arXiv.2606.20005                 | arxiv:2606.20005        | 0",
            "https://doi.org/10.48550/arXiv.2606.20005     | arxiv:2606.20005        | 0",
            "https://doi.org/10.48550/ARXIV.2606.20005     | arxiv:2606.20005        | 0",
            "10.48550/arXiv.math.PR/0601001                | arxiv:math.PR/0601001   | 0",
            "10.48550/arXiv.hep-th/9901001                 | arxiv:hep-th/9901001    | 0",
            "https://doi.org/10.48550/arxiv.math.pr/0601001 | arxiv:math.PR/0601001  | 0",
            "math.pr/0601001v2                             | arxiv:math.PR/0601001   | 2",
            // DOIs: lower-cased, no resolver prefix
            "10.1038/S41586-026-01234-5                    | doi:10.1038/s41586-026-01234-5 | 0",
            "doi:10.1101/2026.06.16.123456                 | doi:10.1101/2026.06.16.123456 | 0",
            "DOI: 10.1101/2026.06.16.123456                | doi:10.1101/2026.06.16.123456 | 0",
            "https://doi.org/10.1103/PhysRevLett.116.061102 | doi:10.1103/physrevlett.116.061102 | 0",
            "http://dx.doi.org/10.1016/J.CELL.2026.01.001  | doi:10.1016/j.cell.2026.01.001 | 0",
            // PubMed and third-party schemes
            "pmid:27797938                                 | pmid:27797938           | 0",
            "PMID: 27797938                                | pmid:27797938           | 0",
            "openalex:W2741809807                          | openalex:W2741809807    | 0",
    })
    void canonicalisesEveryCommonForm(String text, String canonical, int version) {
        VersionedId parsed = PaperId.parseVersioned(text);

        assertThat(parsed.id()).hasToString(canonical);
        assertThat(parsed.version()).isEqualTo(version);
        assertThat(PaperId.parse(text)).isEqualTo(parsed.id());
    }

    @Test
    void splitsSchemeAndValue() {
        assertThat(PaperId.parse("https://arxiv.org/abs/2606.20005v2")).isEqualTo(new PaperId("arxiv", "2606.20005"));
        assertThat(PaperId.parse("hep-th/9901001")).isEqualTo(new PaperId("arxiv", "hep-th/9901001"));
        assertThat(PaperId.parse("https://doi.org/10.1101/X")).isEqualTo(new PaperId("doi", "10.1101/x"));
        assertThat(PaperId.parse("pmid:27797938")).isEqualTo(new PaperId("pmid", "27797938"));
    }

    @Test
    void arxivFactoryAcceptsArxivFormsOnly() {
        assertThat(PaperId.arxiv("https://arxiv.org/pdf/2606.20005v1.pdf")).hasToString("arxiv:2606.20005");
        assertThat(PaperId.arxiv("10.48550/arXiv.2606.20005")).hasToString("arxiv:2606.20005");
        assertThatThrownBy(() -> PaperId.arxiv("10.1038/s41586-026-01234-5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an arXiv identifier: '10.1038/s41586-026-01234-5'");
    }

    @Test
    void doiFactoryKeepsTheArxivDoiAsADoi() {
        assertThat(PaperId.doi("https://doi.org/10.48550/arXiv.2606.20005")).hasToString("doi:10.48550/arxiv.2606.20005");
        assertThat(PaperId.doi("doi:10.1038/ABC")).isEqualTo(new PaperId("doi", "10.1038/abc"));
        assertThatThrownBy(() -> PaperId.doi("2606.20005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a DOI: '2606.20005'");
    }

    // The shape check is written out for speed; it must accept exactly what the regular expression it replaced did.
    private static final java.util.regex.Pattern DOI_SHAPE = java.util.regex.Pattern.compile("10\\.\\d{4,9}/\\S+");

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"10.1038/abc", "10.123/abc", "10.1234/abc", "10.123456789/x", "10.1234567890/x",
            "10.1234/", "10.1234", "10.1234/a b", "10.1234/a\tb", "10.1234/a\u000Bb", "10.1234/a\fb", "10.1234/a\rb",
            "10.1234/a\nb", "10.1234/a\u00a0b", "10.12a4/abc", "10..1234/abc", "10.1234//x", "10.1234/x/y.z-(1)",
            "1.1234/abc", "10,1234/abc", "10.٣٣٣٣/abc", "10.1234/é", "10.48550/arxiv.2411.17700", "x10.1234/abc",
            "10.1234/abc ", " 10.1234/abc"})
    void theDoiShapeIsTheRegularExpressionItReplaced(String text) {
        boolean expected = DOI_SHAPE.matcher(text).matches();
        // normalizeDoi strips and lower-cases first; the constructor takes the text exactly
        String stripped = text.strip().toLowerCase(java.util.Locale.ROOT);
        assertThat(PaperId.normalizeDoi(text)).isEqualTo(DOI_SHAPE.matcher(stripped).matches() ? stripped : null);
        if (expected && text.equals(text.toLowerCase(java.util.Locale.ROOT))) {
            assertThat(new PaperId(PaperId.DOI, text).value()).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> new PaperId(PaperId.DOI, text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void normalizeDoiReturnsNullForNonDois() {
        assertThat(PaperId.normalizeDoi(" https://doi.org/10.1038/ABC ")).isEqualTo("10.1038/abc");
        assertThat(PaperId.normalizeDoi("DOI:10.1038/ABC")).isEqualTo("10.1038/abc");
        assertThat(PaperId.normalizeDoi("10.1234")).isNull();
        assertThat(PaperId.normalizeDoi("11.1234/x")).isNull();
        assertThat(PaperId.normalizeDoi(null)).isNull();
    }

    @Test
    void pmidFactory() {
        assertThat(PaperId.pmid(" 27797938 ")).hasToString("pmid:27797938");
        assertThat(PaperId.pmid("PMID:27797938")).hasToString("pmid:27797938");
        assertThatThrownBy(() -> PaperId.pmid("0123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a PubMed id: '0123'");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                  | paper id is blank",
            "'   '                               | paper id is blank",
            "abc                                 | not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): 'abc'",
            "2613.00001                          | not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): '2613.00001'",
            "2600.00001                          | not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): '2600.00001'",
            "2606.123                            | not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): '2606.123'",
            "2606.20005v0                        | not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): '2606.20005v0'",
            "10.1234                             | not a DOI: '10.1234'",
            "doi:                                | not a DOI: 'doi:'",
            "https://doi.org/                    | not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): 'https://doi.org/'",
            "arxiv:                              | not an arXiv identifier: 'arxiv:'",
            "arxiv:2613.00001                    | not an arXiv identifier: 'arxiv:2613.00001'",
            "arxiv:10.1038/x                     | not an arXiv identifier: 'arxiv:10.1038/x'",
            "https://arxiv.org/abs/2613.00001    | not an arXiv identifier: 'https://arxiv.org/abs/2613.00001'",
            "https://arxiv.org/abs/              | not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): 'https://arxiv.org/abs/'",
            "oai:arXiv.org:                      | not an arXiv identifier: 'oai:arXiv.org:'",
            "HEP-TH/9901001                      | not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): 'HEP-TH/9901001'",
            "hep-th/9913001                      | not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): 'hep-th/9913001'",
            "pmid:abc                            | not a PubMed id: 'abc'",
            "https://example.org/paper/1         | not a paper identifier (expected an arXiv id or URL, a DOI, or scheme:value): 'https://example.org/paper/1'",
            "1scheme:x                           | not a paper identifier: '1scheme:x'",
            "isbn:                               | not a paper identifier: 'isbn:'",
    })
    void rejectsGarbageWithAClearMessage(String text, String message) {
        assertThatThrownBy(() -> PaperId.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> PaperId.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2606.20005v1", "arXiv:2606.20005", " 2606.20005", "hep-th/9901001v1", "math.pr/0601001"})
    void constructorRefusesNonCanonicalArxivValues(String value) {
        assertThatThrownBy(() -> new PaperId("arxiv", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a canonical arXiv id (no version, no prefix): '" + value + "'");
    }

    @Test
    void constructorRefusesNonCanonicalDoisAndSchemes() {
        assertThatThrownBy(() -> new PaperId("doi", "10.1038/ABC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a canonical DOI (lower-case, starting with 10.): '10.1038/ABC'");
        assertThatThrownBy(() -> new PaperId("DOI", "10.1038/abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paper id scheme must be lower-case letters, digits or '-': 'DOI'");
        assertThatThrownBy(() -> new PaperId("isbn", " 123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paper id value is blank or padded: ' 123'");
    }

    @Test
    void versionedIdRejectsNegativeVersions() {
        assertThatThrownBy(() -> new VersionedId(PaperId.parse("2606.20005"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version must be >= 0: -1");
    }

    @Test
    void ordersBySchemeThenValue() {
        assertThat(java.util.stream.Stream.of("pmid:1", "doi:10.1000/b", "2606.20005", "doi:10.1000/a", "hep-th/9901001")
                .map(PaperId::parse).sorted().map(PaperId::toString))
                .containsExactly("arxiv:2606.20005", "arxiv:hep-th/9901001", "doi:10.1000/a", "doi:10.1000/b", "pmid:1");
    }

    @Test
    void schemePredicates() {
        assertThat(PaperId.parse("2606.20005").isArxiv()).isTrue();
        assertThat(PaperId.parse("2606.20005").isDoi()).isFalse();
        assertThat(PaperId.parse("10.1038/x").isDoi()).isTrue();
        assertThat(PaperId.parse("pmid:1").isArxiv()).isFalse();
    }

    @Test
    void ofCanonicalIsTheInverseOfToString() {
        for (String text : List.of("arxiv:2606.20005", "arxiv:math.PR/0601001", "doi:10.48550/arxiv.2606.20005",
                "pmid:27797938", "openalex:W2741809807")) {
            assertThat(PaperId.ofCanonical(text)).hasToString(text);
        }
        // parse re-interprets the arXiv DOI; ofCanonical does not
        assertThat(PaperId.parse("doi:10.48550/arxiv.2606.20005")).hasToString("arxiv:2606.20005");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2606.20005                | not a canonical paper id (scheme:value): '2606.20005'",
            ":x                        | not a canonical paper id (scheme:value): ':x'",
            "arXiv:2606.20005          | paper id scheme must be lower-case letters, digits or '-': 'arXiv'",
            "arxiv:2606.20005v2        | not a canonical arXiv id (no version, no prefix): '2606.20005v2'",
            "doi:10.1038/ABC           | not a canonical DOI (lower-case, starting with 10.): '10.1038/ABC'",
    })
    void ofCanonicalRefusesOtherForms(String text, String message) {
        assertThatThrownBy(() -> PaperId.ofCanonical(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
