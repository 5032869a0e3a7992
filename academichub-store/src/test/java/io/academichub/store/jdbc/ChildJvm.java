package io.academichub.store.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StoreChildProcess} in a JVM of its own (java from {@code java.home}, the test class path), with its
 * standard output read line by line and its standard error kept in a file for the failure message.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final Path errors;
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.errors = errors;
    }

    static ChildJvm start(String... args) {
        try {
            Path errors = Files.createTempFile("academichub-child-", ".err");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    StoreChildProcess.class.getName()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            return new ChildJvm(process, errors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child JVM", e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Reads lines until one starts with {@code prefix}; fails when the child ends first. */
    String awaitLine(String prefix) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("the child ended before printing '" + prefix + "'; it printed " + seen
                    + "\n" + errorOutput());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the rest of the child's standard output, up to its end (call after it ended); returns every line seen. */
    List<String> drain() {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
            }
            return linesSeen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the child printed so far on standard output. */
    List<String> linesSeen() {
        return List.copyOf(seen);
    }

    /**
     * kill -9: no shutdown hook, no finally block, no flush runs in the child. Through the process handle, which
     * (unlike {@link Process#destroyForcibly()}) leaves our end of its output open, so {@link #drain()} still reads
     * what it printed.
     */
    void killHard() throws InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not die");
        }
    }

    /** Closes the child's standard input (a {@code hold} child then closes its store and ends). */
    void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    /** Waits for the child to end; fails when it does not within the time or ends with a non-zero status. */
    void awaitSuccess(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end within " + timeout + "; it printed " + seen);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("the child failed (exit " + process.exitValue() + "); it printed " + seen
                    + "\n" + errorOutput());
        }
    }

    String errorOutput() {
        try {
            return Files.readString(errors);
        } catch (IOException e) {
            return "(no error output: " + e + ")";
        }
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        out.close();
        Files.deleteIfExists(errors);
    }
}
