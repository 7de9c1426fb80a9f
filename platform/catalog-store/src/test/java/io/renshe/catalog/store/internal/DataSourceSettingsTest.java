package io.renshe.catalog.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DataSourceSettingsTest {

    static final Path SHIPPED = Paths.get("../../features/distribution/src/main/resources/assembly/etc/org.ops4j.datasource-renshe.cfg");

    /** The settings of the file the distribution ships, with ${karaf.data} as fileinstall would resolve it. */
    static Map<String, Object> shipped() throws IOException {
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(SHIPPED, StandardCharsets.UTF_8)) {
            file.load(reader);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        file.forEach((key, value) -> values.put((String) key, ((String) value).replace("${karaf.data}", "/opt/renshe/data")));
        values.put("felix.fileinstall.filename", "file:/opt/renshe/etc/org.ops4j.datasource-renshe.cfg");
        return values;
    }

    private static DataSourceSettings.Problem with(String key, Object value) throws IOException {
        Map<String, Object> values = shipped();
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return new DataSourceSettings(values).check();
    }

    @Test
    void theShippedFileIsThePlatformsAndWorks() throws IOException {
        DataSourceSettings settings = new DataSourceSettings(shipped());
        assertTrue(settings.isPlatform());
        assertNull(settings.check());
        assertEquals("derby", settings.driver());
        assertEquals("jdbc:derby:/opt/renshe/data/renshe/derby;create=true", settings.url());
        assertTrue(settings.isEmbeddedDerby());
        assertEquals(DatabaseStore.PRE_HOOK, shipped().get("ops4j.preHook"), "the file ties the pool to the store");
    }

    @Test
    void postgresqlIsCheckedByItsDriversName() throws IOException {
        Map<String, Object> values = shipped();
        values.put("osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        values.put("url", "jdbc:postgresql://db.renshe.internal:5432/renshe");
        values.put("user", "renshe");
        values.put(".password", "secret");
        values.put("sslmode", "verify-full");
        values.put("ApplicationName", "renshe-node-1");
        DataSourceSettings settings = new DataSourceSettings(values);
        assertNull(settings.check());
        assertTrue(settings.isPostgresql());
        assertFalse(settings.isEmbeddedDerby());

        values.put("url", "jdbc:derby:/opt/renshe/data/renshe/derby;create=true");
        assertEquals(new DataSourceSettings.Problem("url", "'jdbc:derby:/opt/renshe/data/renshe/derby;create=true' is not a URL "
                + "of PostgreSQL (driver PostgreSQL JDBC Driver): write jdbc:postgresql://<host>:5432/<database>"),
                new DataSourceSettings(values).check());
        values.put("url", "jdbc:postgresql://db/renshe");
        values.put("sslmdoe", "require");
        assertEquals("sslmdoe", new DataSourceSettings(values).check().setting());
    }

    @Test
    void theFileIsNamedRelativeToKaraf() throws IOException {
        String old = System.getProperty("karaf.base");
        System.setProperty("karaf.base", "/opt/renshe");
        try {
            assertEquals("etc/org.ops4j.datasource-renshe.cfg", new DataSourceSettings(shipped()).file());
        } finally {
            if (old == null) {
                System.clearProperty("karaf.base");
            } else {
                System.setProperty("karaf.base", old);
            }
        }
        Map<String, Object> console = new LinkedHashMap<>(Map.of("dataSourceName", "renshe", "service.pid", "org.ops4j.datasource~renshe"));
        assertEquals("configuration org.ops4j.datasource~renshe", new DataSourceSettings(console).file());
    }

    @Test
    void eachWrongSettingIsNamedWithWhatIsWrong() throws IOException {
        assertEquals(new DataSourceSettings.Problem("url", "'jdbc:nosuchdb:x' is not a URL of embedded Derby (driver derby): write jdbc:derby:<folder>;create=true"),
                with("url", "jdbc:nosuchdb:x"));
        assertEquals(new DataSourceSettings.Problem("url", "'jdbc:derby://db.example:1527/renshe' is not a URL of embedded Derby (driver derby): write jdbc:derby:<folder>;create=true"),
                with("url", "jdbc:derby://db.example:1527/renshe"));
        assertEquals(new DataSourceSettings.Problem("url", "'renshe' is not a JDBC URL (jdbc:…)"), with("url", "renshe"));
        assertEquals("url", with("url", null).setting());
        assertEquals("url", with("url", "jdbc:derby:/x;create=true;territory=zh_CN").setting());
        assertEquals(new DataSourceSettings.Problem("osgi.jdbc.driver.name", "missing: name the JDBC driver of the database (derby for embedded Derby)"),
                with("osgi.jdbc.driver.name", null));
        assertEquals(new DataSourceSettings.Problem("pool", "'dbcp2' is not installed: the platform database is pooled by HikariCP (pool = hikari)"),
                with("pool", "dbcp2"));
        assertEquals(new DataSourceSettings.Problem("xa", "'true': the platform database is not an XA data source (leave xa out)"),
                with("xa", "true"));
        assertEquals(new DataSourceSettings.Problem("pool.maximumPoolSize", "'lots' is not a whole number"),
                with("pool.maximumPoolSize", "lots"));
        assertEquals(new DataSourceSettings.Problem("pool.maximumPoolSize", "0 is out of range 1 to 200 connections"),
                with("pool.maximumPoolSize", "0"));
        assertEquals(new DataSourceSettings.Problem("pool.connectionTimeout", "100 ms: at least 250"),
                with("pool.connectionTimeout", "100"));
        assertEquals(new DataSourceSettings.Problem("pool.maxLifetime", "1000 ms: 0 (for ever) or at least 30000"),
                with("pool.maxLifetime", "1000"));
        assertEquals(new DataSourceSettings.Problem("pool.minimumIdle", "50 is out of range 0 to maximumPoolSize (10)"),
                with("pool.minimumIdle", "50"));
        assertEquals(new DataSourceSettings.Problem("pool.autoCommit", "'yes' is neither true nor false"),
                with("pool.autoCommit", "yes"));
        assertEquals(new DataSourceSettings.Problem("pool.maximumPoolsize", "not a HikariCP setting this file can hold"),
                with("pool.maximumPoolsize", "20"));
        assertEquals(new DataSourceSettings.Problem("pool.jdbcUrl", "the pool takes its connections from the data source: set url, user and .password instead"),
                with("pool.jdbcUrl", "jdbc:derby:/x"));
        assertEquals(new DataSourceSettings.Problem("databasename", "not a setting of the embedded Derby data source (known: connectionAttributes, "
                + "createDatabase, databaseName, description, loginTimeout, password, url, user)"), with("databasename", "x"));
        assertNull(with("pool.maximumPoolSize", 30), "a typed number is a number");
    }

    @Test
    void passwordsNeverShow() throws IOException {
        assertEquals("jdbc:derby:db;user=a;password=***", DataSourceSettings.masked("jdbc:derby:db;user=a;password=s3cret"));
        assertEquals("jdbc:postgresql://db:5432/renshe?user=a&password=***&ssl=true",
                DataSourceSettings.masked("jdbc:postgresql://db:5432/renshe?user=a&password=s3cret&ssl=true"));
        assertEquals("jdbc:postgresql://renshe:***@db:5432/renshe", DataSourceSettings.masked("jdbc:postgresql://renshe:s3cret@db:5432/renshe"));

        Map<String, Object> values = shipped();
        values.put(".password", "Zhang-San-2024");
        values.put("url", "jdbc:derby:/opt/db;password=UrlSecret-9");
        DataSourceSettings settings = new DataSourceSettings(values);
        assertEquals("Zhang-San-2024", settings.password(), "a private key counts as the setting");
        String scrubbed = settings.scrub("login of renshe with Zhang-San-2024 to jdbc:derby:/opt/db;password=UrlSecret-9 failed");
        assertEquals("login of renshe with *** to jdbc:derby:/opt/db;password=*** failed", scrubbed);
        assertFalse(settings.scrub(settings.check() == null ? "" : settings.check().detail()).contains("UrlSecret"));
    }

    @Test
    void onlyThePlatformsConfigurationIsGuarded() throws IOException {
        Hashtable<String, Object> other = new Hashtable<>(Map.of("dataSourceName", "reports", "url", "jdbc:derby:/r",
                "password", "p", "osgi.jdbc.driver.name", "derby"));
        new DataSourceGuard().modifyConfiguration(null, other);
        assertEquals(Map.of("dataSourceName", "reports", "url", "jdbc:derby:/r", "password", "p", "osgi.jdbc.driver.name", "derby"),
                Map.copyOf(other));
    }

    @Test
    void theGuardHidesCredentialsAndLetsTheStoreOpenTheDatabase() throws IOException {
        Hashtable<String, Object> delivered = new Hashtable<>(shipped());
        delivered.put("password", "Zhang-San-2024");
        delivered.put("pool.initializationFailTimeout", "1");
        new DataSourceGuard().modifyConfiguration(null, delivered);
        assertNull(delivered.get("password"));
        assertNull(delivered.get("url"));
        assertEquals("Zhang-San-2024", delivered.get(".password"));
        assertEquals("jdbc:derby:/opt/renshe/data/renshe/derby;create=true", delivered.get(".url"));
        assertEquals("renshe", delivered.get("ops4j.preHook"));
        assertEquals("-1", delivered.get("pool.initializationFailTimeout"), "the pool starts without a connection");
        assertEquals("hikari", delivered.get("pool"));
    }

    @Test
    void theGuardHoldsBackAWrongConfiguration() throws IOException {
        Hashtable<String, Object> delivered = new Hashtable<>(shipped());
        delivered.put("xa", "maybe");
        delivered.put("pool", "c3p0");
        delivered.remove("osgi.jdbc.driver.name");
        new DataSourceGuard().modifyConfiguration(null, delivered);
        assertEquals(DataSourceGuard.HELD_BACK, delivered.get("ops4j.preHook"), "pax-jdbc waits for a hook that never comes");
        assertNull(delivered.get("xa"), "nothing left that pax-jdbc would fail on");
        assertEquals("hikari", delivered.get("pool"));
        assertEquals("derby", delivered.get("osgi.jdbc.driver.name"));
    }
}
