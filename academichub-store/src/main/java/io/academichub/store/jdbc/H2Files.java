package io.academichub.store.jdbc;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

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

    /** Unpooled sessions: the one that shuts the database down must not be a pooled one (see {@link #close()}). */
    private final JdbcDataSource sessions;
    private final JdbcConnectionPool pool;
    private final DataDirectoryLock lock;

    private H2Files(JdbcDataSource sessions, DataDirectoryLock lock) {
        this.sessions = sessions;
        this.pool = JdbcConnectionPool.create(sessions);
        this.lock = lock;
    }

    /**
     * The database {@code name} in a directory whose lock the caller holds. WRITE_DELAY=0: a commit reaches the file
     * before the call returns, so kill -9 loses no completed write.
     */
    static H2Files open(Path directory, String name, DataDirectoryLock lock) {
        JdbcDataSource sessions = new JdbcDataSource();
        sessions.setURL("jdbc:h2:file:" + directory.resolve(name) + ";WRITE_DELAY=0");
        sessions.setUser("sa");
        sessions.setPassword("");
        return new H2Files(sessions, lock);
    }

    DataSource dataSource() {
        return pool;
    }

    /**
     * Closes the pool's sessions, shuts the database down and releases the directory's lock, in that order. The
     * SHUTDOWN runs on a session of its own, not a pooled one: closing a pooled connection rolls back first, and on a
     * database already shut down H2 logs that rollback's "Database is already closed" to a {@code .trace.db} file in
     * the data directory. SHUTDOWN (rather than letting the last session's close end the database) also ends a
     * session still in use by a call running while the store closes, so that the file is closed before the lock lets
     * another process open it.
     */
    @Override
    public void close() throws IOException {
        try (DataDirectoryLock unlockLast = lock) {
            try (Connection c = sessions.getConnection(); Statement s = c.createStatement()) {
                pool.dispose(); // with c open, the database stays open while the idle sessions close
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // cannot be opened (so nothing to shut down), or already gone
            } finally {
                pool.dispose();
            }
        }
    }
}
