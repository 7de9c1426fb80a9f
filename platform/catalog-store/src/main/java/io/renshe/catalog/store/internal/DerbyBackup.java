package io.renshe.catalog.store.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.renshe.catalog.store.DatabaseMaintenance;

/**
 * Backups of embedded Derby and their folders: an online backup with {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} into a
 * new folder {@code renshe-<yyyyMMdd-HHmmss>}, completed by {@value #MARKER} (written last: a folder without it is an
 * unfinished backup); a restore with Derby's {@code restoreFrom} URL attribute; and the retention of scheduled backups.
 */
final class DerbyBackup {

    /** The file that completes a backup: when, of what, at which schema versions. */
    static final String MARKER = "backup.properties";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern FOLDER = Pattern.compile(Pattern.quote(DatabaseMaintenance.BACKUP_PREFIX) + "\\d{8}-\\d{6}(-\\d+)?");

    private DerbyBackup() {
    }

    /** The database folder of an embedded Derby URL ({@code jdbc:derby:<folder>;create=true}), absolute. */
    static Path databaseFolder(String url) {
        String rest = url.substring("jdbc:derby:".length()).split(";")[0];
        if (rest.startsWith("directory:")) {
            rest = rest.substring("directory:".length());
        }
        if (rest.matches("[A-Za-z]{2,}:.*")) {
            throw new IllegalStateException("the database " + rest + " is no folder (memory:, jar: …): nothing to back up");
        }
        Path folder = Paths.get(rest);
        if (!folder.isAbsolute()) {
            folder = Paths.get(System.getProperty("derby.system.home", System.getProperty("user.dir"))).resolve(folder);
        }
        return folder.toAbsolutePath().normalize();
    }

    /** A new, unused folder {@code renshe-<stamp>} below {@code parent}, named by the local time. */
    static Path newFolder(Path parent, LocalDateTime now) throws IOException {
        Files.createDirectories(parent);
        String name = DatabaseMaintenance.BACKUP_PREFIX + STAMP.format(now);
        Path folder = parent.resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = parent.resolve(name + "-" + n);
        }
        return folder;
    }

    /**
     * Backs the database of the connection up into {@code folder} (created by Derby, with the database folder inside)
     * and completes it with {@value #MARKER}.
     */
    static long backup(Connection connection, Path folder, Instant at, String source, Map<String, Integer> schema)
            throws SQLException, IOException {
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toAbsolutePath().toString());
            call.execute();
        }
        Properties marker = new Properties();
        marker.setProperty("at", at.toString());
        marker.setProperty("source", source);
        marker.setProperty("product", connection.getMetaData().getDatabaseProductName() + " "
                + connection.getMetaData().getDatabaseProductVersion());
        schema.forEach((track, version) -> marker.setProperty("schema." + track, Integer.toString(version)));
        try (Writer out = Files.newBufferedWriter(folder.resolve(MARKER), StandardCharsets.UTF_8)) {
            marker.store(out, "A backup of the Renshe platform database: restore it with catalog:restore " + folder);
        }
        return size(folder);
    }

    /**
     * The database folder in a backup: the folder itself when it holds Derby's {@code service.properties}, or the one
     * folder inside it that does.
     */
    static Path databaseIn(Path backup) throws IOException {
        Path folder = backup.toAbsolutePath().normalize();
        if (Files.isRegularFile(folder.resolve("service.properties"))) {
            return folder;
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(folder + " is no folder");
        }
        List<Path> databases = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                if (Files.isRegularFile(child.resolve("service.properties"))) {
                    databases.add(child);
                }
            }
        }
        if (databases.size() != 1) {
            throw new IllegalStateException(folder + " holds " + (databases.isEmpty() ? "no" : databases.size())
                    + " Derby database backups: name the folder of a backup (" + DatabaseMaintenance.BACKUP_PREFIX + "…)");
        }
        if (!Files.isRegularFile(folder.resolve(MARKER))) {
            throw new IllegalStateException(folder + " is an unfinished backup (no " + MARKER + "): take another one");
        }
        return databases.get(0);
    }

    /** Replaces the (shut down) database in {@code database} by the backup's, with Derby's {@code restoreFrom}. */
    static void restore(Driver derby, Path database, Path backupDatabase) throws SQLException {
        try (Connection restored = derby.connect("jdbc:derby:" + database + ";restoreFrom=" + backupDatabase, new Properties())) {
            if (restored == null) {
                throw new SQLException("the Derby driver did not take the URL of " + database);
            }
        }
        shutdown(derby, database);
    }

    /** Shuts one database of the engine down (its folder can then be moved). */
    static void shutdown(Driver derby, Path database) {
        try {
            derby.connect("jdbc:derby:" + database + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            // 08006: shut down; or not booted at all
        }
    }

    /** The complete backups below {@code parent}, newest first. */
    static List<Path> backups(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(p -> FOLDER.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p.resolve(MARKER)))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        }
    }

    /** Deletes the complete backups beyond the newest {@code keep}, and unfinished ones older than the newest. */
    static List<Path> prune(Path parent, int keep) throws IOException {
        List<Path> complete = backups(parent);
        List<Path> removed = new ArrayList<>(complete.subList(Math.min(keep, complete.size()), complete.size()));
        if (!complete.isEmpty()) {
            String newest = complete.get(0).getFileName().toString();
            try (Stream<Path> children = Files.list(parent)) {
                children.filter(p -> FOLDER.matcher(p.getFileName().toString()).matches())
                        .filter(p -> !Files.exists(p.resolve(MARKER)) && p.getFileName().toString().compareTo(newest) < 0)
                        .forEach(removed::add);
            }
        }
        for (Path folder : removed) {
            deleteTree(folder);
        }
        return removed;
    }

    static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    total += Files.size(file);
                }
            }
            return total;
        }
    }

    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The local time of an instant, for folder names. */
    static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneId.systemDefault());
    }
}
