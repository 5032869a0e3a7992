package io.academichub.store.jdbc;

import io.academichub.model.Paper;
import io.academichub.store.Feedback;
import io.academichub.store.Feedback.Verdict;
import io.academichub.store.PaperStore.Novelty;
import io.academichub.store.StoreException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What PostgreSQL adds to the contract, on a real server: several store instances (as several processes would have)
 * share one database, open and upgrade it at once, and write the same rows at once without losing or failing a write.
 */
class PostgresPaperStoreTest {

    @Test
    void severalInstancesOpeningAFreshSchemaAtOnceUpgradeItOnce() throws Exception {
        TestPostgres server = TestPostgres.server();
        String url = server.newSchemaUrl();
        List<JdbcPaperStore> stores = allAtOnce(4, () -> server.open(url));
        try {
            assertThat(stores).extracting(JdbcPaperStore::schemaVersion).containsOnly(SchemaUpgradeTest.LATEST);
        } finally {
            stores.forEach(JdbcPaperStore::close);
        }
    }

    @Test
    void severalInstancesWritingTheSameRowsAtOnceLoseNothing() throws Exception {
        TestPostgres server = TestPostgres.server();
        String url = server.newSchemaUrl();
        List<Paper> papers = RealPapers.announcement().subList(0, 300);
        try (JdbcPaperStore first = server.open(url)) {
            List<JdbcPaperStore> stores = List.of(first, server.open(url), server.open(url));
            try {
                // each instance records overlapping thirds twice over, and a verdict on the same paper
                List<Callable<Void>> writes = new ArrayList<>();
                for (int i = 0; i < stores.size(); i++) {
                    JdbcPaperStore store = stores.get(i);
                    List<Paper> slice = papers.subList(i * 50, i * 50 + 200);
                    Verdict verdict = i % 2 == 0 ? Verdict.LIKE : Verdict.DISMISS;
                    Instant at = Instant.parse("2024-11-28T15:00:00Z").plusSeconds(i);
                    writes.add(() -> {
                        store.recordShown("shared", slice);
                        store.recordFeedback("shared", new Feedback(papers.get(0).id(), verdict, at));
                        store.recordShown("shared", slice);
                        return null;
                    });
                }
                runAllAtOnce(writes);
            } finally {
                stores.subList(1, stores.size()).forEach(JdbcPaperStore::close);
            }
            List<Paper> written = papers.subList(0, 2 * 50 + 200);
            assertThat(first.novelty("shared", written).values()).containsOnly(Novelty.SEEN);
            assertThat(first.feedback("shared")).hasSize(1); // one verdict per paper: the last one given
            for (Paper p : written.subList(0, 20)) { // each paper a connection: the contract test reads them all
                assertThat(first.paper(p.id())).as(p.id().toString()).contains(p);
            }
        }
    }

    @Test
    void anUnreachableServerIsAClearErrorWithoutThePassword() {
        assertThatThrownBy(() -> JdbcPaperStore.open("jdbc:postgresql://127.0.0.1:1/radar?password=s3cret&ssl=false",
                "radar", "s3cret"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("jdbc:postgresql://127.0.0.1:1/radar: ")
                .hasMessageNotContaining("s3cret");
    }

    private static <T> List<T> allAtOnce(int n, Callable<T> task) throws Exception {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(task);
        }
        return runAllAtOnce(tasks);
    }

    private static <T> List<T> runAllAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
