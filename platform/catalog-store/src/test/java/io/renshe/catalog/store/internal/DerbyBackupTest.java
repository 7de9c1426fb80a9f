package io.renshe.catalog.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Online backups of embedded Derby, restores from them, and the retention of scheduled backups. */
class DerbyBackupTest {

    @TempDir
    Path folder;

    private static void event(Connection c, String subject) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO PLATFORM_EVENT (OCCURRED_AT, KIND, SUBJECT) VALUES (CURRENT_TIMESTAMP, 'test', '" + subject + "')");
        }
    }

    private static List<String> subjects(Connection c) throws Exception {
        List<String> subjects = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SUBJECT FROM PLATFORM_EVENT ORDER BY ID")) {
            while (rs.next()) {
                subjects.add(rs.getString(1));
            }
        }
        return subjects;
    }

    @Test
    void backUpWriteMoreRestoreAndTheBackedUpStateIsBack() throws Exception {
        Path database = folder.resolve("data/renshe/derby");
        Path backups = folder.resolve("backups");
        Path backup;
        try (Connection c = Derby.dataSource(database).getConnection()) {
            MigrationRunner runner = new MigrationRunner(c);
            runner.ensureHistory();
            runner.migrate(Derby.platform());
            event(c, "before");
            backup = DerbyBackup.newFolder(backups, LocalDateTime.of(2026, 11, 28, 2, 30, 0));
            long bytes = DerbyBackup.backup(c, backup, Instant.parse("2026-11-27T18:30:00Z"), "jdbc:derby:x", Map.of("platform", 1));
            assertTrue(bytes > 100_000, "a database of " + bytes + " bytes");
            event(c, "after");
            assertEquals(List.of("before", "after"), subjects(c));
        }
        assertEquals(backups.resolve("renshe-20261128-023000"), backup);
        assertEquals(backup.resolve("derby"), DerbyBackup.databaseIn(backup));
        String marker = Files.readString(backup.resolve(DerbyBackup.MARKER));
        assertTrue(marker.contains("at=2026-11-27T18\\:30\\:00Z") && marker.contains("schema.platform=1"), marker);

        EmbeddedDriver driver = new EmbeddedDriver();
        DerbyBackup.shutdown(driver, database);
        Path previous = database.resolveSibling("derby.before-restore");
        Files.move(database, previous);
        DerbyBackup.restore(driver, database, DerbyBackup.databaseIn(backup));
        try (Connection c = Derby.dataSource(database).getConnection()) {
            assertEquals(List.of("before"), subjects(c), "the state of the backup is back");
            event(c, "restored");
        }
        Derby.shutdown(database);
        try (Connection c = Derby.dataSource(previous).getConnection()) {
            assertEquals(List.of("before", "after"), subjects(c), "the replaced database is kept as it was");
        }
        Derby.shutdown(previous);
    }

    @Test
    void aFolderThatHoldsNoBackupIsRefused() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("renshe-20261128-023000"));
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> DerbyBackup.databaseIn(empty));
        assertTrue(none.getMessage().endsWith("holds no Derby database backups: name the folder of a backup (renshe-…)"),
                none.getMessage());
        Files.createDirectories(empty.resolve("derby"));
        Files.writeString(empty.resolve("derby/service.properties"), "x");
        assertTrue(assertThrows(IllegalStateException.class, () -> DerbyBackup.databaseIn(empty)).getMessage()
                .endsWith("is an unfinished backup (no backup.properties): take another one"));
    }

    @Test
    void scheduledBackupsKeepTheNewestAndDropUnfinishedOnes() throws Exception {
        Path backups = folder.resolve("backups");
        for (String name : List.of("renshe-20261120-023000", "renshe-20261121-023000", "renshe-20261122-023000",
                "renshe-20261123-023000", "renshe-20261123-023000-2")) {
            Files.createDirectories(backups.resolve(name));
            Files.writeString(backups.resolve(name).resolve(DerbyBackup.MARKER), "at=x");
        }
        Files.createDirectories(backups.resolve("renshe-20261122-120000"));   // unfinished, older than the newest
        Files.createDirectories(backups.resolve("renshe-20261124-023000"));   // unfinished, maybe still being written
        Files.createDirectories(backups.resolve("keep-me"));                  // not a backup of the platform
        List<Path> removed = DerbyBackup.prune(backups, 3);
        assertEquals(List.of("renshe-20261121-023000", "renshe-20261120-023000", "renshe-20261122-120000"),
                removed.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("renshe-20261123-023000-2", "renshe-20261123-023000", "renshe-20261122-023000"),
                DerbyBackup.backups(backups).stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(Files.isDirectory(backups.resolve("renshe-20261124-023000")));
        assertTrue(Files.isDirectory(backups.resolve("keep-me")));
        assertFalse(Files.exists(backups.resolve("renshe-20261120-023000")));
    }

    @Test
    void theDatabaseFolderIsReadFromTheUrl() {
        assertEquals(Path.of("/opt/renshe/data/renshe/derby"), DerbyBackup.databaseFolder("jdbc:derby:/opt/renshe/data/renshe/derby;create=true"));
        assertEquals(Path.of("/x/db"), DerbyBackup.databaseFolder("jdbc:derby:directory:/x/db"));
        assertThrows(IllegalStateException.class, () -> DerbyBackup.databaseFolder("jdbc:derby:memory:x;create=true"));
    }
}
