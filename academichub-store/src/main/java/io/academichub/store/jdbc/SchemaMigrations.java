package io.academichub.store.jdbc;

import io.academichub.store.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;

/**
 * Brings a store's schema to the version this code knows, in place, with Flyway: the migrations are the SQL files
 * in {@value #LOCATION} ({@code V1__….sql}, {@code V2__….sql}, …), the applied ones are listed in the table
 * {@value #HISTORY_TABLE}. Flyway holds a database lock while it migrates (PostgreSQL: an advisory lock), so two
 * instances starting at once upgrade once. A database that a newer AcademicHub already upgraded is refused rather
 * than written with the older rules.
 */
final class SchemaMigrations {

    static final String LOCATION = "classpath:io/academichub/store/jdbc/migration";
    static final String HISTORY_TABLE = "ah_schema_history";

    private SchemaMigrations() {
    }

    /** Flyway's configuration for the store's migrations on this data source. */
    static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .failOnMissingLocations(true);
    }

    /**
     * Applies every pending migration.
     *
     * @return the schema version the database is at afterwards
     * @throws StoreException when a migration fails (Flyway rolls it back where the database can) or the database is
     *                        at a version newer than this code knows
     */
    static int migrate(DataSource dataSource, String store) {
        try {
            Flyway flyway = configure(dataSource).load();
            flyway.migrate();
            MigrationInfoService info = flyway.info();
            for (MigrationInfo applied : info.applied()) {
                if (applied.getState() == MigrationState.FUTURE_SUCCESS) {
                    throw new StoreException(store, "the database is at schema version " + applied.getVersion()
                            + ", newer than this version of AcademicHub knows; upgrade AcademicHub", null);
                }
            }
            MigrationInfo current = info.current();
            return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
        } catch (FlywayException e) {
            throw new StoreException(store, "cannot bring the schema up to date: " + e.getMessage(), e);
        }
    }
}
