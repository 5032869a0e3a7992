package io.academichub.llm.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingGenerator;
import io.academichub.llm.briefing.BriefingRequest;
import io.academichub.llm.briefing.RealPapers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

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

    /** The shape and the values the class Javadoc's example shows, so that the example cannot drift again. */
    @Test
    void writesWhatTheJavadocExampleShows() throws Exception {
        Briefing b = BriefingGenerator.extractive().generate(BriefingRequest.builder(RealPapers.sample100()).build());
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(b));

        assertThat(names(json)).containsExactly("title", "language", "overview", "themes", "bridges", "readFirst",
                "papers", "metadata");
        assertThat(names(json.get("overview").get(0))).containsExactly("text", "citations");
        assertThat(json.get("overview").get(0).get("citations").toString()).isEqualTo("[84,11,9]");
        JsonNode theme = json.get("themes").get(0);
        assertThat(names(theme)).containsExactly("name", "fields", "papers", "statements", "extractive");
        assertThat(theme.get("name").asText()).isEqualTo("neural networks · temporal · pinns");
        assertThat(theme.get("fields").get(0).asText()).isEqualTo("computer science");
        assertThat(theme.get("fields").get(1).asText()).isEqualTo("astrophysics");
        assertThat(theme.get("extractive").asBoolean()).isTrue();
        JsonNode bridge = json.get("bridges").get(0);
        assertThat(names(bridge)).containsExactly("idea", "from", "to", "text", "citations", "extractive");
        assertThat(bridge.get("idea").asText() + " " + bridge.get("from").asText() + " → " + bridge.get("to").asText()
                + " " + bridge.get("citations")).isEqualTo("pinns physics → mathematics [37,82]");
        JsonNode pick = json.get("readFirst").get(0);
        assertThat(names(pick)).containsExactly("paper", "text", "citations", "extractive");
        assertThat(pick.get("paper").asInt()).isEqualTo(84);
        JsonNode paper = json.get("papers").get(0);
        assertThat(names(paper)).containsExactly("number", "id", "title", "authors", "url", "source", "category",
                "published", "field", "tldr", "extractive");
        assertThat(paper.get("id").asText() + " " + paper.get("authors") + " " + paper.get("url").asText() + " "
                + paper.get("category").asText() + " " + paper.get("published").asText() + " "
                + paper.get("field").asText())
                .isEqualTo("arxiv:2411.17700 [\"Jun Cui\"] https://arxiv.org/abs/2411.17700 cs.CY 2024-11-28 cs");
        JsonNode meta = json.get("metadata");
        assertThat(names(meta)).containsExactly("path", "language", "model", "citationsRemoved", "statementsRemoved",
                "citationSupport", "citationPairs", "promptTokens", "completionTokens", "cachedPromptTokens",
                "modelCalls", "cachedNotes", "cost", "extractivePapers", "notes");
        assertThat(meta.get("citationSupport").asDouble()).isEqualTo(1.0);
        assertThat(meta.get("citationPairs").asInt()).isEqualTo(34);
        assertThat(meta.get("notes").get(0).asText()).startsWith("Extractive briefing: no language model was used. ");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
