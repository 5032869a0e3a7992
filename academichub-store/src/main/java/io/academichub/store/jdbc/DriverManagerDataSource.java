package io.academichub.store.jdbc;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The store's connection factory when it is given a JDBC URL: a new connection from {@link DriverManager} per
 * call, which suits embedded H2 (an open database hands out sessions cheaply) and a command-line run on PostgreSQL.
 * A long-running service passes its own pooled {@link DataSource} instead.
 */
final class DriverManagerDataSource implements DataSource {

    private final String url;
    private final Properties credentials = new Properties();

    DriverManagerDataSource(String url, String user, String password) {
        this.url = url;
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(credentials);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties given = new Properties();
        given.setProperty("user", username);
        given.setProperty("password", password);
        return connect(given);
    }

    private Connection connect(Properties properties) throws SQLException {
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            // DriverManager's own message quotes the whole URL, password parameters included
            throw new SQLException("no JDBC driver on the class path accepts "
                    + JdbcPaperStore.withoutParameters(url), e.getSQLState());
        }
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging of its own
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
