package io.renshe.catalog.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings migration tracks up to date on one connection. Every applied migration is recorded in
 * {@value #HISTORY} with the checksum of its script; a track whose applied scripts changed, or whose database is
 * ahead of the scripts, is refused with a message naming the migration. Each migration runs in its own
 * transaction, with the history table locked, so that several nodes sharing one database apply it once.
 */
final class MigrationRunner {

    static final String HISTORY = "RENSHE_SCHEMA_HISTORY";

    private final Connection connection;
    private final String dialect;

    MigrationRunner(Connection connection) throws SQLException {
        this.connection = connection;
        this.dialect = dialect(connection.getMetaData());
    }

    /** {@code derby}, {@code postgresql}, … : the suffix of the scripts meant for this database only. */
    static String dialect(DatabaseMetaData meta) throws SQLException {
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("derby")) {
            return "derby";
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        return product.replaceAll("[^a-z0-9]", "");
    }

    String dialect() {
        return dialect;
    }

    /** Creates the history table unless it is there (another node may create it at the same moment). */
    void ensureHistory() throws SQLException {
        if (historyExists()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + HISTORY + " ("
                    + "TRACK VARCHAR(64) NOT NULL, VERSION INT NOT NULL, DESCRIPTION VARCHAR(200) NOT NULL, "
                    + "SCRIPT VARCHAR(200) NOT NULL, CHECKSUM CHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL, "
                    + "APPLIED_BY VARCHAR(200) NOT NULL, PRIMARY KEY (TRACK, VERSION))");
        } catch (SQLException e) {
            if (!historyExists()) {
                throw e;
            }
        }
    }

    private boolean historyExists() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String name = meta.storesLowerCaseIdentifiers() ? HISTORY.toLowerCase(Locale.ROOT) : HISTORY;
        try (ResultSet tables = meta.getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** Applies what the track lacks and answers its version; refuses an edited or unknown applied migration. */
    int migrate(MigrationSet set) throws SQLException, MigrationException {
        List<Migration> known = set.resolve(dialect);
        Map<Integer, Applied> applied = applied(set.track());
        int version = 0;
        for (Applied row : applied.values()) {
            version++;
            if (row.version() != version) {
                throw new MigrationException("track " + set.track() + ": the database lacks migration V" + version
                        + " although V" + row.version() + " is applied: the history in " + HISTORY + " was altered");
            }
            if (row.version() > known.size()) {
                throw new MigrationException("track " + set.track() + ": the database has migration " + row.script()
                        + " (applied " + row.appliedAt() + " by " + row.appliedBy() + ") that " + set.owner()
                        + " does not ship: the database is newer than this bundle");
            }
            verify(set, known.get(row.version() - 1), row);
        }
        for (Migration migration : known.subList(applied.size(), known.size())) {
            apply(set, migration);
        }
        return known.size();
    }

    private static void verify(MigrationSet set, Migration migration, Applied row) throws MigrationException {
        String checksum = migration.checksum();
        if (!checksum.equals(row.checksum())) {
            throw new MigrationException("track " + set.track() + ": migration " + migration.script() + " of "
                    + set.owner() + " was changed after it was applied (" + row.appliedAt() + " by " + row.appliedBy()
                    + "; checksum " + row.checksum().substring(0, 12) + "… applied, " + checksum.substring(0, 12)
                    + "… now): restore the file as it was and put the change in a new migration");
        }
    }

    private void apply(MigrationSet set, Migration migration) throws SQLException, MigrationException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement lock = connection.createStatement()) {
                lock.execute("LOCK TABLE " + HISTORY + " IN EXCLUSIVE MODE");
            }
            Applied already = applied(set.track()).get(migration.version());
            if (already != null) {
                // another node applied it while this one waited for the lock
                verify(set, migration, already);
                connection.commit();
                return;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY
                    + " (TRACK, VERSION, DESCRIPTION, SCRIPT, CHECKSUM, APPLIED_AT, APPLIED_BY) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, set.track());
                insert.setInt(2, migration.version());
                insert.setString(3, truncate(migration.description(), 200));
                insert.setString(4, truncate(migration.script(), 200));
                insert.setString(5, migration.checksum());
                insert.setTimestamp(6, Timestamp.from(Instant.now()));
                insert.setString(7, truncate(set.owner(), 200));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new MigrationException("track " + set.track() + ": migration " + migration.script() + " of "
                    + set.owner() + " failed and was rolled back: " + e.getMessage(), e);
        } catch (MigrationException | RuntimeException e) {
            rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the transaction dies with it
        }
    }

    record Applied(int version, String script, String checksum, Timestamp appliedAt, String appliedBy) {
    }

    /** The applied migrations of a track, by version. */
    Map<Integer, Applied> applied(String track) throws SQLException {
        Map<Integer, Applied> result = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT VERSION, SCRIPT, CHECKSUM, APPLIED_AT, APPLIED_BY FROM "
                + HISTORY + " WHERE TRACK = ? ORDER BY VERSION")) {
            query.setString(1, track);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getInt(1), new Applied(rs.getInt(1), rs.getString(2), rs.getString(3).strip(),
                            rs.getTimestamp(4), rs.getString(5)));
                }
            }
        }
        return result;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
