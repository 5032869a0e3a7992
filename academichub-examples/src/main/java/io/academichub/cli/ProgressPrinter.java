package io.academichub.cli;

import io.academichub.ProgressListener;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a long operation's progress on stderr: every step's summary line as it ends, and either a line as each step
 * starts ({@link #lines}, for logs and pipes) or a progress bar that redraws itself in place ({@link #bar}, for a
 * terminal). Any command with steps (the sources of a fetch, later the batches of a briefing) hands one to the
 * library as its {@link ProgressListener}, then {@link #close()}s it before printing anything else.
 */
final class ProgressPrinter implements ProgressListener, AutoCloseable {

    private static final int BAR_CELLS = 20;
    private static final int WIDTH = 79; // the bar must never wrap, or "\r" can no longer redraw it

    private final PrintWriter err;
    private final boolean silent;
    private final boolean bar;
    private final long startNanos = System.nanoTime();
    private final Set<String> running = new LinkedHashSet<>();
    private final ScheduledExecutorService ticker;
    private int steps;
    private int done;
    private boolean drawn;
    private boolean closed;

    private ProgressPrinter(PrintWriter err, boolean silent, boolean bar, boolean tick) {
        this.err = err;
        this.silent = silent;
        this.bar = bar;
        if (tick) {
            // Redraw every second so the elapsed time shows that a slow source is still being waited on.
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "academichub-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    /** Nothing at all ({@code --quiet}): the command prints the summaries itself, at the end. */
    static ProgressPrinter silent(PrintWriter err) {
        return new ProgressPrinter(err, true, false, false);
    }

    /** Plain lines: {@code arxiv:cs.AI started} as a step starts, its summary as it ends. */
    static ProgressPrinter lines(PrintWriter err) {
        return new ProgressPrinter(err, false, false, false);
    }

    /**
     * A bar on one line, redrawn in place (with the steps still running and the elapsed time), each ended step's
     * summary printed above it.
     *
     * @param tick whether to redraw every second even when nothing happens (a terminal: yes; a test: no)
     */
    static ProgressPrinter bar(PrintWriter err, boolean tick) {
        return new ProgressPrinter(err, false, true, tick);
    }

    /** Whether each step's summary was printed as it ended, so the command need not print it again. */
    boolean printsSummaries() {
        return !silent;
    }

    @Override
    public synchronized void planned(String operation, int steps) {
        this.steps = steps;
        draw();
    }

    @Override
    public synchronized void started(String step) {
        if (silent || closed) {
            return;
        }
        running.add(step);
        if (bar) {
            draw();
        } else {
            err.println(step + " started");
        }
    }

    @Override
    public synchronized void finished(String step, boolean succeeded, String summary) {
        if (silent || closed) {
            return;
        }
        running.remove(step);
        done++;
        erase();
        err.println(summary);
        draw();
    }

    /** Removes the bar and stops redrawing; the caller may then print freely. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        erase();
        closed = true;
        err.flush();
    }

    private synchronized void redraw() {
        draw();
    }

    private void draw() {
        if (!bar || closed) {
            return;
        }
        int filled = steps == 0 ? 0 : BAR_CELLS * done / steps;
        StringBuilder line = new StringBuilder("\r[")
                .append("#".repeat(filled)).append(" ".repeat(BAR_CELLS - filled)).append("] ")
                .append(done).append('/').append(steps).append(' ')
                .append((System.nanoTime() - startNanos) / 1_000_000_000L).append(" s");
        if (!running.isEmpty()) {
            line.append("  ").append(String.join(", ", running));
        }
        if (line.length() > WIDTH + 1) {
            line.setLength(WIDTH);
            line.append('…');
        }
        err.print(line.append("\033[K")); // clear what a longer previous bar left behind
        err.flush();
        drawn = true;
    }

    private void erase() {
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
    }
}
