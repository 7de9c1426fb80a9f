package io.renshe.catalog.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

/** The store's own migration runner, for the tests of a bundle that contributes a migration track. */
public final class TestMigrations {

    private TestMigrations() {
    }

    /** Migrates a track from a folder of {@code V<n>__*.sql} files, as the store does when the bundle starts. */
    public static int migrate(DataSource database, String track, Path folder) throws IOException, SQLException {
        Map<String, String> scripts = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                scripts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        try (Connection connection = database.getConnection()) {
            MigrationRunner runner = new MigrationRunner(connection);
            runner.ensureHistory();
            try {
                return runner.migrate(MigrationSet.of(track, "test", scripts));
            } catch (MigrationException e) {
                throw new SQLException(e.getMessage(), e);
            }
        }
    }
}
