package io.renshe.catalog.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store says when the database cannot be opened: the driver's own words, the setting and the file. */
class ConnectionProblemTest {

    @TempDir
    Path folder;

    @Test
    void aFolderBelowAFileIsRefusedBeforeDerbyTriesIt() throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        Map<String, Object> values = DataSourceSettingsTest.shipped();
        values.put("url", "jdbc:derby:" + file.resolve("renshe/db") + ";create=true");
        assertEquals(new DataSourceSettings.Problem("url", "'jdbc:derby:" + file.resolve("renshe/db") + ";create=true' lies below "
                + file + ", which is a file, not a folder"), new DataSourceSettings(values).check());
        assertEquals(null, DataSourceSettings.fileAbove(folder.resolve("new/derby").toString()), "a folder still to create is fine");
        assertEquals(null, DataSourceSettings.fileAbove("memory:renshe"));
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsBlamedOnTheUrl() throws Exception {
        Path db = folder.resolve("never-created");
        org.apache.derby.jdbc.EmbeddedDataSource withoutCreate = new org.apache.derby.jdbc.EmbeddedDataSource();
        withoutCreate.setDatabaseName(db.toString());
        SQLException derby = assertThrows(SQLException.class, withoutCreate::getConnection);
        // HikariCP wraps the driver's failure the way its getConnection does on a timeout
        SQLTransientConnectionException pool = new SQLTransientConnectionException(
                "renshe - Connection is not available, request timed out after 5002ms.", derby.getSQLState(), derby);
        pool.setNextException(derby);

        String described = DatabaseStore.describe(pool);
        assertEquals("Database '" + db + "' not found", described);
        assertFalse(DatabaseStore.isAuthentication(pool));

        Map<String, Object> values = DataSourceSettingsTest.shipped();
        values.put("url", "jdbc:derby:" + db);
        DatabaseStore.Verdict verdict = new DatabaseStore.Verdict(new DataSourceSettings(values), null, null);
        String reason = verdict.connectionProblem(pool);
        assertEquals("setting url in /opt/renshe/etc/org.ops4j.datasource-renshe.cfg: Database '" + db + "' not found", reason);
    }

    @Test
    void anAuthenticationFailureIsBlamedOnUserAndPassword() throws Exception {
        SQLException refused = new SQLException("FATAL: password authentication failed for user \"renshe\"", "28P01");
        assertTrue(DatabaseStore.isAuthentication(refused));
        Map<String, Object> values = DataSourceSettingsTest.shipped();
        DatabaseStore.Verdict verdict = new DatabaseStore.Verdict(new DataSourceSettings(values), null, null);
        assertTrue(verdict.connectionProblem(refused).startsWith("settings user and .password in "), verdict.connectionProblem(refused));
    }

    @Test
    void aTrackBelongsToOneBundle() {
        MigrationSet platform = MigrationSet.of("platform", "io.renshe.catalog-store 0.1.0", Map.of());
        MigrationSet intruder = MigrationSet.of("platform", "com.example.intruder 1.0.0", Map.of());
        MigrationSet notes = MigrationSet.of("notes", "io.renshe.notes 1.0.0", Map.of());
        assertEquals(null, DatabaseStore.duplicateTrack(List.of(platform, notes)));
        assertEquals("track platform is contributed by both io.renshe.catalog-store 0.1.0 and com.example.intruder 1.0.0: "
                + "a track belongs to one bundle", DatabaseStore.duplicateTrack(List.of(platform, notes, intruder)));
    }
}
