package io.academichub.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's embedding snippets (the quick start, the radar's, the store's, the LLM ones) compile exactly as a reader would paste them,
 * against this build's classes; and the consumer check ({@code academichub-it}) builds and runs the quick start's
 * very text.
 */
class ReadmeSnippetTest {

    private static final Path README = Path.of("..", "README.md"); // surefire runs in the module's directory
    /** The consumer check's copy: built against the installed artifacts through the BOM, and run. */
    private static final Path CONSUMER_CHECK_SOURCES = Path.of("..", "academichub-it", "src", "it", "readme-quickstart",
            "src", "main", "java");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("(?m)^(?:public )?(?:final )?class (\\w+)");

    @Test
    void theEmbeddingSnippetCompilesAsPasted(@TempDir Path dir) throws IOException {
        String snippet = embeddingSnippet();

        List<String> errors = compile(snippet, dir);

        assertThat(errors).as("compiling the README's snippet:\n" + snippet).isEmpty();
        String className = className(snippet);
        assertThat(dir.resolve("out").resolve(className + ".class")).exists();
    }

    /**
     * The radar's, the many-profiles, the store's, the LLM client's and the briefing's snippets, each found by an
     * import only it has.
     */
    @ParameterizedTest
    @ValueSource(strings = {"import io.academichub.radar.Radar;", "import io.academichub.radar.ProfileMatcher;",
        "import io.academichub.store.jdbc.JdbcPaperStore;", "import io.academichub.llm.LlmReply;",
        "import io.academichub.llm.render.MarkdownRenderer;"})
    void theOtherSnippetsCompileAsPasted(String marker, @TempDir Path dir) throws IOException {
        String snippet = javaBlockWith(marker);

        List<String> errors = compile(snippet, dir);

        assertThat(errors).as("compiling the README's snippet with '%s':\n%s", marker, snippet).isEmpty();
        assertThat(dir.resolve("out").resolve(className(snippet) + ".class")).exists();
    }

    @Test
    void theConsumerCheckBuildsAndRunsTheSnippetAsTheReadmeShowsIt() throws IOException {
        String snippet = embeddingSnippet();
        Path copy = CONSUMER_CHECK_SOURCES.resolve(className(snippet) + ".java");

        assertThat(copy).as("the consumer check's copy of the README's snippet").exists();
        assertThat(Files.readString(copy, StandardCharsets.UTF_8))
                .as("%s must be the README's snippet byte for byte: copy the README's ```java block there", copy)
                .isEqualTo(snippet);
    }

    @Test
    void theCheckWouldCatchASnippetThatNoLongerCompiles(@TempDir Path dir) throws IOException {
        // Without its imports the same text must fail: the check compiles against the real API, not anything.
        String withoutImports = embeddingSnippet().lines().filter(l -> !l.startsWith("import "))
                .collect(Collectors.joining("\n"));

        assertThat(compile(withoutImports, dir)).anyMatch(e -> e.contains("cannot find symbol"));
    }

    /** The README's Java block with a {@code main}: the one a reader copies to try the library. */
    private static String embeddingSnippet() throws IOException {
        return javaBlockWith("public static void main");
    }

    /** The first ```java block of the README that contains the text. */
    private static String javaBlockWith(String text) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher blocks = JAVA_BLOCK.matcher(readme);
        while (blocks.find()) {
            if (blocks.group(1).contains(text)) {
                return blocks.group(1);
            }
        }
        throw new AssertionError("README.md has no ```java block with " + text);
    }

    private static String className(String snippet) {
        Matcher m = CLASS_NAME.matcher(snippet);
        assertThat(m.find()).as("the snippet declares a class").isTrue();
        return m.group(1);
    }

    /** Compiles the snippet with the test classpath (every module of this build); returns the error messages. */
    private static List<String> compile(String snippet, Path dir) throws IOException {
        Path source = dir.resolve(className(snippet) + ".java");
        Files.writeString(source, snippet, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("out"));
        // Surefire puts the real class path here; java.class.path may be only its booter jar.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            javac.getTask(null, files, diagnostics,
                    List.of("--release", "17", "-classpath", classPath, "-d", out.toString(), "-proc:none"),
                    null, files.getJavaFileObjects(source)).call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(null))
                .toList();
    }
}
