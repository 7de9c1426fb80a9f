package io.renshe.catalog.store.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A bounded pool of physical connections. A caller gets a handle whose {@code close()} gives the connection back;
 * at most {@code size} handles are out at once, and a caller waits up to the configured timeout for one.
 */
final class ConnectionPool implements DataSource {

    private final Driver driver;
    private final String url;
    private final Properties properties;
    private final Semaphore permits;
    private final long timeoutSeconds;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final int size;
    private boolean closed;

    ConnectionPool(Driver driver, String url, Properties properties, int size, int timeoutSeconds) {
        this.driver = driver;
        this.url = url;
        this.properties = properties;
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.timeoutSeconds = timeoutSeconds;
    }

    String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            if (!permits.tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new SQLException("No free database connection within " + timeoutSeconds
                        + " s (pool.size " + size + ")", "08004");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for a database connection", "08004", e);
        }
        try {
            Connection physical = take();
            return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new Handle(physical));
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private Connection take() throws SQLException {
        while (true) {
            Connection candidate;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("The database pool is closed", "08003");
                }
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                Connection fresh = driver.connect(url, properties);
                if (fresh == null) {
                    throw new SQLException("The driver does not accept the URL " + url, "08001");
                }
                return fresh;
            }
            if (!candidate.isClosed()) {
                return candidate;
            }
        }
    }

    private void giveBack(Connection physical) {
        boolean keep;
        try {
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            keep = !physical.isClosed();
        } catch (SQLException broken) {
            keep = false;
        }
        synchronized (this) {
            if (keep && !closed) {
                idle.addFirst(physical);
                physical = null;
            }
        }
        if (physical != null) {
            quietlyClose(physical);
        }
        permits.release();
    }

    void close() {
        Connection[] toClose;
        synchronized (this) {
            closed = true;
            toClose = idle.toArray(new Connection[0]);
            idle.clear();
        }
        for (Connection connection : toClose) {
            quietlyClose(connection);
        }
    }

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the connection is dropped either way
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The platform pool uses the configured user");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool has its own timeout
    }

    @Override
    public int getLoginTimeout() {
        return (int) timeoutSeconds;
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
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    private final class Handle implements InvocationHandler {
        private Connection physical;

        Handle(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            synchronized (this) {
                if ("close".equals(name) && method.getParameterCount() == 0) {
                    if (physical != null) {
                        Connection released = physical;
                        physical = null;
                        giveBack(released);
                    }
                    return null;
                }
                if ("isClosed".equals(name) && method.getParameterCount() == 0) {
                    return physical == null || physical.isClosed();
                }
                if (physical == null) {
                    if ("toString".equals(name)) {
                        return "closed pooled connection";
                    }
                    throw new SQLException("The connection is closed", "08003");
                }
            }
            try {
                return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
