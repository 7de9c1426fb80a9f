package io.renshe.catalog.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyStoreTest {

    @TempDir
    Path folder;

    private ConnectionPool pool(Path db, int size, int timeout) {
        return new ConnectionPool(new EmbeddedDriver(), "jdbc:derby:" + db + ";create=true", new Properties(), size, timeout);
    }

    private static void shutdown(Path db) {
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + db + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            assertEquals("08006", expected.getSQLState());
        }
    }

    @Test
    void migratesOnceAndKeepsRowsAcrossRestarts() throws Exception {
        Path db = folder.resolve("derby");
        ConnectionPool first = pool(db, 2, 5);
        try (Connection c = first.getConnection()) {
            assertEquals(1, new Migrations(getClass().getClassLoader()).migrate(c));
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO PLATFORM_EVENT (OCCURRED_AT, KIND, SUBJECT, DETAIL) VALUES (CURRENT_TIMESTAMP, ?, ?, ?)")) {
                insert.setString(1, "deployed");
                insert.setString(2, "341000");
                insert.setString(3, "黄山市 0.1.0");
                assertEquals(1, insert.executeUpdate());
            }
        }
        first.close();
        shutdown(db);

        ConnectionPool second = pool(db, 2, 5);
        try (Connection c = second.getConnection()) {
            assertEquals(1, new Migrations(getClass().getClassLoader()).migrate(c));
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT KIND, SUBJECT, DETAIL FROM PLATFORM_EVENT")) {
                assertTrue(rs.next());
                assertEquals("deployed", rs.getString(1));
                assertEquals("341000", rs.getString(2));
                assertEquals("黄山市 0.1.0", rs.getString(3));
                assertFalse(rs.next());
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM SCHEMA_VERSION")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1), "a migration is applied once");
            }
        }
        second.close();
        shutdown(db);
    }

    @Test
    void poolIsBoundedAndReusesConnections() throws Exception {
        Path db = folder.resolve("bounded");
        ConnectionPool pool = pool(db, 1, 1);
        Connection held = pool.getConnection();
        SQLException exhausted = assertThrows(SQLException.class, pool::getConnection);
        assertTrue(exhausted.getMessage().contains("pool.size 1"), exhausted.getMessage());
        held.close();
        assertTrue(held.isClosed());
        assertThrows(SQLException.class, held::createStatement, "a handle given back cannot be used");
        try (Connection again = pool.getConnection(); Statement s = again.createStatement();
             ResultSet rs = s.executeQuery("VALUES 1")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
        pool.close();
        shutdown(db);
    }

    @Test
    void uncommittedWorkIsRolledBackWhenAConnectionIsGivenBack() throws Exception {
        Path db = folder.resolve("rollback");
        ConnectionPool pool = pool(db, 1, 5);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T (X INT)");
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO T VALUES (1)");
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM T")) {
            assertTrue(c.getAutoCommit());
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1));
        }
        pool.close();
        shutdown(db);
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedWithTheSetting() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        ConnectionPool pool = pool(file.resolve("derby"), 1, 1);
        SQLException e = assertThrows(SQLException.class, pool::getConnection);
        String reason = DatabaseStore.describe(e);
        assertTrue(reason.startsWith("setting jdbc.url: "), reason);
        assertTrue(reason.contains("derby"), reason);
        pool.close();
    }

    @Test
    void settingsAreChecked() {
        assertNull(DatabaseStore.checkSettings("jdbc:derby:/tmp/x;create=true", config(8, 30)));
        assertTrue(DatabaseStore.checkSettings("jdbc:nope:x", config(8, 30)).startsWith("setting jdbc.url: unsupported JDBC URL 'jdbc:nope:x'"));
        assertTrue(DatabaseStore.checkSettings("jdbc:derby://host:1527/db", config(8, 30)).startsWith("setting jdbc.url:"));
        assertEquals("setting pool.size: 0 is out of range 1 to 200", DatabaseStore.checkSettings("jdbc:derby:x", config(0, 30)));
        assertEquals("setting pool.timeout.seconds: 0 must be at least 1", DatabaseStore.checkSettings("jdbc:derby:x", config(4, 0)));
    }

    @Test
    void defaultUrlLiesUnderKarafData() {
        String old = System.getProperty("karaf.data");
        System.setProperty("karaf.data", folder.toString());
        try {
            assertEquals("jdbc:derby:" + folder.resolve("renshe/derby") + ";create=true", DatabaseStore.effectiveUrl(""));
            assertEquals("jdbc:derby:memory:x", DatabaseStore.effectiveUrl(" jdbc:derby:memory:x "));
        } finally {
            if (old == null) {
                System.clearProperty("karaf.data");
            } else {
                System.setProperty("karaf.data", old);
            }
        }
    }

    @Test
    void passwordsInTheUrlAreNeverShown() {
        assertEquals("jdbc:derby:db;user=a;password=***;create=true", DatabaseStore.masked("jdbc:derby:db;user=a;password=s3cret;create=true"));
        assertEquals("jdbc:derby:db;PASSWORD=***", DatabaseStore.masked("jdbc:derby:db;PASSWORD=x"));
    }

    @Test
    void scriptsSplitIntoStatements() {
        List<String> sql = Migrations.statements("-- comment\nCREATE TABLE A (X INT);\n\nCREATE INDEX I\n  ON A (X);\n");
        assertEquals(List.of("CREATE TABLE A (X INT)", "CREATE INDEX I\n  ON A (X)"), sql);
    }

    @Test
    void migrationsAreListedInSequence() throws Exception {
        List<Migrations.Migration> all = new Migrations(getClass().getClassLoader()).available();
        assertNotNull(all);
        assertEquals(1, all.get(0).version());
        assertEquals("platform events", all.get(0).description());
    }

    private static StoreConfiguration config(int poolSize, int timeout) {
        return new StoreConfiguration() {
            @Override public Class<? extends Annotation> annotationType() { return StoreConfiguration.class; }
            @Override public String jdbc_url() { return ""; }
            @Override public String user() { return ""; }
            @Override public String password() { return ""; }
            @Override public int pool_size() { return poolSize; }
            @Override public int pool_timeout_seconds() { return timeout; }
        };
    }
}
