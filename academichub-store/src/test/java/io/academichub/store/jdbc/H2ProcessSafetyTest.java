package io.academichub.store.jdbc;

import io.academichub.model.Paper;
import io.academichub.store.PaperStore.Novelty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two processes on one data directory never corrupt it, and a process killed with kill -9 in the middle of a write
 * leaves a store that opens, holds every write that completed, and no part of the one that did not. Each test starts
 * real child JVMs ({@link StoreChildProcess}) on real papers.
 */
class H2ProcessSafetyTest {

    private static final int BATCH = 100;

    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsToldWhichProcessHasTheDirectoryAndGetsItWhenThatOneIsKilled() throws Exception {
        try (ChildJvm holder = ChildJvm.start("hold", dir.toString())) {
            holder.awaitLine("OPEN");

            assertThatThrownBy(() -> JdbcPaperStore.openH2(dir, Duration.ofMillis(500)))
                    .isInstanceOfSatisfying(DataDirectoryInUseException.class, e -> {
                        assertThat(e.ownerPid()).hasValue(holder.pid());
                        assertThat(e).hasMessageContaining(": in use by another process (pid " + holder.pid() + "),"
                                + " waited 500 ms;");
                    });

            holder.killHard(); // the OS releases the lock of a killed process: no stale lock
            try (JdbcPaperStore store = JdbcPaperStore.openH2(dir, Duration.ofSeconds(10))) {
                assertThat(store.schemaVersion()).isEqualTo(SchemaUpgradeTest.LATEST);
            }
        }
    }

    @Test
    void aProcessThatClosesTheStoreHandsTheDirectoryToOneThatWaits() throws Exception {
        try (ChildJvm holder = ChildJvm.start("hold", dir.toString())) {
            holder.awaitLine("OPEN");
            Thread closer = new Thread(() -> {
                try {
                    Thread.sleep(500);
                    holder.closeInput();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            closer.start();
            try (JdbcPaperStore store = JdbcPaperStore.openH2(dir, Duration.ofSeconds(60))) {
                holder.awaitSuccess(Duration.ofSeconds(30));
                assertThat(store.feedback("p")).isEmpty();
            }
            closer.join();
        }
    }

    @Test
    void twoProcessesWritingTakeTurnsAndLoseNothing() throws Exception {
        List<Paper> papers = RealPapers.announcement();
        int half = 600;
        try (ChildJvm a = ChildJvm.start("write", dir.toString(), "shared", "0", String.valueOf(half),
                String.valueOf(BATCH), "reopen");
             ChildJvm b = ChildJvm.start("write", dir.toString(), "shared", String.valueOf(half),
                     String.valueOf(2 * half), String.valueOf(BATCH), "reopen")) {
            a.awaitLine("DONE");
            b.awaitLine("DONE");
            a.awaitSuccess(Duration.ofMinutes(2));
            b.awaitSuccess(Duration.ofMinutes(2));
        }
        try (JdbcPaperStore store = JdbcPaperStore.openH2(dir)) {
            List<Paper> written = papers.subList(0, 2 * half);
            assertThat(store.novelty("shared", written).values()).containsOnly(Novelty.SEEN);
            assertThat(store.novelty("shared", papers.subList(2 * half, papers.size())).values())
                    .containsOnly(Novelty.NEW);
            for (Paper p : written) {
                assertThat(store.paper(p.id())).as(p.id().toString()).contains(p);
            }
        }
    }

    @Test
    void aWriterKilledMidWriteLeavesEveryCompletedBatchAndNoHalfOfTheOther() throws Exception {
        List<Paper> papers = RealPapers.announcement();
        int killedIn;
        try (ChildJvm writer = ChildJvm.start("write", dir.toString(), "killed", "0", String.valueOf(papers.size()),
                String.valueOf(BATCH))) {
            writer.awaitLine("COMMITTED 2");
            writer.awaitLine("WRITING");
            Thread.sleep(20); // into the batch's transaction, which takes far longer
            writer.killHard();
            List<String> said = writer.drain();
            String last = said.get(said.size() - 1);
            // Usually the kill comes inside a batch's transaction ("WRITING i" said last). On a loaded machine the
            // batch may have committed first ("COMMITTED i" last): then batch i + 1 had not begun its transaction,
            // and the all-or-nothing check below holds it to that.
            assertThat(last).as("the child's last words").matches("(WRITING|COMMITTED) \\d+");
            killedIn = last.startsWith("WRITING ") ? Integer.parseInt(last.substring("WRITING ".length()))
                    : Integer.parseInt(last.substring("COMMITTED ".length())) + 1;
        }

        try (JdbcPaperStore store = JdbcPaperStore.openH2(dir, Duration.ofSeconds(10))) {
            for (int i = 0; i * BATCH < papers.size(); i++) {
                List<Paper> batch = papers.subList(i * BATCH, Math.min(papers.size(), (i + 1) * BATCH));
                Collection<Novelty> novelty = store.novelty("killed", batch).values();
                if (i < killedIn) {
                    assertThat(novelty).as("batch %d, committed before the kill", i).containsOnly(Novelty.SEEN);
                    for (Paper p : batch) {
                        assertThat(store.paper(p.id())).as(p.id().toString()).contains(p);
                    }
                } else if (i == killedIn) {
                    assertThat(Map.of("distinct states", novelty.stream().distinct().count()))
                            .as("batch %d, being written at the kill: all or nothing", i)
                            .containsEntry("distinct states", 1L);
                } else {
                    assertThat(novelty).as("batch %d, not begun at the kill", i).containsOnly(Novelty.NEW);
                }
            }
            // and the store takes writes again
            store.recordShown("killed", papers);
            assertThat(store.novelty("killed", papers).values()).containsOnly(Novelty.SEEN);
        }
    }
}
