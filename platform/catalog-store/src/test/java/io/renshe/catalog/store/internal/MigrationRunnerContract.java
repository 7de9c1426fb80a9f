package io.renshe.catalog.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * What the migration runner does on every database the platform runs on: the same tests on embedded Derby
 * ({@link MigrationRunnerTest}) and on PostgreSQL ({@link PostgresqlMigrationRunnerTest}). A subclass opens a fresh,
 * empty database (or schema) per test as {@link #connection}.
 */
abstract class MigrationRunnerContract {

    Connection connection;

    /** Another connection to the same fresh database, as a second node would have. */
    abstract Connection secondConnection() throws SQLException;

    /** The dialect the runner must find. */
    abstract String dialect();

    MigrationRunner runner() throws SQLException {
        MigrationRunner runner = new MigrationRunner(connection);
        runner.ensureHistory();
        return runner;
    }

    static MigrationSet notes(Map<String, String> scripts) {
        return MigrationSet.of("notes", "io.renshe.test.notes 1.0.0", scripts);
    }

    boolean tableExists(String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), name, null)) {
            return rs.next();
        }
    }

    int count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void thePlatformTrackIsAppliedOnceWithTheChecksumOfItsScript() throws Exception {
        assertEquals(dialect(), runner().dialect());
        assertEquals(1, runner().migrate(Derby.platform()));
        assertTrue(tableExists("PLATFORM_EVENT"));
        assertEquals(1, runner().migrate(Derby.platform()), "a second run finds nothing to do");
        assertEquals(1, count("SELECT COUNT(*) FROM RENSHE_SCHEMA_HISTORY"));

        String script = "derby".equals(dialect()) ? "V1__platform_events.sql" : "V1__platform_events." + dialect() + ".sql";
        byte[] file = Files.readAllBytes(Paths.get("src/main/resources/migrations", script));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TRACK, VERSION, DESCRIPTION, SCRIPT, CHECKSUM, APPLIED_BY FROM RENSHE_SCHEMA_HISTORY")) {
            assertTrue(rs.next());
            assertEquals("platform", rs.getString(1));
            assertEquals(1, rs.getInt(2));
            assertEquals("platform events", rs.getString(3));
            assertEquals(script, rs.getString(4));
            assertEquals(expected, rs.getString(5));
            assertEquals("io.renshe.catalog-store test", rs.getString(6));
        }
    }

    @Test
    void anEditedAppliedMigrationIsRefusedByName() throws Exception {
        runner().migrate(notes(Map.of("V1__notes.sql", "CREATE TABLE NOTE (ID INT PRIMARY KEY);\n")));
        MigrationException refused = assertThrows(MigrationException.class, () -> runner().migrate(
                notes(Map.of("V1__notes.sql", "CREATE TABLE NOTE (ID INT PRIMARY KEY, TEXT VARCHAR(100));\n"))));
        String message = refused.getMessage();
        assertTrue(message.startsWith("track notes: migration V1__notes.sql of io.renshe.test.notes 1.0.0 was changed after it was applied"), message);
        assertTrue(message.contains("restore the file as it was and put the change in a new migration"), message);
        assertEquals(1, count("SELECT COUNT(*) FROM RENSHE_SCHEMA_HISTORY"), "nothing more is applied");
    }

    @Test
    void lineEndsAndAByteOrderMarkDoNotChangeTheChecksum() throws Exception {
        runner().migrate(notes(Map.of("V1__notes.sql", "CREATE TABLE NOTE (ID INT);\nCREATE INDEX NOTE_ID ON NOTE (ID);\n")));
        assertEquals(1, runner().migrate(notes(Map.of("V1__notes.sql",
                "\uFEFFCREATE TABLE NOTE (ID INT);\r\nCREATE INDEX NOTE_ID ON NOTE (ID);\r\n"))));
    }

    @Test
    void theNextMigrationIsAppliedAfterTheOthers() throws Exception {
        String v1 = "CREATE TABLE NOTE (ID INT PRIMARY KEY);\n";
        assertEquals(1, runner().migrate(notes(Map.of("V1__notes.sql", v1))));
        assertEquals(2, runner().migrate(notes(Map.of("V1__notes.sql", v1,
                "V2__note_text.sql", "-- the text of a note\nALTER TABLE NOTE ADD COLUMN TEXT VARCHAR(100);\n"))));
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO NOTE (ID, TEXT) VALUES (1, '一次性告知')");
        }
        assertEquals(2, count("SELECT COUNT(*) FROM RENSHE_SCHEMA_HISTORY WHERE TRACK = 'notes'"));
    }

    @Test
    void tracksKeepTheirOwnVersions() throws Exception {
        MigrationRunner runner = runner();
        assertEquals(1, runner.migrate(Derby.platform()));
        assertEquals(2, runner.migrate(notes(Map.of("V1__notes.sql", "CREATE TABLE NOTE (ID INT);\n",
                "V2__more.sql", "CREATE TABLE NOTE_MORE (ID INT);\n"))));
        assertEquals(1, runner.migrate(MigrationSet.of("tasks", "io.renshe.test.tasks 1.0.0",
                Map.of("V1__tasks.sql", "CREATE TABLE TASK (ID INT);\n"))));
        assertEquals(List.of(1), List.copyOf(runner.applied("platform").keySet()));
        assertEquals(List.of(1, 2), List.copyOf(runner.applied("notes").keySet()));
        assertEquals(List.of(1), List.copyOf(runner.applied("tasks").keySet()));
    }

    @Test
    void aDatabaseAheadOfTheBundleIsRefused() throws Exception {
        String v1 = "CREATE TABLE NOTE (ID INT);\n";
        runner().migrate(notes(Map.of("V1__notes.sql", v1, "V2__more.sql", "CREATE TABLE NOTE_MORE (ID INT);\n")));
        MigrationException refused = assertThrows(MigrationException.class,
                () -> runner().migrate(notes(Map.of("V1__notes.sql", v1))));
        assertTrue(refused.getMessage().startsWith("track notes: the database has migration V2__more.sql"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("that io.renshe.test.notes 1.0.0 does not ship: the database is newer than this bundle"),
                refused.getMessage());
    }

    @Test
    void aFailingMigrationIsRolledBackWholeAndNamed() throws Exception {
        MigrationException failed = assertThrows(MigrationException.class, () -> runner().migrate(notes(Map.of(
                "V1__notes.sql", "CREATE TABLE NOTE (ID INT);\nCREATE TABLE NOTE (ID INT);\n"))));
        assertTrue(failed.getMessage().startsWith("track notes: migration V1__notes.sql of io.renshe.test.notes 1.0.0 failed and was rolled back: "),
                failed.getMessage());
        assertFalse(tableExists("NOTE"), "the first statement is rolled back with the second");
        assertEquals(0, count("SELECT COUNT(*) FROM RENSHE_SCHEMA_HISTORY"));
        assertEquals(1, runner().migrate(notes(Map.of("V1__notes.sql", "CREATE TABLE NOTE (ID INT);\n"))),
                "the corrected script applies");
    }

    @Test
    void aDialectScriptReplacesThePlainOneOnItsDatabase() throws Exception {
        Map<String, String> scripts = Map.of(
                "V1__notes.sql", "CREATE TABLE NOTE (ID INT, TEXT CLOB);\n",
                "V1__notes.postgresql.sql", "CREATE TABLE NOTE (ID INT, TEXT TEXT);\n");
        assertEquals(1, runner().migrate(notes(scripts)));
        assertEquals("derby".equals(dialect()) ? "V1__notes.sql" : "V1__notes.postgresql.sql",
                runner().applied("notes").get(1).script());
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO NOTE (ID, TEXT) VALUES (1, '" + "长".repeat(5000) + "')");
        }
    }

    @Test
    void theHistoryTableIsCreatedOnce() throws Exception {
        runner();
        runner();
        assertTrue(tableExists("RENSHE_SCHEMA_HISTORY"));
        assertEquals(0, count("SELECT COUNT(*) FROM RENSHE_SCHEMA_HISTORY"));
    }

    @Test
    void twoNodesMigratingAtOnceApplyEachMigrationOnce() throws Exception {
        runner();
        Map<String, String> scripts = Map.of("V1__notes.sql", "CREATE TABLE NOTE (ID INT);\n",
                "V2__more.sql", "CREATE TABLE NOTE_MORE (ID INT);\n", "V3__last.sql", "CREATE TABLE NOTE_LAST (ID INT);\n");
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try (Connection second = secondConnection()) {
            List<Callable<Integer>> both = new ArrayList<>();
            both.add(() -> new MigrationRunner(connection).migrate(notes(scripts)));
            both.add(() -> {
                MigrationRunner runner = new MigrationRunner(second);
                runner.ensureHistory();
                return runner.migrate(notes(scripts));
            });
            for (Future<Integer> node : nodes.invokeAll(both)) {
                assertEquals(3, node.get());
            }
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(3, count("SELECT COUNT(*) FROM RENSHE_SCHEMA_HISTORY WHERE TRACK = 'notes'"));
        assertTrue(tableExists("NOTE_LAST"));
    }
}
