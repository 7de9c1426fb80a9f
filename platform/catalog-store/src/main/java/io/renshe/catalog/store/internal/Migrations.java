package io.renshe.catalog.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the versioned SQL migrations named in {@code migrations/index} in order, each in its own transaction,
 * and records them in {@code SCHEMA_VERSION}. A migration that was applied is never applied again.
 */
final class Migrations {

    static final String FOLDER = "io/renshe/catalog/store/internal/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private final ClassLoader loader;

    Migrations(ClassLoader loader) {
        this.loader = loader;
    }

    record Migration(int version, String description, String file) {
    }

    List<Migration> available() throws MigrationException {
        List<Migration> result = new ArrayList<>();
        int last = 0;
        for (String line : read(FOLDER + "index").split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(file);
            if (!m.matches()) {
                throw new MigrationException("migration file name " + file + " is not V<n>__<description>.sql", null);
            }
            int version = Integer.parseInt(m.group(1));
            if (version != last + 1) {
                throw new MigrationException("migration " + file + " is out of sequence after version " + last, null);
            }
            last = version;
            result.add(new Migration(version, m.group(2).replace('_', ' '), file));
        }
        return result;
    }

    /** Brings the schema up to date and answers its version. */
    int migrate(Connection connection) throws SQLException, MigrationException {
        ensureVersionTable(connection);
        int current = current(connection);
        List<Migration> all = available();
        if (current > all.size()) {
            throw new MigrationException("the database has schema version " + current
                    + ", newer than this platform knows (" + all.size() + ")", null);
        }
        for (Migration migration : all.subList(current, all.size())) {
            apply(connection, migration);
        }
        return all.size();
    }

    private void apply(Connection connection, Migration migration) throws SQLException, MigrationException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(FOLDER + migration.file()))) {
                statement.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new MigrationException("migration " + migration.file() + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void ensureVersionTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "SCHEMA_VERSION", null)) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE SCHEMA_VERSION (VERSION INT NOT NULL PRIMARY KEY, "
                    + "DESCRIPTION VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
        }
    }

    private static int current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private String read(String resource) throws MigrationException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MigrationException("missing migration resource " + resource, null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
