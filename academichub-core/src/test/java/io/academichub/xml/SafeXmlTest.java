package io.academichub.xml;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.academichub.error.FeedFormatException;
import io.academichub.model.PaperId;
import io.academichub.model.VersionedId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SafeXmlTest {

    private static final URI FEED = URI.create("https://rss.arxiv.org/rss/cs.AI");
    private static final String SECRET = "TOP-SECRET-7f3a9c";

    /** Everything a parser reads from the document, or the typed error it ends in. */
    private record Outcome(String text, FeedFormatException error) {
    }

    private static Outcome read(String xml) {
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader reader = SafeXml.reader("arxiv:cs.AI", FEED,
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.SPACE) {
                    text.append(reader.getText());
                }
            }
            return new Outcome(text.toString(), null);
        } catch (XMLStreamException e) {
            return new Outcome(text.toString(), SafeXml.formatError("arxiv:cs.AI", FEED, e));
        } catch (FeedFormatException e) {
            return new Outcome(text.toString(), e);
        }
    }

    @Test
    void externalFileEntityIsNeverExpanded(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        for (String target : List.of("file:///etc/passwd", secret.toUri().toString())) {
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + target + "\">]><x>&e;</x>";

            Outcome outcome = read(xxe);

            assertThat(outcome.text()).doesNotContain(SECRET).doesNotContain("root:");
            assertThat(outcome.error()).as("XXE with %s", target).isNotNull();
            assertThat(outcome.error().getMessage()).doesNotContain(SECRET).doesNotContain("root:x:0");
            assertThat(outcome.error().detail()).isEqualTo("malformed XML: Undeclared general entity \"e\" at line 1, column "
                    + outcome.error().column());
            assertThat(outcome.error().column()).isEqualTo(xxe.indexOf("&e;") + 3);
        }
    }

    @Test
    void aDocumentWithNoRootElementSaysSoInWords() {
        assertThat(read("").error()).hasMessage(
                "arxiv:cs.AI: malformed XML: the document is empty at line 1, column 0 (" + FEED + ")");
        assertThat(read("<?xml version=\"1.0\"?>\n  ").error()).hasMessage(
                "arxiv:cs.AI: malformed XML: the document ends before its root element at line 2, column 2 ("
                        + FEED + ")");
    }

    @Test
    void theExactPayloadOfTheBrief() {
        Outcome outcome = read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

        assertThat(outcome.text()).isEmpty();
        assertThat(outcome.error()).isNotNull();
        assertThat(outcome.error().line()).isEqualTo(1);
        assertThat(outcome.error().getMessage()).doesNotContain("root:");
    }

    @Test
    void nothingIsFetchedWhileParsing() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try {
            server.stubFor(get(anyUrl()).willReturn(ok("<!ENTITY e \"" + SECRET + "\">")));
            String base = server.baseUrl();

            Outcome dtd = read("<!DOCTYPE x SYSTEM \"" + base + "/evil.dtd\"><x>fine</x>");
            Outcome entity = read("<!DOCTYPE x [<!ENTITY e SYSTEM \"" + base + "/secret\">]><x>&e;</x>");
            Outcome parameter = read("<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + base + "/p.dtd\"> %p;]><x>&e;</x>");

            assertThat(dtd.error()).isNull();
            assertThat(dtd.text()).isEqualTo("fine");
            assertThat(entity.text()).doesNotContain(SECRET);
            assertThat(parameter.text()).doesNotContain(SECRET);
            assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        } finally {
            server.stop();
        }
    }

    @Test
    void billionLaughsNeverExpands() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        xml.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]><lolz>&lol9;</lolz>");

        Outcome outcome = read(xml.toString());

        assertThat(outcome.text()).doesNotContain("lollol");
        assertThat(outcome.error()).isNotNull();
        assertThat(outcome.error().detail())
                .isEqualTo("malformed XML: Undeclared general entity \"lol9\" at line 1, column "
                        + (xml.lastIndexOf("&lol9;") + "&lol9;".length()));
    }

    @Test
    void malformedXmlNamesLineColumnSourceAndUrl() {
        Outcome outcome = read("<rss>\n  <channel>\n    <item></channel>\n</rss>");

        FeedFormatException e = outcome.error();
        assertThat(e).isNotNull();
        assertThat(e.sourceId()).isEqualTo("arxiv:cs.AI");
        assertThat(e.uri()).isEqualTo(FEED);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(19); // where Woodstox noticed: at the end of the tag name
        assertThat(e).hasMessage("arxiv:cs.AI: malformed XML: Unexpected close tag </channel>; expected </item>."
                + " at line 3, column 19 (https://rss.arxiv.org/rss/cs.AI)");
    }

    @Test
    void truncatedDocumentIsAFormatError() {
        Outcome outcome = read("<rss><channel><title>cut");

        assertThat(outcome.error()).isNotNull();
        assertThat(outcome.error().line()).isEqualTo(1);
        assertThat(outcome.error().getMessage()).startsWith("arxiv:cs.AI: malformed XML: Unexpected EOF")
                .doesNotContain("\n").endsWith("(https://rss.arxiv.org/rss/cs.AI)");
    }

    @Test
    void textIsCoalescedAndEntitiesDecoded() {
        Outcome outcome = read("<x>a &lt; b &amp;&amp; <![CDATA[c > d]]> &#233;</x>");

        assertThat(outcome.error()).isNull();
        assertThat(outcome.text()).isEqualTo("a < b && c > d é");
    }

    @Test
    void readsTheRealArxivFeedExcerptWithoutXmlDeclaration() throws Exception {
        List<String> titles = new ArrayList<>();
        List<VersionedId> guids = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(
                "/fixtures/arxiv-rss/rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml")) {
            XMLStreamReader reader = SafeXml.reader("arxiv:cs.AI", FEED, in);
            boolean inItem = false;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (name.equals("item")) {
                    inItem = true;
                } else if (inItem && name.equals("title") && (reader.getNamespaceURI() == null || reader.getNamespaceURI().isEmpty())) {
                    titles.add(reader.getElementText());
                } else if (name.equals("guid")) {
                    guids.add(PaperId.parseVersioned(reader.getElementText()));
                }
            }
        }

        assertThat(titles).containsExactly(
                "Math Takes Two: A test for emergent mathematical reasoning in communication",
                "An Artifact-based Agent Framework for Adaptive and Reproducible Medical Image Processing",
                "MolClaw: An Autonomous Agent with Hierarchical Skills for Drug Molecule Evaluation, Screening, and Optimization");
        assertThat(guids).containsExactly(new VersionedId(PaperId.parse("2604.21935"), 1),
                new VersionedId(PaperId.parse("2604.21936"), 1), new VersionedId(PaperId.parse("2604.21937"), 1));
    }
}
