package io.renshe.catalog.store.internal;

import java.io.File;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Properties;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.store.StoreStatus;

/**
 * Opens the configured database, migrates it and registers it as a {@link DataSource} service while it is up.
 * A configuration that does not work leaves the store down with the reason; a new configuration is tried at once.
 */
@Component(service = StoreStatus.class, configurationPid = DatabaseStore.PID, immediate = true)
@Designate(ocd = StoreConfiguration.class)
public final class DatabaseStore implements StoreStatus {

    static final String PID = "io.renshe.catalog.store";
    static final String DATA_SOURCE_NAME = "renshe";
    static final String DERBY_LOG = "derby.stream.error.file";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStore.class);

    private BundleContext context;
    private volatile State state = State.down("", "not started", 0);
    private ServiceRegistration<DataSource> registration;
    private ConnectionPool pool;

    @Activate
    void activate(BundleContext context, StoreConfiguration configuration) {
        this.context = context;
        String data = System.getProperty("karaf.data");
        if (data != null && System.getProperty(DERBY_LOG) == null) {
            // before Derby boots: its log goes with Karaf's logs rather than into the working folder
            System.setProperty(DERBY_LOG, new File(data, "log/derby.log").getPath());
        }
        open(configuration);
    }

    @Modified
    void modified(StoreConfiguration configuration) {
        release();
        open(configuration);
    }

    @Deactivate
    void deactivate() {
        release();
        state = State.down(state.url, "the store is stopped", 0);
    }

    @Override
    public boolean isUp() {
        return state.up;
    }

    @Override
    public String url() {
        return masked(state.url);
    }

    /** The URL with any password attribute hidden ({@code jdbc:derby:db;user=a;password=***}). */
    static String masked(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^;]*", "$1***");
    }

    @Override
    public String reason() {
        return state.reason;
    }

    @Override
    public int schemaVersion() {
        return state.schemaVersion;
    }

    @Override
    public String product() {
        return state.product;
    }

    private synchronized void open(StoreConfiguration configuration) {
        String url = effectiveUrl(configuration.jdbc_url());
        String problem = checkSettings(url, configuration);
        if (problem != null) {
            down(url, problem);
            return;
        }
        Properties properties = new Properties();
        if (!configuration.user().isEmpty()) {
            properties.setProperty("user", configuration.user());
            properties.setProperty("password", configuration.password());
        }
        ConnectionPool candidate = new ConnectionPool(driver(), url, properties,
                configuration.pool_size(), configuration.pool_timeout_seconds());
        try (Connection connection = candidate.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            int version = new Migrations(getClass().getClassLoader()).migrate(connection);
            pool = candidate;
            state = State.up(url, version, product);
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("dataSourceName", DATA_SOURCE_NAME);
            props.put("osgi.jndi.service.name", "jdbc/" + DATA_SOURCE_NAME);
            props.put("url", url);
            registration = context.registerService(DataSource.class, candidate, props);
            LOG.info("Database UP: {} at {} (schema version {})", product, masked(url), version);
        } catch (SQLException | MigrationException e) {
            candidate.close();
            shutdownDerby(url);
            down(url, describe(e));
        }
    }

    private void down(String url, String problem) {
        String reason = problem.replace(url, masked(url));
        state = State.down(url, reason, 0);
        LOG.error("Database DOWN: {} (configuration {}); the platform keeps running without it", reason, PID);
    }

    /** Unregisters and closes the open database, if any; the state stays as it was until the next is known. */
    private synchronized void release() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping the bundle
            }
            registration = null;
        }
        if (pool != null) {
            pool.close();
            shutdownDerby(pool.url());
            pool = null;
        }
    }

    static String effectiveUrl(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        String data = System.getProperty("karaf.data", "data");
        return "jdbc:derby:" + new File(data, "renshe/derby").getPath() + ";create=true";
    }

    static String checkSettings(String url, StoreConfiguration configuration) {
        if (!url.startsWith("jdbc:derby:")) {
            return "setting jdbc.url: unsupported JDBC URL '" + url + "': this store opens embedded Apache Derby (jdbc:derby:<folder>;create=true)";
        }
        if (url.startsWith("jdbc:derby://")) {
            return "setting jdbc.url: '" + url + "' is a Derby network URL; this store opens embedded Derby (jdbc:derby:<folder>;create=true)";
        }
        if (configuration.pool_size() < 1 || configuration.pool_size() > 200) {
            return "setting pool.size: " + configuration.pool_size() + " is out of range 1 to 200";
        }
        if (configuration.pool_timeout_seconds() < 1) {
            return "setting pool.timeout.seconds: " + configuration.pool_timeout_seconds() + " must be at least 1";
        }
        return null;
    }

    static String describe(Exception e) {
        StringBuilder message = new StringBuilder("setting jdbc.url: ");
        message.append(e.getMessage());
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
            cause = cause.getCause();
        }
        if (e instanceof SQLException sql && sql.getNextException() != null) {
            message.append(": ").append(sql.getNextException().getMessage());
        }
        return message.toString();
    }

    private static Driver driver() {
        return new org.apache.derby.jdbc.EmbeddedDriver();
    }

    private static void shutdownDerby(String url) {
        int options = url.indexOf(';');
        String base = options < 0 ? url : url.substring(0, options);
        try {
            driver().connect(base + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            // 08006: the database was shut down; XJ004: it was not booted
        }
    }

    private record State(boolean up, String url, String reason, int schemaVersion, String product) {
        static State up(String url, int version, String product) {
            return new State(true, url, null, version, product);
        }

        static State down(String url, String reason, int version) {
            return new State(false, url, reason, version, null);
        }
    }
}
