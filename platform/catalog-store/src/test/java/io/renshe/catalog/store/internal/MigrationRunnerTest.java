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

/** The migration runner on embedded Derby (the tests every database passes are in {@link MigrationRunnerContract}). */
class MigrationRunnerTest extends MigrationRunnerContract {

    @TempDir
    Path folder;

    private String name;

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

    @Override
    Connection secondConnection() throws SQLException {
        return Derby.inMemory(name).getConnection();
    }

    @Override
    String dialect() {
        return "derby";
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
    void aDialectScriptIsChosenByTheDatabaseProduct() throws Exception {
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

}
