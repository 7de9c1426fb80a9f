package io.renshe.catalog.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

class MigrationRunnerTest {

    @TempDir
    Path folder;

    private String name;
    private Connection connection;

    @BeforeEach
    void open(TestInfo test) throws SQLException {
        name = "migrations-" + test.getDisplayName().replaceAll("[^A-Za-z]", "");
        connection = Derby.inMemory(name).getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        Derby.drop(name);
    }

    private MigrationRunner runner() throws SQLException {
        MigrationRunner runner = new MigrationRunner(connection);
        runner.ensureHistory();
        return runner;
    }

    private static MigrationSet notes(Map<String, String> scripts) {
        return MigrationSet.of("notes", "io.renshe.test.notes 1.0.0", scripts);
    }

    private boolean tableExists(String table) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private int count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void thePlatformTrackIsAppliedOnceWithTheChecksumOfItsScript() throws Exception {
        assertEquals("derby", runner().dialect());
        assertEquals(1, runner().migrate(Derby.platform()));
        assertTrue(tableExists("PLATFORM_EVENT"));
        assertEquals(1, runner().migrate(Derby.platform()), "a second run finds nothing to do");
        assertEquals(1, count("SELECT COUNT(*) FROM RENSHE_SCHEMA_HISTORY"));

        byte[] file = Files.readAllBytes(Paths.get("src/main/resources/migrations/V1__platform_events.sql"));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TRACK, VERSION, DESCRIPTION, SCRIPT, CHECKSUM, APPLIED_BY FROM RENSHE_SCHEMA_HISTORY")) {
            assertTrue(rs.next());
            assertEquals("platform", rs.getString(1));
            assertEquals(1, rs.getInt(2));
            assertEquals("platform events", rs.getString(3));
            assertEquals("V1__platform_events.sql", rs.getString(4));
            assertEquals(expected, rs.getString(5));
            assertEquals("io.renshe.catalog-store test", rs.getString(6));
        }
    }

    @Test
    void rowsSurviveAReopenAndTheSecondOpenAppliesNothing() throws Exception {
        Path db = folder.resolve("derby");
        connection.close();
        connection = Derby.dataSource(db).getConnection();
        runner().migrate(Derby.platform());
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO PLATFORM_EVENT (OCCURRED_AT, KIND, SUBJECT, DETAIL) VALUES (CURRENT_TIMESTAMP, 'jurisdiction-active', '341000', '黄山市 0.1.0')");
        }
        connection.close();
        Derby.shutdown(db);
        connection = Derby.dataSource(db).getConnection();
        assertEquals(1, runner().migrate(Derby.platform()));
        assertEquals("derby", runner().dialect());
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT KIND, SUBJECT, DETAIL FROM PLATFORM_EVENT")) {
            assertTrue(rs.next());
            assertEquals("jurisdiction-active", rs.getString(1));
            assertEquals("341000", rs.getString(2));
            assertEquals("黄山市 0.1.0", rs.getString(3));
            assertFalse(rs.next());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM RENSHE_SCHEMA_HISTORY"));
        connection.close();
        Derby.shutdown(db);
        connection = Derby.inMemory(name).getConnection();
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
    void aDialectScriptReplacesThePlainOne() throws Exception {
        Map<String, String> scripts = Map.of(
                "V1__notes.sql", "CREATE TABLE NOTE (ID INT, TEXT CLOB);\n",
                "V1__notes.postgresql.sql", "CREATE TABLE NOTE (ID INT, TEXT TEXT);\n");
        assertEquals("V1__notes.sql", notes(scripts).resolve("derby").get(0).script());
        assertEquals("V1__notes.postgresql.sql", notes(scripts).resolve("postgresql").get(0).script());
        assertEquals("CREATE TABLE NOTE (ID INT, TEXT TEXT)", notes(scripts).resolve("postgresql").get(0).statements().get(0));
        assertEquals(1, runner().migrate(notes(scripts)));

        MigrationException none = assertThrows(MigrationException.class, () -> runner().migrate(MigrationSet.of("pg", "x 1",
                Map.of("V1__only.postgresql.sql", "CREATE TABLE ONLY_PG (ID SERIAL);\n"))));
        assertEquals("track pg: V1 of x 1 has no script for derby, only V1__only.postgresql.sql", none.getMessage());
    }

    @Test
    void thePlatformTrackHasAPostgresqlScript() throws Exception {
        List<Migration> postgresql = Derby.platform().resolve("postgresql");
        assertEquals("V1__platform_events.postgresql.sql", postgresql.get(0).script());
        assertTrue(postgresql.get(0).sql().contains("DETAIL TEXT"));
        assertEquals(3, postgresql.get(0).statements().size());
    }

    @Test
    void fileNamesAndSequenceAreChecked() {
        MigrationException gap = assertThrows(MigrationException.class, () -> notes(Map.of(
                "V1__a.sql", "CREATE TABLE A (X INT);", "V3__c.sql", "CREATE TABLE C (X INT);")).resolve("derby"));
        assertEquals("track notes: io.renshe.test.notes 1.0.0 has no migration V2 before V3 (versions run 1, 2, 3 … without gaps)",
                gap.getMessage());
        MigrationException name = assertThrows(MigrationException.class,
                () -> notes(Map.of("V1-notes.sql", "CREATE TABLE A (X INT);")).resolve("derby"));
        assertEquals("track notes: V1-notes.sql of io.renshe.test.notes 1.0.0 is not named V<n>__<description>.sql or "
                + "V<n>__<description>.<dialect>.sql", name.getMessage());
        MigrationException first = assertThrows(MigrationException.class,
                () -> notes(Map.of("V2__b.sql", "CREATE TABLE B (X INT);")).resolve("derby"));
        assertTrue(first.getMessage().contains("has no migration V1 before V2"), first.getMessage());
    }

    @Test
    void scriptsSplitIntoStatements() {
        Migration migration = new Migration("t", 1, "d", "V1__d.sql",
                "-- comment\nCREATE TABLE A (X INT);\n\nCREATE INDEX I\n  ON A (X);\nINSERT INTO A VALUES (1)");
        assertEquals(List.of("CREATE TABLE A (X INT)", "CREATE INDEX I\n  ON A (X)", "INSERT INTO A VALUES (1)"),
                migration.statements());
    }

    @Test
    void theHistoryTableIsCreatedOnce() throws Exception {
        runner();
        runner();
        assertTrue(tableExists("RENSHE_SCHEMA_HISTORY"));
        assertEquals(0, count("SELECT COUNT(*) FROM RENSHE_SCHEMA_HISTORY"));
    }
}
