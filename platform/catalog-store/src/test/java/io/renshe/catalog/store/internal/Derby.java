package io.renshe.catalog.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;

/** Embedded Derby databases in a test's folder, and the store's own migrations as the bundle ships them. */
final class Derby {

    private Derby() {
    }

    /** A database in a folder, opened the way pax-jdbc-derby opens {@code jdbc:derby:<folder>;create=true}. */
    static EmbeddedDataSource dataSource(Path folder) {
        return dataSource(folder.toString());
    }

    /** A database in memory, gone after {@link #drop(String)}. */
    static EmbeddedDataSource inMemory(String name) {
        return dataSource("memory:" + name);
    }

    private static EmbeddedDataSource dataSource(String database) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(database);
        dataSource.setConnectionAttributes("create=true");
        return dataSource;
    }

    static void shutdown(Path folder) {
        close("jdbc:derby:" + folder + ";shutdown=true");
    }

    static void drop(String name) {
        close("jdbc:derby:memory:" + name + ";drop=true");
    }

    private static void close(String url) {
        try {
            new EmbeddedDriver().connect(url, new Properties());
        } catch (SQLException expected) {
            // 08006: shut down or dropped
        }
    }

    /** The platform track as the store bundle ships it (target/classes/migrations). */
    static MigrationSet platform() throws IOException {
        return MigrationSet.of("platform", "io.renshe.catalog-store test", scripts(Paths.get("target/classes/migrations")));
    }

    static Map<String, String> scripts(Path folder) throws IOException {
        Map<String, String> scripts = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                scripts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return scripts;
    }
}
