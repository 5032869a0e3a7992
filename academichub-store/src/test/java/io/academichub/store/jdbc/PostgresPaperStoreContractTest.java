package io.academichub.store.jdbc;

import io.academichub.model.Paper;
import io.academichub.store.PaperStore;
import io.academichub.testing.PaperStoreContract;

import java.util.List;

/**
 * The PostgreSQL store keeps the {@link PaperStore} contract on a real server ({@link TestPostgres}), each check in
 * a schema of its own, on real papers: the first 400 of the announcement, as {@code open(url, …)} opens a server
 * connection per call and the bulk check reads each paper back by id (the H2 contract test takes all 1,504).
 */
class PostgresPaperStoreContractTest implements PaperStoreContract {

    @Override
    public PaperStore newStore() {
        return TestPostgres.server().newStore();
    }

    @Override
    public List<Paper> papers() {
        return RealPapers.announcement().subList(0, 400);
    }
}
