package io.academichub.llm.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.academichub.llm.briefing.BriefedPaper;
import io.academichub.llm.briefing.Briefing;
import io.academichub.llm.briefing.BriefingMetadata;
import io.academichub.llm.briefing.Bridge;
import io.academichub.llm.briefing.ReadingPick;
import io.academichub.llm.briefing.Statement;
import io.academichub.llm.briefing.Theme;
import io.academichub.model.Author;
import io.academichub.model.Paper;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * A briefing as JSON, for programs and for checking it: every statement with its {@code citations} (paper numbers),
 * every paper with its number, id and TL;DR, and the metadata — {@code path}, {@code citationsRemoved},
 * {@code citationSupport}, tokens, the papers covered by the extractive path. Themes and bridges name fields in the
 * reader's language ({@code "computer science"}); a paper's {@code field} is its arXiv archive ({@code "cs"}) or a
 * journal's subject. {@code extractive} says of each part whether the extractive path made it rather than a model.
 *
 * <p>The extractive briefing of 100 papers of the arXiv day of 2024-11-28, shortened ({@code render} indents it):
 *
 * <pre>{@code
 * {"title":"Research briefing · 2024-11-28 · 100 papers","language":"en",
 *  "overview":[{"text":"100 papers from 16 fields. The largest themes: …","citations":[84,11,9]}],
 *  "themes":[{"name":"neural networks · temporal · pinns","fields":["computer science","astrophysics",…],
 *             "papers":[5,10,28,…],"statements":[{"text":"…","citations":[84]}],"extractive":true}],
 *  "bridges":[{"idea":"pinns","from":"physics","to":"mathematics","text":"In physics, …",
 *              "citations":[37,82],"extractive":true}],
 *  "readFirst":[{"paper":84,"text":"Central to the theme …","citations":[84],"extractive":true}],
 *  "papers":[{"number":1,"id":"arxiv:2411.17700","title":"…","authors":["Jun Cui"],
 *             "url":"https://arxiv.org/abs/2411.17700","source":"arxiv","category":"cs.CY","published":"2024-11-28",
 *             "field":"cs","tldr":"…","extractive":true}],
 *  "metadata":{"path":"extractive","language":"en","model":null,"citationsRemoved":0,"statementsRemoved":0,
 *              "citationSupport":1.0,"citationPairs":34,"promptTokens":0,"completionTokens":0,
 *              "cachedPromptTokens":0,"modelCalls":0,"cachedNotes":0,"cost":null,"extractivePapers":[],
 *              "notes":["Extractive briefing: no language model was used. …"]}}
 * }</pre>
 */
public final class JsonRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Creates a renderer. */
    public JsonRenderer() {
    }

    /**
     * The briefing as a JSON object (indented), ending in a newline.
     *
     * @param b the briefing
     * @return the briefing as a JSON object (indented), ending in a newline
     */
    public String render(Briefing b) {
        try {
            return MAPPER.writeValueAsString(toTree(b)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    /**
     * The briefing as a Jackson tree, to embed in a larger document.
     *
     * @param b the briefing
     * @return the briefing as a Jackson tree, to embed in a larger document
     */
    public ObjectNode toTree(Briefing b) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", b.title());
        root.put("language", b.metadata().language());
        statements(root.putArray("overview"), b.overview());
        ArrayNode themes = root.putArray("themes");
        for (Theme t : b.themes()) {
            ObjectNode o = themes.addObject();
            o.put("name", t.name());
            t.fields().forEach(o.putArray("fields")::add);
            t.papers().forEach(o.putArray("papers")::add);
            statements(o.putArray("statements"), t.statements());
            o.put("extractive", t.extractive());
        }
        ArrayNode bridges = root.putArray("bridges");
        for (Bridge br : b.bridges()) {
            ObjectNode o = bridges.addObject();
            o.put("idea", br.idea());
            o.put("from", br.fromField());
            o.put("to", br.toField());
            statement(o, br.statement());
            o.put("extractive", br.extractive());
        }
        ArrayNode readFirst = root.putArray("readFirst");
        for (ReadingPick r : b.readFirst()) {
            ObjectNode o = readFirst.addObject();
            o.put("paper", r.paper());
            statement(o, r.why());
            o.put("extractive", r.extractive());
        }
        ArrayNode papers = root.putArray("papers");
        for (BriefedPaper bp : b.papers()) {
            Paper p = bp.paper();
            ObjectNode o = papers.addObject();
            o.put("number", bp.number());
            o.put("id", p.id().toString());
            o.put("title", p.title());
            ArrayNode authors = o.putArray("authors");
            for (Author a : p.authors()) {
                authors.add(a.name());
            }
            o.put("url", p.url().toString());
            o.put("source", p.source());
            o.put("category", p.primaryCategory());
            o.put("published", p.published() == null ? null : p.published().toString());
            o.put("field", bp.field());
            o.put("tldr", bp.tldr());
            o.put("extractive", bp.extractive());
        }
        BriefingMetadata m = b.metadata();
        ObjectNode meta = root.putObject("metadata");
        meta.put("path", m.path().wireName());
        meta.put("language", m.language());
        meta.put("model", m.model());
        meta.put("citationsRemoved", m.citationsRemoved());
        meta.put("statementsRemoved", m.statementsRemoved());
        meta.put("citationSupport", Math.round(m.citationSupport() * 10_000) / 10_000.0);
        meta.put("citationPairs", m.citationPairs());
        meta.put("promptTokens", m.usage().promptTokens());
        meta.put("completionTokens", m.usage().completionTokens());
        meta.put("cachedPromptTokens", m.usage().cachedPromptTokens());
        meta.put("modelCalls", m.modelCalls());
        meta.put("cachedNotes", m.cachedNotes());
        meta.put("cost", m.cost());
        m.extractivePapers().forEach(meta.putArray("extractivePapers")::add);
        m.notes().forEach(meta.putArray("notes")::add);
        return root;
    }

    private static void statements(ArrayNode array, List<Statement> statements) {
        statements.forEach(s -> statement(array.addObject(), s));
    }

    private static void statement(ObjectNode o, Statement s) {
        o.put("text", s.text());
        s.citations().forEach(o.putArray("citations")::add);
    }
}
