package io.academichub.store.jdbc;

import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An open H2 database file in a locked data directory: H2's own connection pool (opening an embedded session costs
 * about a millisecond; a pooled one nothing) and the directory's lock, closed together. The only class that names H2's
 * API, so that an application without H2 on its class path can still load {@link JdbcPaperStore}.
 */
final class H2Files implements AutoCloseable {

    private final JdbcConnectionPool pool;
    private final DataDirectoryLock lock;

    private H2Files(JdbcConnectionPool pool, DataDirectoryLock lock) {
        this.pool = pool;
        this.lock = lock;
    }

    /**
     * The database {@code name} in a directory whose lock the caller holds. WRITE_DELAY=0: a commit reaches the file
     * before the call returns, so kill -9 loses no completed write.
     */
    static H2Files open(Path directory, String name, DataDirectoryLock lock) {
        String url = "jdbc:h2:file:" + directory.resolve(name) + ";WRITE_DELAY=0";
        return new H2Files(JdbcConnectionPool.create(url, "sa", ""), lock);
    }

    DataSource dataSource() {
        return pool;
    }

    /** Shuts the database down cleanly, closes the pool's connections and releases the directory's lock. */
    @Override
    public void close() throws IOException {
        try (DataDirectoryLock unlockLast = lock) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // never opened, or already gone: nothing to shut down
            } finally {
                pool.dispose();
            }
        }
    }
}
