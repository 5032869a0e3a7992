package io.academichub.store.jdbc;

import io.academichub.model.Paper;
import io.academichub.store.PaperStore;
import io.academichub.testing.PaperStoreContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The H2 store, each check in a data directory of its own, keeps the {@link PaperStore} contract on real papers. */
class H2PaperStoreContractTest implements PaperStoreContract {

    private static final AtomicInteger STORES = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    public PaperStore newStore() {
        return JdbcPaperStore.openH2(dir.resolve("store-" + STORES.incrementAndGet()));
    }

    @Override
    public List<Paper> papers() {
        return RealPapers.announcement();
    }
}
