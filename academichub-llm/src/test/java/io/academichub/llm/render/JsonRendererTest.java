package io.academichub.llm.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.llm.briefing.RealPapers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRendererTest {

    @Test
    void writesStatementsWithCitationsPapersAndMetadata() throws Exception {
        Briefing b = BriefingGenerator.extractive().generate(BriefingRequest.builder(RealPapers.sample100()).build());
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(b));
        assertThat(json.get("title").asText()).isEqualTo("Research briefing · 2024-11-28 · 100 papers");
        assertThat(json.get("language").asText()).isEqualTo("en");
        assertThat(json.get("themes")).hasSize(b.themes().size());
        JsonNode theme = json.get("themes").get(0);
        assertThat(theme.get("name").asText()).isEqualTo(b.themes().get(0).name());
        assertThat(theme.get("statements").get(0).get("citations").get(0).asInt())
                .isEqualTo(b.themes().get(0).statements().get(0).citations().get(0));
        JsonNode bridge = json.get("bridges").get(0);
        assertThat(bridge.get("from").asText()).isEqualTo(b.bridges().get(0).fromField());
        assertThat(bridge.get("citations")).hasSize(2);

        JsonNode paper = json.get("papers").get(1);
        assertThat(paper.get("number").asInt()).isEqualTo(2);
        assertThat(paper.get("id").asText()).isEqualTo("arxiv:2411.17715");
        assertThat(paper.get("category").asText()).isEqualTo("eess.SP");
        assertThat(paper.get("field").asText()).isEqualTo("eess");
        assertThat(paper.get("authors")).hasSize(4);
        assertThat(paper.get("extractive").asBoolean()).isTrue();

        JsonNode meta = json.get("metadata");
        assertThat(meta.get("path").asText()).isEqualTo("extractive");
        assertThat(meta.get("citationsRemoved").asInt()).isZero();
        assertThat(meta.get("citationSupport").asDouble()).isEqualTo(b.metadata().citationSupport());
        assertThat(meta.get("citationPairs").asInt()).isEqualTo(b.metadata().citationPairs());
        assertThat(meta.get("model").isNull()).isTrue();
        assertThat(meta.get("cost").isNull()).isTrue();
        assertThat(meta.get("extractivePapers")).isEmpty();
    }
}
