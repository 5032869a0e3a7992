package io.academichub.json;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.testing.SamplePapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperJsonTest {

    /** The example paper of DESIGN.md. */
    private static Paper designExample() {
        return Paper.builder(PaperId.parse("2606.20005"))
                .source("arxiv")
                .title("StreamKL: ...")
                .authors(List.of(Author.of("José Pérez")))
                .abstractText("Attention distillation, which ...")
                .categories(List.of("cs.AI", "cs.LG"))
                .published(LocalDate.of(2026, 6, 19))
                .version(1)
                .announceType(AnnounceType.CROSS)
                .url(URI.create("https://arxiv.org/abs/2606.20005"))
                .pdfUrl(URI.create("https://arxiv.org/pdf/2606.20005v1"))
                .license("...")
                .type(Paper.PREPRINT)
                .build();
    }

    @Test
    void writesTheFieldsOfTheDesignInOrder() {
        assertThat(PaperJson.toJson(designExample())).isEqualTo(
                "{\"id\":\"arxiv:2606.20005\",\"source\":\"arxiv\",\"title\":\"StreamKL: ...\","
                        + "\"authors\":[{\"name\":\"José Pérez\",\"affiliation\":null}],"
                        + "\"abstract\":\"Attention distillation, which ...\",\"categories\":[\"cs.AI\",\"cs.LG\"],"
                        + "\"primaryCategory\":\"cs.AI\",\"published\":\"2026-06-19\",\"updated\":null,\"version\":1,"
                        + "\"announceType\":\"cross\",\"type\":\"preprint\",\"doi\":null,\"journalRef\":null,"
                        + "\"url\":\"https://arxiv.org/abs/2606.20005\",\"pdfUrl\":\"https://arxiv.org/pdf/2606.20005v1\","
                        + "\"license\":\"...\",\"sameAs\":[]}");
    }

    @Test
    void writesEveryFieldOfAFullPaper() {
        assertThat(PaperJson.toJson(SamplePapers.fullArxiv())).isEqualTo(
                "{\"id\":\"arxiv:2606.20005\",\"source\":\"arxiv\","
                        + "\"title\":\"StreamKL: Streaming KL Distillation for $O(N^2)$ Attention\","
                        + "\"authors\":[{\"name\":\"José Pérez\",\"affiliation\":\"Universidad de Chile\","
                        + "\"orcid\":\"0000-0002-1825-0097\"},{\"name\":\"王小明\",\"affiliation\":\"清华大学\"},"
                        + "{\"name\":\"Przemysław Müller\",\"affiliation\":null}],"
                        + "\"abstract\":\"Attention distillation, which compresses $\\\\mathbb{R}^{n}$ maps, is costly.\","
                        + "\"categories\":[\"cs.AI\",\"cs.LG\",\"stat.ML\"],\"primaryCategory\":\"cs.AI\","
                        + "\"published\":\"2026-06-19\",\"updated\":\"2026-06-20T08:15:30Z\",\"version\":2,"
                        + "\"announceType\":\"replace-cross\",\"type\":\"preprint\",\"doi\":\"10.1145/3700000.3700001\","
                        + "\"journalRef\":\"Proc. KDD 2026, pp. 1-10\",\"url\":\"https://arxiv.org/abs/2606.20005\","
                        + "\"pdfUrl\":\"https://arxiv.org/pdf/2606.20005v2\","
                        + "\"license\":\"http://creativecommons.org/licenses/by/4.0/\","
                        + "\"sameAs\":[\"doi:10.1145/3700000.3700001\",\"doi:10.48550/arxiv.2606.20005\"]}");
    }

    @Test
    void roundTripsAFullPaper() {
        Paper full = SamplePapers.fullArxiv();

        Paper read = PaperJson.fromJson(PaperJson.toJson(full));

        assertThat(read).isEqualTo(full);
        // the arXiv DOI in sameAs stays a DOI: the canonical form is read as written, not re-interpreted
        assertThat(read.sameAs()).extracting(PaperId::toString)
                .containsExactly("doi:10.1145/3700000.3700001", "doi:10.48550/arxiv.2606.20005");
    }

    @Test
    void roundTripsAMinimalPaperWithNulls() {
        Paper minimal = SamplePapers.minimalArxiv("hep-th/9901001").build();
        String json = PaperJson.toJson(minimal);

        assertThat(json).isEqualTo("{\"id\":\"arxiv:hep-th/9901001\",\"source\":\"arxiv\",\"title\":\"Paper hep-th/9901001\","
                + "\"authors\":[],\"abstract\":\"\",\"categories\":[],\"primaryCategory\":null,\"published\":\"2026-06-19\","
                + "\"updated\":null,\"version\":1,\"announceType\":\"unknown\",\"type\":null,\"doi\":null,\"journalRef\":null,"
                + "\"url\":\"https://arxiv.org/abs/hep-th/9901001\",\"pdfUrl\":null,\"license\":null,\"sameAs\":[]}");
        assertThat(PaperJson.fromJson(json)).isEqualTo(minimal);
    }

    @Test
    void anUnknownDateIsWrittenAsNullAndReadBack() {
        Paper undated = SamplePapers.minimalArxiv("2606.20005").published(null).build();
        String json = PaperJson.toJson(undated);

        assertThat(json).contains(",\"published\":null,\"updated\":null,");
        assertThat(PaperJson.fromJson(json)).isEqualTo(undated);
        // a line from before dates could be unknown, or one that leaves the field out, reads the same
        assertThat(PaperJson.fromJson(json.replace("\"published\":null,", "")).published()).isNull();
    }

    @Test
    void roundTripsNonArxivIds() {
        Paper doiPaper = Paper.builder(PaperId.doi("10.48550/arXiv.2606.20005")).source("crossref").title("T")
                .published(LocalDate.of(2026, 1, 2)).url(URI.create("https://doi.org/10.48550/arXiv.2606.20005"))
                .addSameAs(PaperId.parse("2606.20005")).addSameAs(PaperId.parse("pmid:27797938")).build();
        Paper custom = Paper.builder(new PaperId("openalex", "W2741809807")).source("openalex").title("T")
                .published(LocalDate.of(2026, 1, 2)).url(URI.create("https://openalex.org/W2741809807")).build();

        assertThat(PaperJson.fromJson(PaperJson.toJson(doiPaper))).isEqualTo(doiPaper);
        assertThat(PaperJson.fromJson(PaperJson.toJson(custom))).isEqualTo(custom);
    }

    @ParameterizedTest
    @EnumSource(AnnounceType.class)
    void announceTypeUsesWireNames(AnnounceType type) {
        Paper p = SamplePapers.minimalArxiv("2606.20005").announceType(type).build();

        String json = PaperJson.toJson(p);

        assertThat(json).contains("\"announceType\":\"" + type.wireName() + "\"");
        assertThat(PaperJson.fromJson(json).announceType()).isEqualTo(type);
    }

    @Test
    void replaceCrossIsWrittenWithADash() {
        Paper p = SamplePapers.minimalArxiv("2606.20005").announceType(AnnounceType.REPLACE_CROSS).build();

        assertThat(PaperJson.toJson(p)).contains("\"announceType\":\"replace-cross\"");
    }

    @Test
    void nonAsciiSurvivesWriteLineAndReadLines() throws IOException {
        Paper a = SamplePapers.fullArxiv();
        Paper b = SamplePapers.minimalArxiv("2606.20006").title("量子纠缠的新测量 — ein Überblick")
                .authors(List.of(Author.of("Zoë Ñúñez-Ørsted"))).build();
        StringWriter out = new StringWriter();
        PaperJson.writeLine(a, out);
        PaperJson.writeLine(b, out);

        assertThat(out.toString()).contains("\"name\":\"José Pérez\"", "\"name\":\"王小明\"", "\"清华大学\"",
                "量子纠缠的新测量 — ein Überblick", "Zoë Ñúñez-Ørsted");
        assertThat(out.toString().split("\n", -1)).hasSize(3).endsWith("");
        assertThat(PaperJson.readLines(new StringReader(out.toString()))).containsExactly(a, b);
    }

    @Test
    void readLinesSkipsBlankLines() throws IOException {
        String a = PaperJson.toJson(SamplePapers.minimalArxiv("2606.20005").build());
        String b = PaperJson.toJson(SamplePapers.minimalArxiv("2606.20006").build());

        List<Paper> papers = PaperJson.readLines(new StringReader("\n" + a + "\n  \n" + b + "\n\n"));

        assertThat(papers).extracting(p -> p.id().toString()).containsExactly("arxiv:2606.20005", "arxiv:2606.20006");
    }

    @Test
    void readLinesNamesTheLineOfABadLine() {
        String good = PaperJson.toJson(SamplePapers.minimalArxiv("2606.20005").build());
        String text = good + "\n\n" + good.replace("\"title\":\"Paper 2606.20005\",", "") + "\n";

        assertThatThrownBy(() -> PaperJson.readLines(new StringReader(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 3: invalid paper arxiv:2606.20005: missing field 'title'");
    }

    @Test
    void readLinesNamesTheLineOfBrokenJson() {
        String good = PaperJson.toJson(SamplePapers.minimalArxiv("2606.20005").build());

        assertThatThrownBy(() -> PaperJson.readLines(new StringReader(good + "\n{\"id\":\"arxiv:2606.20006\",")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2: not valid JSON: the JSON ends too early (a '{', '[' or '\"' is not closed) at "
                        + "column 26");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        String json = PaperJson.toJson(SamplePapers.minimalArxiv("2606.20005").build());

        for (String field : List.of("source", "title", "url")) {
            String without = json.replaceFirst("\"" + field + "\":\"[^\"]*\",", "");
            assertThat(without).doesNotContain("\"" + field + "\"");
            assertThatThrownBy(() -> PaperJson.fromJson(without))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid paper arxiv:2606.20005: missing field '" + field + "'");
        }
        assertThatThrownBy(() -> PaperJson.fromJson(json.replace("\"id\":\"arxiv:2606.20005\",", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid paper ?: missing field 'id'");
        assertThatThrownBy(() -> PaperJson.fromJson(json.replace("\"title\":\"Paper 2606.20005\"", "\"title\":null")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid paper arxiv:2606.20005: missing field 'title'");
    }

    @Test
    void badValuesNameTheirField() {
        String json = PaperJson.toJson(SamplePapers.fullArxiv());

        assertThatThrownBy(() -> PaperJson.fromJson(json.replace("\"2026-06-19\"", "\"2026-13-19\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid paper arxiv:2606.20005: field 'published': ");
        assertThatThrownBy(() -> PaperJson.fromJson(json.replace("\"2026-06-20T08:15:30Z\"", "\"yesterday\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid paper arxiv:2606.20005: field 'updated': ");
        assertThatThrownBy(() -> PaperJson.fromJson(json.replace("\"replace-cross\"", "\"updated\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid paper arxiv:2606.20005: field 'announceType': unknown announce type: 'updated'");
        assertThatThrownBy(() -> PaperJson.fromJson(json.replace("\"version\":2", "\"version\":\"two\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid paper arxiv:2606.20005: field 'version' must be a whole number: \"two\"");
        assertThatThrownBy(() -> PaperJson.fromJson(json.replace("\"version\":2", "\"version\":0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid paper arxiv:2606.20005: version must be >= 1 for arxiv:2606.20005: 0");
        assertThatThrownBy(() -> PaperJson.fromJson(json.replace("\"id\":\"arxiv:2606.20005\"", "\"id\":\"arxiv:2613.00001\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid paper arxiv:2613.00001: field 'id': not an arXiv identifier: 'arxiv:2613.00001'");
        assertThatThrownBy(() -> PaperJson.fromJson(json.replace("\"doi:10.1145/3700000.3700001\"", "\"nonsense\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid paper arxiv:2606.20005: field 'sameAs': not a paper identifier");
        assertThatThrownBy(() -> PaperJson.fromJson(json.replace("\"url\":\"https://arxiv.org/abs/2606.20005\"",
                "\"url\":\"https://arxiv.org/abs/a b\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid paper arxiv:2606.20005: field 'url': ");
    }

    @Test
    void nonObjectsAreRejected() {
        assertThatThrownBy(() -> PaperJson.fromJson("[1,2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a paper must be a JSON object");
        assertThatThrownBy(() -> PaperJson.fromJson("{\"id\":"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not valid JSON: ");
        assertThatThrownBy(() -> PaperJson.fromJson("garbage")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not valid JSON: unexpected text 'garbage' at column 1"); // one line, no Jackson internals
    }

    @Test
    void readingIgnoresUnknownFieldsAndAcceptsLenientIds() {
        String json = "{\"id\":\"arXiv:2606.20005v3\",\"source\":\"arxiv\",\"title\":\"T\",\"published\":\"2026-06-19\","
                + "\"url\":\"https://arxiv.org/abs/2606.20005\",\"score\":0.93,\"categories\":[\"cs.LG\"],"
                + "\"primaryCategory\":\"cs.AI\"}";

        Paper p = PaperJson.fromJson(json);

        assertThat(p.id()).hasToString("arxiv:2606.20005");
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.announceType()).isEqualTo(AnnounceType.UNKNOWN);
        assertThat(p.categories()).containsExactly("cs.AI", "cs.LG");
    }
}
