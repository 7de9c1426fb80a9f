package io.renshe.testing.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    /** Under target/, not a temporary folder of JUnit's: those only their owner may enter, and the server runs as another user. */
    private final Path folder = java.nio.file.Paths.get("target", "postgresql-test");

    @TempDir
    Path empty;

    @Test
    void startsOnAFreePortWithPasswordsAndStops() throws Exception {
        PostgresServer server = PostgresServer.start(folder.resolve("pg"));
        try {
            server.createDatabase("renshe_probe");
            try (Connection c = server.connect("renshe_probe"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_user, current_setting('fsync'), version()")) {
                assertTrue(rs.next());
                assertEquals(PostgresServer.USER, rs.getString(1));
                assertEquals("off", rs.getString(2));
                assertTrue(rs.getString(3).startsWith("PostgreSQL "), rs.getString(3));
            }
            java.util.Properties wrong = new java.util.Properties();
            wrong.setProperty("user", PostgresServer.USER);
            wrong.setProperty("password", "wrong");
            SQLException refused = assertThrows(SQLException.class,
                    () -> new org.postgresql.Driver().connect(server.url("renshe_probe"), wrong));
            assertEquals("28P01", refused.getSQLState(), "password authentication failed");
        } finally {
            server.close();
        }
        assertTrue(Files.notExists(folder.resolve("pg/data/postmaster.pid")), "stopped");
        assertThrows(SQLException.class, () -> server.connect("postgres"));
    }

    @Test
    void asRootBelowAFolderOthersMayNotEnterTheServerGoesToTheTemporaryFolder() throws Exception {
        Path closed = Files.createDirectories(empty.resolve("home"));
        Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path inside = closed.resolve("clone/target/postgresql");
        Path moved = PostgresServer.reachable(inside, true);
        assertEquals(java.nio.file.Paths.get(System.getProperty("java.io.tmpdir")).toAbsolutePath(), moved.getParent());
        assertTrue(moved.getFileName().toString().startsWith("renshe-postgresql-"), moved.toString());
        assertEquals(moved, PostgresServer.reachable(inside, true), "the same folder at every run");
        assertEquals(inside, PostgresServer.reachable(inside, false), "not root: the server runs as the tests' user");
        Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(empty, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(inside, PostgresServer.reachable(inside, true), "below folders every user may enter it stays");
    }

    @Test
    void aMissingInstallationSaysHowToInstallIt() {
        String before = System.getProperty(PostgresServer.BIN_PROPERTY);
        System.setProperty(PostgresServer.BIN_PROPERTY, empty.toString());
        try {
            IllegalStateException missing = assertThrows(IllegalStateException.class, PostgresServer::findBin);
            assertTrue(missing.getMessage().contains("sudo apt-get install -y postgresql"), missing.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(PostgresServer.BIN_PROPERTY);
            } else {
                System.setProperty(PostgresServer.BIN_PROPERTY, before);
            }
        }
    }
}
