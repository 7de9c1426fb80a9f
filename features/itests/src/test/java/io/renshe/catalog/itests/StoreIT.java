package io.renshe.catalog.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.Event;

import com.fasterxml.jackson.databind.JsonNode;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.api.event.PlatformEvent;
import io.renshe.catalog.api.event.PlatformEvents;

/**
 * The platform database on pax-jdbc, tested by editing the real {@code etc/org.ops4j.datasource-renshe.cfg}: a wrong
 * setting is logged once by name while the catalog keeps serving, the fix applies without a restart, consumers see the
 * database only migrated, bundles contribute tables, credentials never show, the event log goes through Event Admin,
 * and Karaf's jdbc commands reach the database. Restarts and class loaders: {@link StoreRestartIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StoreIT extends StoreTestSupport {

    /** The parts of the platform that a database setting reaches, as karaf.log names them. */
    static final Pattern DATABASE_LOGGERS = Pattern.compile("(?i)jdbc|hikari|derby|configadmin|fileinstall|catalog-store");


    // the database as consumers get it

    @Test
    public void consumersGetTheDatabaseOnlyMigratedAndItKeepsItsRowsAcrossAStoreRestart() throws Exception {
        awaitUp();
        ServiceReference<DataSource> migrated = reference("(" + SCHEMA + "=platform)");
        assertArrayEquals(new String[] {"platform"}, (String[]) migrated.getProperty(SCHEMA));
        assertEquals("renshe-migrated", migrated.getProperty("datasource"));
        assertNull("consumers never select it by pax-jdbc's name", migrated.getProperty("dataSourceName"));
        ServiceReference<DataSource> pool = reference("(&(pax.jdbc.managed=true)(dataSourceName=renshe))");
        assertNull("pax-jdbc's own registration is not the migrated one", pool.getProperty(SCHEMA));
        assertNull("the store hides the URL from pax-jdbc's service properties", pool.getProperty("url"));
        assertEquals("and lets the pool start without a connection", "-1", pool.getProperty("pool.initializationFailTimeout"));
        assertEquals("the pool's life is tied to the store", "renshe", pool.getProperty("ops4j.preHook"));

        DataSource database = bundleContext.getService(migrated);
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT TRACK, VERSION, SCRIPT, CHECKSUM FROM RENSHE_SCHEMA_HISTORY")) {
                assertTrue(rs.next());
                assertEquals("platform", rs.getString(1));
                assertEquals(1, rs.getInt(2));
                assertEquals("V1__platform_events.sql", rs.getString(3));
                assertEquals(64, rs.getString(4).strip().length());
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PLATFORM_EVENT")) {
                assertTrue("the event table is there", rs.next());
            }
            s.execute("CREATE TABLE IT_PERSIST (ID INT PRIMARY KEY, NAME VARCHAR(40))");
            s.execute("INSERT INTO IT_PERSIST VALUES (1, '黄山市')");
        } finally {
            bundleContext.ungetService(migrated);
        }

        Bundle store = bundle(STORE);
        store.stop();
        await("no data source while the store is stopped", () -> references("(" + SCHEMA + "=platform)").isEmpty()
                && references("(&(pax.jdbc.managed=true)(dataSourceName=renshe))").isEmpty());
        await("the embedded Derby engine shut down with the store", () -> derbyThreads().isEmpty());
        store.start();
        awaitUp();
        ServiceReference<DataSource> again = reference("(" + SCHEMA + "=platform)");
        try (Connection c = bundleContext.getService(again).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT NAME FROM IT_PERSIST WHERE ID = 1")) {
            assertTrue("the row is still there", rs.next());
            assertEquals("黄山市", rs.getString(1));
            assertFalse(rs.next());
            s.execute("DROP TABLE IT_PERSIST");
        } finally {
            bundleContext.ungetService(again);
        }
    }

    // a wrong setting

    @Test
    public void aWrongSettingIsLoggedOnceByNameAndTheFixAppliesWithoutARestart() throws Exception {
        awaitUp();
        String good = Files.readString(cfg(), StandardCharsets.UTF_8);
        try {
            // a folder below a regular file can never be created, whoever runs the test
            Path file = Paths.get(System.getProperty("karaf.data"), "not-a-folder");
            Files.writeString(file, "x");
            String belowAFile = "jdbc:derby:" + file + "/db;create=true";
            long mark = logSize();
            write(setting(good, "url", belowAFile));
            JsonNode down = awaitDown("setting url in etc/" + CFG + ": ");
            assertEquals("down", down.path("database").path("status").asText());
            assertEquals(belowAFile, down.path("database").path("url").asText());
            assertEquals("setting url in etc/" + CFG + ": '" + belowAFile + "' lies below " + file + ", which is a file, not a folder",
                    down.path("database").path("reason").asText());
            assertEquals("the catalog keeps serving", 200, get("/api/jurisdictions").status());
            assertEquals("the calendar keeps serving", 200, get("/api/calendar/341000/2025").status());
            assertLoggedOnce(mark, "setting url in etc/" + CFG);
            assertFalse("Derby was not let loose on that folder", Files.exists(Paths.get(System.getProperty("karaf.home"), "null")));

            // a database that is not there: the store learns it from the pool, and says it the same way
            Path nowhere = Paths.get(System.getProperty("karaf.data"), "nowhere");
            mark = logSize();
            write(setting(good, "url", "jdbc:derby:" + nowhere));
            down = awaitDown("setting url in etc/" + CFG + ": Database '" + nowhere + "' not found");
            assertEquals(503, get("/api/health").status());
            assertLoggedOnce(mark, "setting url in etc/" + CFG);

            mark = logSize();
            write(setting(good, "pool.maximumPoolSize", "lots"));
            down = awaitDown("setting pool.maximumPoolSize in etc/" + CFG + ": 'lots' is not a whole number");
            assertLoggedOnce(mark, "setting pool.maximumPoolSize in etc/" + CFG);

            mark = logSize();
            write(setting(good, "osgi.jdbc.driver.name", "postgresql-one-day"));
            awaitDown("setting osgi.jdbc.driver.name in etc/" + CFG + ": no JDBC driver 'postgresql-one-day' is installed (installed: derby)");
            assertLoggedOnce(mark, "setting osgi.jdbc.driver.name in etc/" + CFG);
            write(setting(good, "url", "jdbc:nosuchdb:x"));
            down = awaitDown("setting url in etc/" + CFG + ": 'jdbc:nosuchdb:x' is not a URL of embedded Derby (driver derby)");
            assertEquals("jdbc:nosuchdb:x", down.path("database").path("url").asText());
        } finally {
            long mark = logSize();
            write(good);
            long written = System.nanoTime();
            awaitUp();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written);
            assertTrue("the database is back " + millis + " ms after the file is fixed", millis < 5_000);
            assertTrue(logSince(mark).stream().anyMatch(line -> line.contains("Database UP: Apache Derby")));
        }
    }

    /** Since the mark, exactly one line names the setting, and nothing else complains: no other error, no stack. */
    private void assertLoggedOnce(long mark, String setting) throws Exception {
        await("the line in karaf.log", () -> logSince(mark).stream().anyMatch(line -> line.contains(setting)));
        List<String> lines = logSince(mark);
        List<String> naming = lines.stream().filter(line -> line.contains(setting)).toList();
        assertEquals(String.join("\n", lines), 1, naming.size());
        assertTrue(naming.get(0), naming.get(0).contains("| ERROR |") && naming.get(0).contains("DatabaseStore"));
        List<String> others = lines.stream().filter(line -> !line.contains(setting) && (line.startsWith("\tat ")
                || line.startsWith("Caused by") || (line.contains("| ERROR |") || line.contains("| WARN  |"))
                && DATABASE_LOGGERS.matcher(line).find())).toList();
        assertEquals(String.join("\n", others), List.of(), others);
    }

    // credentials

    @Test
    public void aPasswordNeverShowsInAServicePropertyALogLineOrAnAnswer() throws Exception {
        awaitUp();
        String good = Files.readString(cfg(), StandardCharsets.UTF_8);
        String database = Paths.get(System.getProperty("karaf.data"), "renshe", "derby").toString();
        long mark = logSize();
        try {
            // embedded Derby without authentication accepts any user and password: the database opens
            String withPassword = setting(setting(setting(good, "user", "renshe"), "password", "Zhang-San-Secret-1"),
                    "url", "jdbc:derby:" + database + ";password=Url-Secret-2");
            write(withPassword);
            await("the store reopens with the password", () -> reference("(" + SCHEMA + "=platform)") != null
                    && details().path("database").path("url").asText().endsWith(";password=***"));
            awaitUp();

            JsonNode health = details();
            assertEquals("jdbc:derby:" + database + ";password=***", health.path("database").path("url").asText());
            ServiceReference<?>[] all = bundleContext.getAllServiceReferences(null, null);
            for (ServiceReference<?> reference : all) {
                for (String key : reference.getPropertyKeys()) {
                    String value = deepToString(reference.getProperty(key));
                    assertFalse(key + " of service " + reference.getProperty("service.id") + " " + value, value.contains("Secret"));
                }
            }
            ServiceReference<DataSource> pool = reference("(&(pax.jdbc.managed=true)(dataSourceName=renshe))");
            assertNull(pool.getProperty("password"));
            assertNull(pool.getProperty("url"));
            assertEquals("renshe", pool.getProperty("user"));

            write(setting(withPassword, "pool.maximumPoolSize", "lots"));
            JsonNode down = awaitDown("setting pool.maximumPoolSize");
            assertFalse(down.toString(), down.toString().contains("Secret"));
            String console = executeCommand("jdbc:ds-list");
            assertFalse(console, console.contains("Secret"));
        } finally {
            write(good);
            awaitUp();
        }
        List<String> lines = logSince(mark);
        assertTrue("the log was read: " + lines.size(), lines.size() > 3);
        for (String line : lines) {
            assertFalse(line, line.contains("Secret"));
        }
    }

    private static String deepToString(Object value) {
        return value instanceof Object[] array ? java.util.Arrays.deepToString(array) : String.valueOf(value);
    }

    // tables of other bundles

    @Test
    public void aBundleBringsItsOwnTablesAndAnEditedMigrationStopsTheStore() throws Exception {
        awaitUp();
        String v1 = "-- notes of an integration test\nCREATE TABLE IT_NOTE (ID INT PRIMARY KEY, TEXT VARCHAR(200));\n";
        String v2 = "ALTER TABLE IT_NOTE ADD COLUMN AUTHOR VARCHAR(40);\n";
        Bundle notes = bundleContext.installBundle("itest:notes", new ByteArrayInputStream(
                migrationsBundle("0.0.1", Map.of("V1__notes.sql", v1))));
        try {
            notes.start();
            ServiceReference<DataSource> withNotes = awaitReference("(" + SCHEMA + "=it-notes)");
            assertEquals(List.of("it-notes", "platform"), List.of((String[]) withNotes.getProperty(SCHEMA)));
            try (Connection c = bundleContext.getService(withNotes).getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO IT_NOTE (ID, TEXT) VALUES (1, '一次性告知')");
            } finally {
                bundleContext.ungetService(withNotes);
            }

            notes.update(new ByteArrayInputStream(migrationsBundle("0.0.2", Map.of("V1__notes.sql", v1, "V2__note_author.sql", v2))));
            await("V2 applied", () -> historyVersions("it-notes").equals(List.of(1, 2)));
            ServiceReference<DataSource> v2Database = awaitReference("(" + SCHEMA + "=it-notes)");
            try (Connection c = bundleContext.getService(v2Database).getConnection(); Statement s = c.createStatement()) {
                s.execute("UPDATE IT_NOTE SET AUTHOR = '王' WHERE ID = 1");
            } finally {
                bundleContext.ungetService(v2Database);
            }

            notes.update(new ByteArrayInputStream(migrationsBundle("0.0.3", Map.of(
                    "V1__notes.sql", v1.replace("VARCHAR(200)", "VARCHAR(400)"), "V2__note_author.sql", v2))));
            JsonNode down = awaitDown("track it-notes: migration V1__notes.sql of io.renshe.itest.notes 0.0.3 was changed after it was applied");
            assertTrue(down.toString(), down.path("database").path("reason").asText()
                    .endsWith("restore the file as it was and put the change in a new migration"));
            assertTrue("the store refuses the whole database", references("(" + SCHEMA + "=platform)").isEmpty());
        } finally {
            notes.uninstall();
        }
        awaitUp();
        assertTrue(references("(" + SCHEMA + "=it-notes)").isEmpty());
        assertEquals(List.of("platform"), List.of((String[]) reference("(" + SCHEMA + "=platform)").getProperty(SCHEMA)));
    }

    private List<Integer> historyVersions(String track) throws Exception {
        ServiceReference<DataSource> reference = reference("(" + SCHEMA + "=platform)");
        if (reference == null) {
            return List.of();
        }
        List<Integer> versions = new ArrayList<>();
        try (Connection c = bundleContext.getService(reference).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION FROM RENSHE_SCHEMA_HISTORY WHERE TRACK = '" + track + "' ORDER BY VERSION")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        } finally {
            bundleContext.ungetService(reference);
        }
        return versions;
    }

    private static byte[] migrationsBundle(String version, Map<String, String> scripts) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "io.renshe.itest.notes");
        main.putValue("Bundle-Version", version);
        main.putValue(HEADER, "db/migrations;track=it-notes");
        main.putValue("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=io.renshe.migrations)(version>=1.0)(!(version>=2.0)))\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> script : new TreeMap<>(scripts).entrySet()) {
                jar.putNextEntry(new JarEntry("db/migrations/" + script.getKey()));
                jar.write(script.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    // the event log

    @Test
    public void eventsPostedThroughEventAdminAreKeptAndReadNewestFirstEvenAcrossAnOutage() throws Exception {
        awaitUp();
        eventAdmin.sendEvent(new Event(PlatformEvents.topic(PlatformEvents.JURISDICTION_ACTIVE),
                PlatformEvents.properties(PlatformEvents.JURISDICTION_ACTIVE, "it-341000", "黄山市 0.1.0")));
        eventAdmin.postEvent(new Event(PlatformEvents.topic(PlatformEvents.JURISDICTION_REMOVED),
                PlatformEvents.properties(PlatformEvents.JURISDICTION_REMOVED, "it-341000", null)));
        await("both events", () -> eventLog(log -> log.recent("it-341000", 10)).size() == 2);
        List<PlatformEvent> events = eventLog(log -> log.recent("it-341000", 10));
        assertEquals(PlatformEvents.JURISDICTION_REMOVED, events.get(0).kind());
        assertNull(events.get(0).detail());
        assertEquals(PlatformEvents.JURISDICTION_ACTIVE, events.get(1).kind());
        assertEquals("黄山市 0.1.0", events.get(1).detail());

        String good = Files.readString(cfg(), StandardCharsets.UTF_8);
        try {
            write(setting(good, "pool.maximumPoolSize", "lots"));
            awaitDown("setting pool.maximumPoolSize");
            await("the event log says the database is down", () -> {
                try {
                    eventLog(log -> log.recent(null, 5));
                    return false;
                } catch (ServiceUnavailableException e) {
                    return e.getMessage().contains("setting pool.maximumPoolSize in etc/" + CFG);
                }
            });
            eventAdmin.sendEvent(new Event(PlatformEvents.topic(PlatformEvents.JURISDICTION_REJECTED),
                    PlatformEvents.properties(PlatformEvents.JURISDICTION_REJECTED, "it-341504", "list.yaml: 3: 未知单位")));
        } finally {
            write(good);
            awaitUp();
        }
        await("the event that waited is written", () -> eventLog(log -> log.recent("it-341504", 10)).size() == 1);
        assertEquals("list.yaml: 3: 未知单位", eventLog(log -> log.recent("it-341504", 1)).get(0).detail());
    }

    // the console

    @Test
    public void karafsJdbcCommandsReachThePlatformDatabase() throws Exception {
        awaitUp();
        String list = executeCommand("jdbc:ds-list");
        assertTrue(list, list.contains("renshe ") && list.contains("renshe-migrated") && list.contains("Apache Derby"));
        // jdbc:query takes the rest of the line as the query, unquoted
        String history = executeCommand("jdbc:query renshe-migrated SELECT TRACK, VERSION, SCRIPT FROM RENSHE_SCHEMA_HISTORY");
        assertTrue(history, history.contains("platform") && history.contains("V1__platform_events.sql"));
        String tables = executeCommand("jdbc:tables renshe");
        assertTrue(tables, tables.contains("PLATFORM_EVENT"));
    }

    // restarts leak nothing
}
