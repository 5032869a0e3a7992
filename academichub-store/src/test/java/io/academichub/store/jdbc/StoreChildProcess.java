package io.academichub.store.jdbc;

import io.academichub.model.Paper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The other process of the two-process and kill -9 tests, started by {@link ChildJvm} in a JVM of its own. It talks
 * to the test on standard output, one line per step, and flushes each line before it goes on.
 *
 * <ul>
 *   <li>{@code hold DIR}: opens the store, prints {@code OPEN}, and keeps it open until its standard input ends.
 *   <li>{@code write DIR PROFILE FIRST LAST BATCH [reopen]}: records the real papers [FIRST, LAST) as shown, BATCH
 *       at a time, printing {@code WRITING i} before and {@code COMMITTED i} after batch i; with {@code reopen} it
 *       opens and closes the store around every batch (waiting up to a minute for the lock), so that two such
 *       processes take turns.
 * </ul>
 */
public final class StoreChildProcess {

    private StoreChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "hold" -> {
                try (JdbcPaperStore store = JdbcPaperStore.openH2(dir)) {
                    say("OPEN " + store.schemaVersion());
                    while (System.in.read() >= 0) {
                        // until the test closes our standard input, or kills us
                    }
                }
            }
            case "write" -> {
                List<Paper> papers = RealPapers.announcement();
                String profile = args[2];
                int first = Integer.parseInt(args[3]);
                int last = Integer.parseInt(args[4]);
                int batch = Integer.parseInt(args[5]);
                boolean reopen = args.length > 6 && args[6].equals("reopen");
                Duration wait = Duration.ofMinutes(1);
                JdbcPaperStore store = reopen ? null : JdbcPaperStore.openH2(dir, wait);
                for (int from = first, i = 0; from < last; from += batch, i++) {
                    if (reopen) {
                        store = JdbcPaperStore.openH2(dir, wait);
                    }
                    say("WRITING " + i);
                    store.recordShown(profile, papers.subList(from, Math.min(last, from + batch)));
                    say("COMMITTED " + i);
                    if (reopen) {
                        store.close();
                    }
                }
                if (!reopen) {
                    store.close();
                }
                say("DONE");
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
