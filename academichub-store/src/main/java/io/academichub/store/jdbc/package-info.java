/**
 * The JDBC {@link io.academichub.store.PaperStore}: {@link io.academichub.store.jdbc.JdbcPaperStore}, an H2 file in
 * a data directory by default, PostgreSQL for a store several processes share, with a schema that upgrades in place.
 */
package io.academichub.store.jdbc;
