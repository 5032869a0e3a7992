package io.academichub.store.jdbc;

import io.academichub.model.Paper;
import io.academichub.store.Feedback;
import io.academichub.store.Feedback.Verdict;
import io.academichub.store.PaperStore.Novelty;
import io.academichub.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the H2 store adds to the contract: a data directory that survives restarts and serves one store at a time. */
class H2PaperStoreTest {

    @TempDir
    Path dir;

    @Test
    void aReopenedDataDirectoryRemembersWhatWasShownAndTheFeedback() {
        List<Paper> papers = RealPapers.announcement().subList(0, 100);
        Feedback like = new Feedback(papers.get(3).id(), Verdict.LIKE, Instant.parse("2024-11-28T15:00:00Z"));
        Path data = dir.resolve("nested/data");
        try (JdbcPaperStore store = JdbcPaperStore.openH2(data)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaUpgradeTest.LATEST);
            store.recordShown("radar", papers);
            store.recordFeedback("radar", like);
        }
        assertThat(data.resolve(JdbcPaperStore.H2_DATABASE_NAME + ".mv.db")).isRegularFile();
        assertThat(data.resolve(DataDirectoryLock.FILE_NAME)).isRegularFile();

        try (JdbcPaperStore store = JdbcPaperStore.openH2(data)) {
            assertThat(store.novelty("radar", papers).values()).containsOnly(Novelty.SEEN);
            assertThat(store.feedback("radar")).containsExactly(like);
            assertThat(store.paper(papers.get(3).id())).contains(papers.get(3));
        }
    }

    @Test
    void aClosedDataDirectoryHoldsOnlyTheDatabaseAndTheLockAndReopensWithItsData() throws Exception {
        List<Paper> papers = RealPapers.announcement().subList(0, 20);
        Feedback dismiss = new Feedback(papers.get(0).id(), Verdict.DISMISS, Instant.parse("2024-11-28T16:00:00Z"));
        try (JdbcPaperStore store = JdbcPaperStore.openH2(dir)) {
            store.recordShown("radar", papers);
            store.recordFeedback("radar", dismiss);
        }
        // no academichub.trace.db with an error H2 logged while closing
        assertHoldsOnlyTheDatabaseAndTheLock(dir);

        try (JdbcPaperStore store = JdbcPaperStore.openH2(dir)) {
            assertThat(store.novelty("radar", papers).values()).containsOnly(Novelty.SEEN);
            assertThat(store.feedback("radar")).containsExactly(dismiss);
        }
        assertHoldsOnlyTheDatabaseAndTheLock(dir);
    }

    @Test
    void aSecondStoreOnTheSameDirectoryWaitsThenFailsNamingTheOwner() {
        try (JdbcPaperStore first = JdbcPaperStore.openH2(dir)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> JdbcPaperStore.openH2(dir, Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(DataDirectoryInUseException.class, e -> {
                        assertThat(e.dataDirectory()).isEqualTo(dir.toAbsolutePath().normalize());
                        assertThat(e.ownerPid()).hasValue(ProcessHandle.current().pid());
                        assertThat(e).hasMessage("data directory " + dir.toAbsolutePath().normalize()
                                + ": in use by another store in this process (pid " + ProcessHandle.current().pid()
                                + "), waited 300 ms; the H2 store serves one process at a time: close the other,"
                                + " or use PostgreSQL");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(first.feedback("p")).isEmpty(); // the first store is unharmed
        }
        try (JdbcPaperStore again = JdbcPaperStore.openH2(dir, Duration.ZERO)) { // closing let go of it
            assertThat(again.schemaVersion()).isEqualTo(SchemaUpgradeTest.LATEST);
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> JdbcPaperStore.openH2(file))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("data directory " + file + ": cannot open: ");
    }

    /** What README.md says the data directory holds; a trace file H2 wrote is shown, to say what went wrong. */
    private static void assertHoldsOnlyTheDatabaseAndTheLock(Path directory) throws IOException {
        Path trace = directory.resolve(JdbcPaperStore.H2_DATABASE_NAME + ".trace.db");
        String traced = Files.exists(trace) ? Files.readString(trace) : "";
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("files in the data directory; H2's trace: %s", traced)
                    .containsExactlyInAnyOrder(JdbcPaperStore.H2_DATABASE_NAME + ".mv.db", DataDirectoryLock.FILE_NAME);
        }
    }
}
