package io.academichub.radar;

import io.academichub.model.PaperId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProfileReaderTest {

    static Path resource(String name) {
        try {
            return Path.of(ProfileReaderTest.class.getResource("/profiles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheIssueShapeFromYaml() {
        Profile p = ProfileReader.read(resource("qec.yaml"));

        assertThat(p.name()).isEqualTo("quantum-error-correction");
        assertThat(p.interests()).containsExactly(
                new Interest("codes", "\"surface code\" OR qLDPC OR \"logical qubit\" OR \"error correction\"", 1.0),
                new Interest("decoders", "(decoder OR syndrome) AND (quantum OR qubit)", 0.8));
        assertThat(p.exclusions()).containsExactly(new Exclusion("no surveys", "title:survey"));
        assertThat(p.categories()).containsExactlyInAnyOrder("quant-ph", "cs.AR", "cs.ET");
        assertThat(p.sources()).containsExactly("arxiv");
        assertThat(p.authors()).containsExactly("Craig Gidney", "B. M. Terhal");
        assertThat(p.seeds()).containsExactly(PaperId.arxiv("2411.18287"), PaperId.doi("10.1038/s41586-024-08449-y"));
        assertThat(p.minScore()).isZero();
        assertThat(p.limit()).isEqualTo(50);
    }

    @Test
    void jsonReadsTheSame() {
        Profile yaml = ProfileReader.read(resource("qec.yaml"));
        Profile json = ProfileReader.read(resource("qec.json"));

        assertThat(json.interests()).isEqualTo(yaml.interests());
        assertThat(json.exclusions()).isEqualTo(yaml.exclusions());
        assertThat(json.categories()).isEqualTo(yaml.categories());
        assertThat(json.seeds()).isEqualTo(yaml.seeds());
        assertThat(json.authors()).isEqualTo(yaml.authors());
    }

    @Test
    void aBrokenQueryNamesFileLineInterestAndColumn() {
        Path file = resource("broken-query.yaml");
        assertThatThrownBy(() -> ProfileReader.read(file))
                .isInstanceOf(ProfileException.class)
                .hasMessage(file + " line 6: interest 'broken', query column 12: Encountered <EOF>");
    }

    @Test
    void anUnknownKeyListsTheValidKeys() {
        Path file = resource("unknown-key.yaml");
        assertThatThrownBy(() -> ProfileReader.read(file))
                .isInstanceOf(ProfileException.class)
                .hasMessage(file + " line 5: unknown key 'categorys' (valid keys: authors, categories, "
                        + "excludeCategories, excludeSources, exclusions, fairShare, interests, limit, minScore, name, "
                        + "seeds, seedsFile, sources)");
    }

    @Test
    void anUnknownKeyInAnInterestListsTheInterestKeys() {
        String yaml = "name: x\ninterests:\n  - name: a\n    qeury: 'qubit'\n";
        assertThatThrownBy(() -> ProfileReader.read(new StringReader(yaml), "p.yaml", false, null))
                .hasMessage("p.yaml line 4: unknown key 'qeury' (valid keys: name, query, weight)");
    }

    @Test
    void anUnknownFieldInAQueryIsNamed() {
        Path file = resource("unknown-field.yaml");
        assertThatThrownBy(() -> ProfileReader.read(file))
                .hasMessage(file + " line 4: interest 'journal', query column 11: unknown field 'journal' "
                        + "(fields: title, abstract, author, category, source)");
    }

    @Test
    void aBadSeedNamesItsLine() {
        Path file = resource("bad-seed.yaml");
        assertThatThrownBy(() -> ProfileReader.read(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith(file + " line 4: seed: not a paper identifier")
                .hasMessageContaining("'not an id'");
    }

    @Test
    void aValueOfTheWrongTypeNamesKeyAndLine() {
        String yaml = "name: x\ninterests:\n  - name: a\n    query: qubit\n    weight: heavy\n";
        assertThatThrownBy(() -> ProfileReader.read(new StringReader(yaml), "p.yaml", false, null))
                .isInstanceOf(ProfileException.class)
                .hasMessage("p.yaml line 5, column 13: interests[1].weight: expected a number, found 'heavy'");
    }

    @Test
    void syntaxAndShapeMistakesAreOneLineOfPlainWords() {
        assertThat(problem("name: x\ninterests:\n  - name: a\n    query: [unclosed\n"))
                .isEqualTo("p.yaml line 4, column 12: interests[1].query: expected text, found a list");
        assertThat(problem("name: x\ninterests:\n  - name: a\n    query: qubit\n - name: b\n"))
                .isEqualTo("p.yaml line 5, column 2: this line's indentation does not match the lines above it");
        assertThat(problem("name: x\ninterests:\n- name: a\n   query: qubit\n")).isEqualTo("p.yaml line 4, column 9: "
                + "interests[1]: a 'key: value' in an unexpected place (check the indentation, or quote a value that "
                + "contains ': ')");
        assertThat(problem("name: 'x\n")).isEqualTo("p.yaml line 1, column 7: a quoted value whose closing quote is "
                + "missing");
        assertThat(problem("")).isEqualTo("p.yaml: the file is empty");
        assertThat(problem("name: x\ncategories: [quant-ph, cs.IT\n")).isEqualTo("p.yaml line 2, column 13: "
                + "categories[3]: a list '[…' that is not closed with ']'");
        assertThat(problem("{\"name\": \"x\", \"interests\": [}")).isEqualTo("p.yaml line 1, column 29: "
                + "interests: expected a value, found '}'");
    }

    private static String problem(String yaml) {
        return catchThrowableOfType(ProfileException.class,
                () -> ProfileReader.read(new StringReader(yaml), "p.yaml", false, null)).getMessage();
    }

    @Test
    void theFairShareIsOnUnlessTheProfileSwitchesItOff() {
        assertThat(ProfileReader.read(resource("qec.yaml")).fairShare()).isTrue();
        assertThat(ProfileReader.read(new StringReader("name: x\nauthors: [Y. LeCun]\nfairShare: false\n"), "p.yaml",
                false, null).fairShare()).isFalse();
        assertThat(ProfileReader.read(new StringReader("{\"name\": \"x\", \"authors\": [\"Y. LeCun\"], "
                + "\"fairShare\": true}"), "p.json", true, null).fairShare()).isTrue();
    }

    @Test
    void aFairShareThatIsNotTrueOrFalseNamesKeyAndLine() {
        assertThat(problem("name: x\nauthors: [Y. LeCun]\nfairShare: sometimes\n"))
                .isEqualTo("p.yaml line 3, column 12: fairShare: expected true or false, found 'sometimes'");
        assertThat(problem("name: x\nauthors: [Y. LeCun]\nfairShare: 0\n"))
                .isEqualTo("p.yaml line 3, column 12: fairShare: expected true or false, found a number");
    }

    @Test
    void aProfileThatCanMatchNothingIsRefused() {
        assertThatThrownBy(() -> ProfileReader.read(new StringReader("name: empty\n"), "p.yaml", false, null))
                .hasMessage("p.yaml: profile 'empty' has no interests, authors or seeds: it would match nothing");
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ProfileReader.read(file)).hasMessage(file + ": no such file");
    }

    @Test
    void seedsComeFromABibtexLibraryWithLatexTurnedIntoText() {
        Profile p = ProfileReader.read(resource("library.yaml"));

        assertThat(p.seedPapers()).extracting(Seed::id).containsExactlyInAnyOrder(
                PaperId.arxiv("2411.18090"), PaperId.doi("10.1000/example.1"));
        assertThat(p.seedPapers()).extracting(Seed::title).contains(
                "CIM-Based Parallel Fully FFNN Surface Code High-Level Decoder for Quantum Error Correction");
        assertThat(p.seedPapers().stream().filter(s -> s.id().isArxiv()).findFirst().orElseThrow().abstractText())
                .startsWith("Surface codes represent one of the most promising");
    }

    @Test
    void seedsComeFromAZoteroCslJsonLibraryAndUntitledItemsAreSkipped() {
        Profile p = ProfileReader.read(resource("library-csl.yaml"));

        assertThat(p.seedPapers()).hasSize(1);
        assertThat(p.seedPapers().get(0).id()).isEqualTo(PaperId.arxiv("2411.18090"));
    }

    @Test
    void aBrokenBibtexFileNamesTheProfileLineAndTheLibrary(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lib.bib"), "@article{a,\n  title = {Open\n");
        Files.writeString(dir.resolve("p.yaml"), "name: x\nseedsFile: lib.bib\n");
        assertThatThrownBy(() -> ProfileReader.read(dir.resolve("p.yaml")))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith(dir.resolve("p.yaml") + " line 2: seedsFile " + dir.resolve("lib.bib"));
    }

    @Test
    void theBuilderChecksQueriesToo() {
        assertThatThrownBy(() -> Profile.builder("b").interest("broken", "\"surface code", 1).build())
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("interest 'broken', query column ");
        Profile ok = Profile.builder("b").interest("fine", "title:qubit", 2).authors("Y. LeCun").build();
        assertThat(ok.interests()).extracting(Interest::weight).isEqualTo(List.of(2.0));
    }
}
