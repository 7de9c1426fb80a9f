package io.renshe.catalog.store.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The migrated platform database as consumers see it: the pool's connections, and nothing of the pool itself (it
 * cannot be unwrapped, closed or asked for its settings). Once the store withdraws it, it answers with a clear error
 * rather than with the closed pool's.
 */
final class PlatformDataSource implements DataSource {

    private volatile DataSource pool;

    PlatformDataSource(DataSource pool) {
        this.pool = pool;
    }

    void close() {
        pool = null;
    }

    private DataSource pool() throws SQLException {
        DataSource current = pool;
        if (current == null) {
            throw new SQLNonTransientConnectionException("The platform database was withdrawn: see /api/health", "08003");
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The platform database connects with its configured user");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the pool logs through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // set by pool.connectionTimeout in the configuration
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("The platform database is no wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "Renshe platform database";
    }
}
