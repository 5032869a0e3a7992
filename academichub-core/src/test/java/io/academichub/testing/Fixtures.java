package io.academichub.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads recorded fixtures from the test class path, failing loudly when one is missing (a typo in a file name must
 * not turn into an empty body). A {@code .gz} fixture (stored compressed to stay small) is read decompressed, as the
 * server sent it.
 *
 * <pre>{@code
 * byte[] feed = Fixtures.bytes("fixtures/arxiv-rss/rss.arxiv.org_cs.AI_2026-04-27_3-items-excerpt.xml");
 * }</pre>
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * The resource at {@code path} (relative to the class-path root, no leading slash) as a stream, decompressed when
     * the name ends in {@code .gz}.
     *
     * @throws IllegalStateException when there is no such resource
     */
    public static InputStream open(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing test fixture on the class path: " + path);
        }
        try {
            return path.endsWith(".gz") ? new GZIPInputStream(in, 64 * 1024) : in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gzip fixture " + path, e);
        }
    }

    /** The bytes of the resource at {@code path}. */
    public static byte[] bytes(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource at {@code path} decoded as UTF-8. */
    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
