package io.academichub.store.jdbc;

import io.academichub.json.PaperJson;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.store.Feedback;
import io.academichub.store.Feedback.Verdict;
import io.academichub.store.PaperStore;
import io.academichub.store.StoreException;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@link PaperStore} on a relational database: an H2 file in a data directory by default, PostgreSQL for a store
 * that several processes or machines share.
 *
 * <pre>{@code
 * try (PaperStore store = JdbcPaperStore.openH2(Path.of(System.getProperty("user.home"), ".academichub"))) {
 *     Map<PaperId, PaperStore.Novelty> novelty = store.novelty("quantum", todaysPapers);
 *     List<Paper> fresh = todaysPapers.stream().filter(p -> novelty.get(p.id()) != PaperStore.Novelty.SEEN).toList();
 *     // … rank and print fresh …
 *     store.recordShown("quantum", fresh);
 * }
 * // shared by several instances:
 * PaperStore shared = JdbcPaperStore.open("jdbc:postgresql://db.example.org/radar", "radar", password);
 * }</pre>
 *
 * <p><b>The data directory</b> ({@link #openH2}) holds the database {@value #H2_DATABASE_NAME}{@code .mv.db} and the
 * lock file {@code academichub.lock}. One process at a time has it open: a second one waits up to the given lock wait
 * ({@link #DEFAULT_LOCK_WAIT} by default) for the first to close it, then fails with
 * {@link DataDirectoryInUseException} naming the other process's pid. The operating system releases the lock when
 * a process ends in any way, kill -9 included, and every write is one transaction that H2 commits to the file
 * before the call returns, so a killed run leaves a store that opens with every write it completed, and none half
 * done.
 *
 * <p><b>PostgreSQL</b> ({@link #open(String, String, String)}, or {@link #open(DataSource)} with a connection pool)
 * needs {@code org.postgresql:postgresql} and {@code org.flywaydb:flyway-database-postgresql} on the class path;
 * any number of processes may share it. The tables are named {@code ah_…}, so the store can live in a database or
 * schema with others.
 *
 * <p><b>The schema</b> is versioned ({@link #schemaVersion()}): opening a store upgrades an older schema in place,
 * keeping its data, with Flyway (the history is in the table {@code ah_schema_history}), and refuses a database
 * that a newer AcademicHub has upgraded.
 *
 * <p>Thread-safe. Each call takes a connection for its duration; writes from one store are serialized. Feedback
 * times are kept to the microsecond, as SQL timestamps are. Failures are {@link StoreException}s naming the store
 * (the data directory, or the JDBC URL without its parameters, so never a password).
 */
public final class JdbcPaperStore implements PaperStore {

    /** How long {@link #openH2(Path)} waits for another process to let go of the data directory. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(10);

    /** The H2 database's file name in the data directory, without H2's {@code .mv.db} suffix. */
    public static final String H2_DATABASE_NAME = "academichub";

    /** Ids per {@code IN (…)} list when reading novelty: well under every driver's parameter limit. */
    private static final int IN_LIST_SIZE = 500;

    private final DataSource dataSource;
    private final String name;
    private final SqlDialect dialect;
    private final int schemaVersion;
    /** What closing the store closes besides: the H2 database and its directory's lock, or nothing. */
    private final AutoCloseable ownResources;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;

    private JdbcPaperStore(DataSource dataSource, String name, AutoCloseable ownResources) {
        this.dataSource = dataSource;
        this.name = name;
        this.ownResources = ownResources;
        // connect before Flyway does, so that a connection failure is reported in the driver's words, not with the URL
        try (Connection c = dataSource.getConnection()) {
            this.dialect = SqlDialect.forProduct(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new StoreException(name, "cannot connect: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new StoreException(name, e.getMessage(), e);
        }
        if (dialect == SqlDialect.POSTGRESQL) {
            requireOnClassPath(name, "org.flywaydb.database.postgresql.PostgreSQLDatabaseType",
                    "Flyway's PostgreSQL support", "org.flywaydb:flyway-database-postgresql");
        }
        this.schemaVersion = SchemaMigrations.migrate(dataSource, name);
    }

    /**
     * Opens (creating it when missing) the H2 store in a data directory, waiting up to {@link #DEFAULT_LOCK_WAIT}
     * for another process that has it open.
     *
     * @param dataDirectory the directory for the database and its lock file; created with its parents when missing
     * @return the open store
     * @throws DataDirectoryInUseException when another process keeps the directory open for longer than the wait
     * @throws StoreException              when the directory or the database cannot be opened or upgraded, or the H2
     *                                     driver ({@code com.h2database:h2}) is not on the class path
     */
    public static JdbcPaperStore openH2(Path dataDirectory) {
        return openH2(dataDirectory, DEFAULT_LOCK_WAIT);
    }

    /**
     * Opens (creating it when missing) the H2 store in a data directory, waiting up to {@code lockWait} for another
     * process that has it open; {@link Duration#ZERO} fails at once.
     *
     * @param dataDirectory the directory holding the database file and the lock
     * @param lockWait how long to wait for another process to let go of the directory
     * @return the open store
     * @see #openH2(Path)
     */
    public static JdbcPaperStore openH2(Path dataDirectory, Duration lockWait) {
        Objects.requireNonNull(lockWait, "lockWait");
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("lockWait must not be negative: " + lockWait);
        }
        Path directory = dataDirectory.toAbsolutePath().normalize();
        String name = "data directory " + directory;
        if (directory.toString().contains(";")) {
            // H2 would read what follows a ';' as a setting
            throw new IllegalArgumentException(name + ": a data directory's path must not contain ';'");
        }
        requireOnClassPath(name, "org.h2.Driver", "the JDBC driver", "com.h2database:h2");
        DataDirectoryLock lock;
        try {
            Files.createDirectories(directory);
            lock = DataDirectoryLock.acquire(directory, lockWait);
        } catch (IOException e) {
            throw new StoreException(name, "cannot open: " + e, e);
        }
        H2Files h2 = H2Files.open(directory, H2_DATABASE_NAME, lock);
        try {
            return new JdbcPaperStore(h2.dataSource(), name, h2);
        } catch (RuntimeException e) {
            closeQuietly(h2, e);
            throw e;
        }
    }

    /**
     * Opens the store at a JDBC URL ({@code jdbc:postgresql://host/db}), creating or upgrading its tables. Each call
     * opens a connection of its own; a service that makes many calls passes a pool to {@link #open(DataSource)}.
     *
     * @param jdbcUrl  {@code jdbc:postgresql:…} or {@code jdbc:h2:…}
     * @param user     the database user, or {@code null} when the URL or the driver's defaults say it
     * @param password the password, or {@code null}; it never appears in a message
     * @return the open store
     * @throws StoreException when the database cannot be reached, is not H2 or PostgreSQL, or cannot be upgraded
     */
    public static JdbcPaperStore open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new JdbcPaperStore(new DriverManagerDataSource(jdbcUrl, user, password), withoutParameters(jdbcUrl),
                null);
    }

    /**
     * Opens the store on connections from a data source (a pool such as HikariCP), creating or upgrading its tables.
     * The data source stays the caller's: {@link #close()} does not close it.
     *
     * @param dataSource a data source for H2 or PostgreSQL
     * @return the open store
     * @throws StoreException when the database cannot be reached, is not H2 or PostgreSQL, or cannot be upgraded
     */
    public static JdbcPaperStore open(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        String name;
        try (Connection c = dataSource.getConnection()) {
            name = withoutParameters(c.getMetaData().getURL());
        } catch (SQLException e) {
            throw new StoreException("data source " + dataSource.getClass().getName(),
                    "cannot connect: " + e.getMessage(), e);
        }
        return new JdbcPaperStore(dataSource, name, null);
    }

    /**
     * The schema version the database is at (the newest this code knows, once opened).
     *
     * @return the schema version
     */
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public Map<PaperId, Novelty> novelty(String profile, Collection<Paper> papers) {
        Objects.requireNonNull(profile, "profile");
        checkOpen();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(papers.stream().map(p -> p.id().toString()).toList()));
        Map<String, Integer> shownVersions = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += IN_LIST_SIZE) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_SIZE));
                String sql = "SELECT paper_id, version FROM ah_shown WHERE profile = ? AND paper_id IN ("
                        + "?,".repeat(chunk.size() - 1) + "?)";
                try (PreparedStatement select = c.prepareStatement(sql)) {
                    select.setString(1, profile);
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            shownVersions.put(rows.getString(1), rows.getInt(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("cannot read which papers profile '" + profile + "' was shown", e);
        }
        Map<PaperId, Novelty> result = new LinkedHashMap<>();
        for (Paper p : papers) {
            Integer shown = shownVersions.get(p.id().toString());
            result.put(p.id(), shown == null ? Novelty.NEW : shown < p.version() ? Novelty.UPDATED : Novelty.SEEN);
        }
        return result;
    }

    @Override
    public void recordShown(String profile, Collection<Paper> papers) {
        Objects.requireNonNull(profile, "profile");
        // one entry per id, its newest version (of equal ones, the last), so each row is written once per batch
        Map<PaperId, Paper> newest = new LinkedHashMap<>();
        for (Paper p : papers) {
            newest.merge(p.id(), p, (old, neu) -> neu.version() >= old.version() ? neu : old);
        }
        List<Paper> shown = List.copyOf(newest.values());
        if (shown.isEmpty()) {
            checkOpen();
            return;
        }
        // three batches, whatever the number of papers: a day's 2,000 papers are a few round trips, not 6,000
        write("cannot record the papers shown to profile '" + profile + "'", c -> {
            int[] stored;
            try (PreparedStatement upsertPaper = c.prepareStatement(dialect.upsertPaper)) {
                for (Paper p : shown) {
                    upsertPaper.setString(1, p.id().toString());
                    upsertPaper.setInt(2, p.version());
                    upsertPaper.setString(3, PaperJson.toJson(p));
                    upsertPaper.addBatch();
                }
                stored = upsertPaper.executeBatch();
            }
            try (PreparedStatement deleteAliases = c.prepareStatement("DELETE FROM ah_paper_alias WHERE paper_id = ?");
                 PreparedStatement insertAlias = c.prepareStatement(
                         "INSERT INTO ah_paper_alias (alias, paper_id) VALUES (?, ?)")) {
                for (int i = 0; i < shown.size(); i++) {
                    if (stored[i] > 0) { // this version is now the stored one: so are its other ids
                        Paper p = shown.get(i);
                        deleteAliases.setString(1, p.id().toString());
                        deleteAliases.addBatch();
                        for (PaperId alias : p.sameAs()) {
                            if (!alias.equals(p.id())) {
                                insertAlias.setString(1, alias.toString());
                                insertAlias.setString(2, p.id().toString());
                                insertAlias.addBatch();
                            }
                        }
                    }
                }
                deleteAliases.executeBatch();
                insertAlias.executeBatch();
            }
            try (PreparedStatement upsertShown = c.prepareStatement(dialect.upsertShown)) {
                for (Paper p : shown) {
                    upsertShown.setString(1, profile);
                    upsertShown.setString(2, p.id().toString());
                    upsertShown.setInt(3, p.version());
                    upsertShown.addBatch();
                }
                upsertShown.executeBatch();
            }
        });
    }

    @Override
    public void recordFeedback(String profile, Feedback feedback) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(feedback, "feedback");
        write("cannot record feedback on " + feedback.paperId() + " for profile '" + profile + "'", c -> {
            try (PreparedStatement upsert = c.prepareStatement(dialect.upsertFeedback)) {
                upsert.setString(1, profile);
                upsert.setString(2, feedback.paperId().toString());
                upsert.setString(3, feedback.verdict().name());
                upsert.setObject(4, OffsetDateTime.ofInstant(feedback.at(), ZoneOffset.UTC));
                upsert.executeUpdate();
            }
        });
    }

    @Override
    public List<Feedback> feedback(String profile) {
        Objects.requireNonNull(profile, "profile");
        checkOpen();
        List<Feedback> given = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT paper_id, verdict, given_at FROM ah_feedback WHERE profile = ? ORDER BY given_order")) {
            select.setString(1, profile);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    given.add(new Feedback(PaperId.ofCanonical(rows.getString(1)), Verdict.valueOf(rows.getString(2)),
                            rows.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw failure("cannot read the feedback of profile '" + profile + "'", e);
        } catch (IllegalArgumentException e) {
            throw new StoreException(name, "unreadable feedback row of profile '" + profile + "': " + e.getMessage(), e);
        }
        return List.copyOf(given);
    }

    @Override
    public Optional<Paper> paper(PaperId id) {
        Objects.requireNonNull(id, "id");
        checkOpen();
        try (Connection c = dataSource.getConnection()) {
            Optional<String> json = firstString(c, "SELECT json FROM ah_paper WHERE id = ?", id);
            if (json.isEmpty()) {
                json = firstString(c, "SELECT p.json FROM ah_paper_alias a JOIN ah_paper p ON p.id = a.paper_id"
                        + " WHERE a.alias = ? ORDER BY p.id FETCH FIRST 1 ROWS ONLY", id);
            }
            return json.map(text -> {
                try {
                    return PaperJson.fromJson(text);
                } catch (IllegalArgumentException e) {
                    throw new StoreException(name, "unreadable stored paper " + id + ": " + e.getMessage(), e);
                }
            });
        } catch (SQLException e) {
            throw failure("cannot read paper " + id, e);
        }
    }

    /**
     * Closes the store: an H2 database is shut down and its data directory unlocked; a data source passed to
     * {@link #open(DataSource)} stays open. Closing twice does nothing.
     */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (ownResources != null) {
                ownResources.close();
            }
        } catch (Exception e) {
            throw new StoreException(name, "cannot close cleanly: " + e, e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "JdbcPaperStore[" + name + ", schema " + schemaVersion + "]";
    }

    /** A unit of work on one connection inside one transaction. */
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed whole, or rolled back and reported. */
    private void write(String what, Work work) {
        writeLock.lock();
        try {
            checkOpen();
            try (Connection c = dataSource.getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    work.run(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c, e);
                    throw e;
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw failure(what, e);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private Optional<String> firstString(Connection c, String sql, PaperId id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, id.toString());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(name + ": store is closed");
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(name, what + ": " + e.getMessage(), e);
    }

    private static void requireOnClassPath(String name, String className, String what, String artifact) {
        try {
            Class.forName(className, false, JdbcPaperStore.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new StoreException(name, what + " (" + className + ") is not on the class path; add " + artifact
                    + " to the application's dependencies", e);
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(AutoCloseable resource, Exception cause) {
        try {
            resource.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    /** A JDBC URL without its parameters ({@code ?…}, H2's {@code ;…}), which may hold a password. */
    static String withoutParameters(String jdbcUrl) {
        int end = jdbcUrl.length();
        for (char c : new char[] {'?', ';'}) {
            int at = jdbcUrl.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return jdbcUrl.substring(0, end);
    }
}
