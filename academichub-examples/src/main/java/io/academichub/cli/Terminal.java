package io.academichub.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's stderr is a terminal. Java has no isatty, and {@link System#console()} is null as soon as
 * stdout is redirected ({@code academichub fetch ... > today.jsonl}, the usual case) even when stderr is a terminal.
 */
final class Terminal {

    /** Set by bin/academichub from the shell's {@code [ -t 2 ]}, the portable answer. */
    static final String STDERR_PROPERTY = "academichub.stderr.terminal";

    private Terminal() {
    }

    /** Whether to draw on stderr in place: it is a terminal that understands carriage returns and ANSI clears. */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        String told = System.getProperty(STDERR_PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        try { // Linux: file descriptor 2 links to the terminal device
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
