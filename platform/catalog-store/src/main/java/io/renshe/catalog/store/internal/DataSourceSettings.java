package io.renshe.catalog.store.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings of the platform's pax-jdbc data source ({@code etc/org.ops4j.datasource-renshe.cfg}), checked before
 * pax-jdbc-config and HikariCP see them, so that a wrong one is reported once, by name, instead of failing inside
 * pax-jdbc with a stack trace or being quietly replaced by a HikariCP default.
 */
final class DataSourceSettings {

    /** The {@code dataSourceName} that marks the platform's configuration. */
    static final String NAME = "renshe";
    static final String DRIVER_NAME = "osgi.jdbc.driver.name";
    static final String DRIVER_CLASS = "osgi.jdbc.driver.class";
    static final String PRE_HOOK = "ops4j.preHook";
    static final String FILE = "felix.fileinstall.filename";

    /** The name the PostgreSQL JDBC driver (org.postgresql:postgresql 42.x) registers its DataSourceFactory by. */
    static final String POSTGRESQL = "PostgreSQL JDBC Driver";
    private static final Set<String> PAX_JDBC_KEYS = Set.of("dataSourceName", "pool", "xa", "dataSourceType");
    /** What the PostgreSQL driver's DataSourceFactory takes: its own settings and every connection property of 42.7. */
    private static final Set<String> POSTGRESQL_KEYS = Set.of("url", "serverName", "portNumber", "databaseName", "user",
            "password", "adaptiveFetch", "adaptiveFetchMaximum", "adaptiveFetchMinimum", "allowEncodingChanges",
            "ApplicationName", "assumeMinServerVersion", "authenticationPluginClassName", "autosave", "binaryTransfer",
            "binaryTransferDisable", "binaryTransferEnable", "cancelSignalTimeout", "channelBinding", "cleanupSavepoints",
            "connectTimeout", "currentSchema", "defaultRowFetchSize", "escapeSyntaxCallMode", "gssEncMode", "gsslib",
            "hostRecheckSeconds", "loadBalanceHosts", "loginTimeout", "logServerErrorDetail", "logUnclosedConnections",
            "maxResultBuffer", "options", "preferQueryMode", "preparedStatementCacheQueries",
            "preparedStatementCacheSizeMiB", "prepareThreshold", "quoteReturningIdentifiers", "readOnly", "readOnlyMode",
            "receiveBufferSize", "requireAuth", "reWriteBatchedInserts", "reWriteBatchedInsertsSize", "sendBufferSize",
            "socketTimeout", "ssl", "sslcert", "sslfactory", "sslfactoryarg", "sslhostnameverifier", "sslkey", "sslmode",
            "sslNegotiation", "sslpassword", "sslResponseTimeout", "sslrootcert", "stringtype", "targetServerType",
            "tcpKeepAlive", "tcpNoDelay");
    private static final Set<String> DERBY_KEYS = Set.of("url", "user", "password", "databaseName", "createDatabase",
            "connectionAttributes", "loginTimeout", "description");
    private static final Set<String> POOL_MILLIS = Set.of("connectionTimeout", "idleTimeout", "maxLifetime",
            "validationTimeout", "leakDetectionThreshold", "keepaliveTime", "initializationFailTimeout");
    private static final Set<String> POOL_FLAGS = Set.of("autoCommit", "readOnly", "registerMbeans",
            "allowPoolSuspension", "isolateInternalQueries");
    private static final Set<String> POOL_TEXTS = Set.of("poolName", "catalog", "schema", "connectionInitSql",
            "connectionTestQuery", "transactionIsolation", "exceptionOverrideClassName");
    private static final Set<String> POOL_OWN = Set.of("jdbcUrl", "username", "password", "driverClassName",
            "dataSourceClassName", "dataSourceJNDI");

    /** A setting that does not work, and why. */
    record Problem(String setting, String detail) {
    }

    private final Map<String, Object> values;

    /** The settings as Config Admin delivers them; keys starting with a dot are private and count as without it. */
    DataSourceSettings(Map<String, Object> values) {
        Map<String, Object> plain = new LinkedHashMap<>();
        values.forEach((key, value) -> plain.put(key.startsWith(".") ? key.substring(1) : key, value));
        this.values = Collections.unmodifiableMap(plain);
    }

    static DataSourceSettings of(Dictionary<String, ?> properties) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            map.put(key, properties.get(key));
        }
        return new DataSourceSettings(map);
    }

    /** Whether these are the settings of the platform's data source. */
    boolean isPlatform() {
        return NAME.equals(text("dataSourceName"));
    }

    /** The driver name pax-jdbc looks for, {@code derby} for embedded Derby. */
    String driver() {
        return text(DRIVER_NAME);
    }

    /** The driver class pax-jdbc looks for, when no driver name is given. */
    String driverClass() {
        return text(DRIVER_CLASS);
    }

    /** The JDBC URL as configured (may hold credentials: show only {@link #masked(String)}). */
    String url() {
        String url = text("url");
        return url != null ? url : text("jdbc.url");
    }

    String password() {
        String password = text("password");
        return password != null ? password : text("jdbc.password");
    }

    /** Whether the settings name the PostgreSQL driver. */
    boolean isPostgresql() {
        return POSTGRESQL.equals(driver());
    }

    boolean isEmbeddedDerby() {
        String url = url();
        return "derby".equals(driver()) && url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
    }

    /**
     * Where the settings come from, for messages: {@code etc/org.ops4j.datasource-renshe.cfg} (relative to the Karaf
     * base folder) when a file holds them, else the configuration PID.
     */
    String file() {
        String file = text(FILE);
        if (file != null) {
            try {
                Path path = file.startsWith("file:") ? Paths.get(URI.create(file)) : Paths.get(file);
                String base = System.getProperty("karaf.base");
                if (base != null && path.startsWith(Paths.get(base))) {
                    path = Paths.get(base).relativize(path);
                }
                return path.toString().replace('\\', '/');
            } catch (RuntimeException e) {
                return file;
            }
        }
        return "configuration " + text("service.pid");
    }

    /** The first setting that does not work, or {@code null}. */
    Problem check() {
        if (driver() == null && text(DRIVER_CLASS) == null) {
            return new Problem(DRIVER_NAME, "missing: name the JDBC driver of the database (derby for embedded Derby)");
        }
        Problem problem = checkUrl();
        if (problem == null) {
            problem = checkPaxJdbc();
        }
        if (problem == null) {
            problem = checkPool();
        }
        return problem;
    }

    private Problem checkUrl() {
        String url = url();
        if (url == null || url.isBlank()) {
            return new Problem("url", "missing: jdbc:derby:<folder>;create=true for embedded Derby");
        }
        if (!url.startsWith("jdbc:")) {
            return new Problem("url", "'" + masked(url) + "' is not a JDBC URL (jdbc:…)");
        }
        if ("derby".equals(driver())) {
            if (!url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
                return new Problem("url", "'" + masked(url) + "' is not a URL of embedded Derby (driver derby): "
                        + "write jdbc:derby:<folder>;create=true");
            }
            String[] parts = url.substring("jdbc:derby:".length()).split(";");
            if (parts.length == 0 || parts[0].isBlank()) {
                return new Problem("url", "'" + masked(url) + "' names no database folder");
            }
            Path below = fileAbove(parts[0]);
            if (below != null) {
                return new Problem("url", "'" + masked(url) + "' lies below " + below + ", which is a file, not a folder");
            }
            if (parts.length > 2) {
                return new Problem("url", "'" + masked(url) + "' has more than one attribute after the folder; pax-jdbc-derby "
                        + "applies only the first (create=true): give user and .password as settings of their own");
            }
        }
        if (isPostgresql() && !url.startsWith("jdbc:postgresql:")) {
            return new Problem("url", "'" + masked(url) + "' is not a URL of PostgreSQL (driver " + POSTGRESQL + "): write "
                    + "jdbc:postgresql://<host>:5432/<database>");
        }
        return null;
    }

    /**
     * The file, if any, that stands where a folder of the database's path must be. Derby cannot create the database
     * there, and on the way it creates a stray database named {@code null} in the working folder: better not let it try.
     */
    static Path fileAbove(String database) {
        String path = database.startsWith("directory:") ? database.substring("directory:".length()) : database;
        if (path.matches("[A-Za-z]{2,}:.*")) {
            return null; // memory:, classpath:, jar: … hold no folder of their own
        }
        try {
            Path folder = Paths.get(path);
            if (!folder.isAbsolute()) {
                folder = Paths.get(System.getProperty("derby.system.home", System.getProperty("user.dir"))).resolve(folder);
            }
            for (Path step = folder; step != null; step = step.getParent()) {
                if (Files.exists(step)) {
                    return Files.isDirectory(step) ? null : step;
                }
            }
        } catch (InvalidPathException e) {
            return null; // Derby reports it
        }
        return null;
    }

    private Problem checkPaxJdbc() {
        String pool = text("pool");
        if (!"hikari".equals(pool)) {
            return new Problem("pool", pool == null ? "missing: the platform database is pooled by HikariCP (pool = hikari)"
                    : "'" + pool + "' is not installed: the platform database is pooled by HikariCP (pool = hikari)");
        }
        String xa = text("xa");
        if (xa != null && !"false".equals(xa)) {
            return new Problem("xa", "'" + xa + "': the platform database is not an XA data source (leave xa out)");
        }
        String type = text("dataSourceType");
        if (type != null && !"DataSource".equals(type)) {
            return new Problem("dataSourceType", "'" + type + "': the platform database is a DataSource (leave it out)");
        }
        Set<String> known = "derby".equals(driver()) ? DERBY_KEYS : isPostgresql() ? POSTGRESQL_KEYS : null;
        if (known != null) {
            for (String key : values.keySet()) {
                String local = key.startsWith("jdbc.") ? key.substring("jdbc.".length()) : key;
                if (!local.contains(".") && !PAX_JDBC_KEYS.contains(local) && !known.contains(local)) {
                    return new Problem(key, known == DERBY_KEYS ? "not a setting of the embedded Derby data source (known: "
                            + String.join(", ", new TreeSet<>(DERBY_KEYS)) + ")"
                            : "not a setting of the PostgreSQL data source (the connection properties of its JDBC driver, "
                                    + "such as sslmode, ApplicationName, currentSchema, connectTimeout)");
                }
            }
        }
        return null;
    }

    private Problem checkPool() {
        Map<String, String> pool = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("pool.") || key.startsWith("hikari.")) {
                pool.put(key, String.valueOf(entry.getValue()).strip());
            }
        }
        long maxLifetime = 1_800_000;
        int maximumPoolSize = 10;
        for (Map.Entry<String, String> entry : pool.entrySet()) {
            String key = entry.getKey();
            String name = key.substring(key.indexOf('.') + 1);
            String value = entry.getValue();
            if (name.startsWith("dataSource.")) {
                continue;
            }
            if (POOL_OWN.contains(name)) {
                return new Problem(key, "the pool takes its connections from the data source: set url, user and "
                        + ".password instead");
            }
            if (POOL_MILLIS.contains(name) || "maximumPoolSize".equals(name) || "minimumIdle".equals(name)) {
                long number;
                try {
                    number = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return new Problem(key, "'" + value + "' is not a whole number");
                }
                if ("maximumPoolSize".equals(name)) {
                    if (number < 1 || number > 200) {
                        return new Problem(key, number + " is out of range 1 to 200 connections");
                    }
                    maximumPoolSize = (int) number;
                } else if ("maxLifetime".equals(name)) {
                    if (number != 0 && number < 30_000) {
                        return new Problem(key, number + " ms: 0 (for ever) or at least 30000");
                    }
                    maxLifetime = number;
                } else {
                    Problem range = checkMillis(key, name, number);
                    if (range != null) {
                        return range;
                    }
                }
            } else if (POOL_FLAGS.contains(name)) {
                if (!"true".equals(value) && !"false".equals(value)) {
                    return new Problem(key, "'" + value + "' is neither true nor false");
                }
            } else if (!POOL_TEXTS.contains(name)) {
                return new Problem(key, "not a HikariCP setting this file can hold");
            }
        }
        return checkPoolTogether(pool, maximumPoolSize, maxLifetime);
    }

    private static Problem checkMillis(String key, String name, long number) {
        switch (name) {
            case "connectionTimeout", "validationTimeout" -> {
                if (number < 250) {
                    return new Problem(key, number + " ms: at least 250");
                }
            }
            case "idleTimeout" -> {
                if (number != 0 && number < 10_000) {
                    return new Problem(key, number + " ms: 0 (never) or at least 10000");
                }
            }
            case "leakDetectionThreshold" -> {
                if (number != 0 && number < 2_000) {
                    return new Problem(key, number + " ms: 0 (off) or at least 2000");
                }
            }
            case "keepaliveTime" -> {
                if (number != 0 && number < 30_000) {
                    return new Problem(key, number + " ms: 0 (off) or at least 30000");
                }
            }
            default -> {
                // initializationFailTimeout: the store sets it
            }
        }
        return null;
    }

    private static Problem checkPoolTogether(Map<String, String> pool, int maximumPoolSize, long maxLifetime) {
        for (Map.Entry<String, String> entry : pool.entrySet()) {
            String name = entry.getKey().substring(entry.getKey().indexOf('.') + 1);
            long number;
            try {
                number = Long.parseLong(entry.getValue());
            } catch (NumberFormatException e) {
                continue;
            }
            if ("minimumIdle".equals(name) && (number < 0 || number > maximumPoolSize)) {
                return new Problem(entry.getKey(), number + " is out of range 0 to maximumPoolSize (" + maximumPoolSize + ")");
            }
            if (maxLifetime > 0 && "idleTimeout".equals(name) && number > 0 && number + 1000 > maxLifetime) {
                return new Problem(entry.getKey(), number + " ms is not below maxLifetime (" + maxLifetime + " ms)");
            }
            if (maxLifetime > 0 && "leakDetectionThreshold".equals(name) && number > maxLifetime) {
                return new Problem(entry.getKey(), number + " ms is above maxLifetime (" + maxLifetime + " ms)");
            }
        }
        return null;
    }

    /** The URL with any password in it replaced by {@code ***}. */
    static String masked(String url) {
        if (url == null) {
            return null;
        }
        return url.replaceAll("(?i)(password=)[^;&\\s'\"]*", "$1***").replaceAll("(//[^/@:;\\s]+:)[^/@;\\s]+@", "$1***@");
    }

    /** A text with the configured password and any URL password hidden: for log lines and answers. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        String url = url();
        if (url != null && !url.equals(masked(url))) {
            result = result.replace(url, masked(url));
        }
        String password = password();
        if (password != null && password.length() >= 3) {
            result = result.replace(password, "***");
        }
        return masked(result);
    }

    private String text(String key) {
        Object value = values.get(key);
        if (value == null) {
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(key)) {
                    value = entry.getValue();
                    break;
                }
            }
        }
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    @Override
    public String toString() {
        return "data source settings of " + file();
    }
}
