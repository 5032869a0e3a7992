package io.academichub.store.jdbc;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, one per test JVM. Either the one {@code ACADEMICHUB_TEST_PG_URL} names
 * (with {@code ACADEMICHUB_TEST_PG_USER} and {@code ACADEMICHUB_TEST_PG_PASSWORD}), or a throwaway cluster this class
 * starts itself from the machine's PostgreSQL server binaries (Debian's {@code postgresql} package, which
 * {@code .ci/run} installs; {@code ACADEMICHUB_TEST_PG_BIN} names another bin directory) in a temporary directory,
 * on a free loopback port, and stops and deletes when the JVM exits. PostgreSQL refuses to run as root, so as root
 * the cluster runs as the {@code postgres} user the Debian package creates.
 *
 * <p>Without either, the PostgreSQL tests are skipped with a message saying how to get a server, except under CI
 * ({@code CI=true}), where they fail: CI must never pass without having run them.
 */
final class TestPostgres {

    private static final String USER = "academichub";
    private static TestPostgres instance;

    private final String baseUrl; // jdbc:postgresql://host:port/db
    private final String user;
    private final String password;
    private final AtomicInteger schemas = new AtomicInteger();

    private TestPostgres(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    /** The server, started on first use; skips (or under CI fails) the calling test when there is none. */
    static synchronized TestPostgres server() {
        if (instance == null) {
            String url = System.getenv("ACADEMICHUB_TEST_PG_URL");
            if (url != null && !url.isBlank()) {
                instance = new TestPostgres(url, System.getenv("ACADEMICHUB_TEST_PG_USER"),
                        System.getenv("ACADEMICHUB_TEST_PG_PASSWORD"));
            } else {
                instance = startThrowawayCluster();
            }
        }
        return instance;
    }

    /** A JDBC URL of a new, empty schema of its own, for one store. */
    String newSchemaUrl() {
        String schema = "t" + ProcessHandle.current().pid() + "_" + schemas.incrementAndGet();
        try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " at " + baseUrl + ": " + e.getMessage(), e);
        }
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A store on a new, empty schema. */
    JdbcPaperStore newStore() {
        return open(newSchemaUrl());
    }

    /** A store on the schema of a URL from {@link #newSchemaUrl()}. */
    JdbcPaperStore open(String schemaUrl) {
        return JdbcPaperStore.open(schemaUrl, user, password);
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    private static TestPostgres startThrowawayCluster() {
        Optional<Path> bin = serverBinaries();
        if (bin.isEmpty()) {
            String how = "no PostgreSQL server for the PostgreSQL store tests: install one (Debian: apt-get install"
                    + " postgresql; .ci/run does) or set ACADEMICHUB_TEST_PG_URL";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(how + " — under CI these tests must run");
            }
            Assumptions.abort(how);
        }
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path home = Files.createTempDirectory("academichub-pg-");
            Path data = home.resolve("data");
            if (root) {
                run(List.of("chown", "postgres:postgres", home.toString()), false, home);
            }
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            run(List.of(bin.get().resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--no-locale", "--no-sync"), root, home);
            run(List.of(bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    home.resolve("server.log").toString(), "-w", "-t", "120", "-o",
                    "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), root, home);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin.get(), data, home, root)));
            return new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a throwaway PostgreSQL cluster", e);
        }
    }

    /** The bin directory with initdb and pg_ctl: $ACADEMICHUB_TEST_PG_BIN, or Debian's newest version. */
    private static Optional<Path> serverBinaries() {
        String configured = System.getenv("ACADEMICHUB_TEST_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> versionOf(b.getParent())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path versionDirectory) {
        try {
            return Integer.parseInt(versionDirectory.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void stop(Path bin, Path data, Path home, boolean root) {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"),
                    root, home);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not stop the test PostgreSQL in " + home + ": " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the OS cleans it eventually
        }
    }

    /** Runs a command (as the postgres user when {@code asPostgres}), failing with its output when it fails. */
    private static void run(List<String> command, boolean asPostgres, Path home) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("academichub-pg-cmd-", ".log");
        try {
            Process process = new ProcessBuilder(full).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", full));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("failed (exit " + process.exitValue() + "): " + String.join(" ", full)
                        + "\n" + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
