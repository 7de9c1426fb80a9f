package io.renshe.catalog.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.store.DatabaseMaintenance;

/**
 * The store's {@link DatabaseMaintenance}: backups and restores of embedded Derby ({@link DerbyBackup}), exports and
 * imports of every table ({@link TableTransfer}). What it needs of the store is a {@link Host}.
 */
final class StoreMaintenance implements DatabaseMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(StoreMaintenance.class);
    static final long REOPEN_SECONDS = 60;

    /** What the store lends to maintenance. */
    interface Host {

        /** The settings of the platform's data source as configured now. */
        DataSourceSettings settings();

        /** The migrated database, or an {@link IllegalStateException} saying why it is down. */
        DataSource database();

        /** The version of every live migration track. */
        Map<String, Integer> schema();

        /**
         * Runs {@code work} on the store's thread with the database closed (consumers withdrawn, the pool closed by
         * pax-jdbc), then lets pax-jdbc open it again; answers once it is reopened and migrated, or after
         * {@code seconds}.
         */
        <T> T offline(String reason, Callable<T> work, long seconds) throws Exception;

        /** Embedded Derby's driver (its {@code DataSourceFactory}'s). */
        Driver derby() throws SQLException;
    }

    private final Host host;

    StoreMaintenance(Host host) {
        this.host = host;
    }

    @Override
    public Backup backup(Path parent) throws IOException {
        DataSourceSettings settings = embeddedDerby("back up");
        DataSource database = host.database();
        Map<String, Integer> schema = host.schema();
        Instant at = Instant.now();
        Path folder = DerbyBackup.newFolder(parent.toAbsolutePath(), DerbyBackup.local(at));
        long started = System.nanoTime();
        long bytes;
        try (Connection connection = database.getConnection()) {
            bytes = DerbyBackup.backup(connection, folder, at, DataSourceSettings.masked(settings.url()), schema);
        } catch (SQLException e) {
            throw new IllegalStateException("the backup into " + folder + " failed: " + settings.scrub(DatabaseStore.describe(e)), e);
        }
        LOG.info("Database backed up into {} ({} bytes, {} ms)", folder, bytes, (System.nanoTime() - started) / 1_000_000);
        return new Backup(folder, at, bytes, schema);
    }

    @Override
    public Restored restore(Path backup) throws IOException {
        DataSourceSettings settings = embeddedDerby("restore");
        Path database = DerbyBackup.databaseFolder(settings.url());
        Path from = DerbyBackup.databaseIn(backup);
        if (from.startsWith(database)) {
            throw new IllegalStateException(from + " is the database itself, not a backup of it");
        }
        Path previous = database.resolveSibling(database.getFileName() + ".before-restore-"
                + DerbyBackup.STAMP.format(DerbyBackup.local(Instant.now())));
        LOG.info("Restoring the database {} from {}; the database is down meanwhile", database, from);
        try {
            host.offline("the database is being restored from " + from, () -> {
                Driver derby = host.derby();
                DerbyBackup.shutdown(derby, database);
                if (Files.exists(database)) {
                    Files.move(database, previous);
                }
                try {
                    DerbyBackup.restore(derby, database, from);
                } catch (SQLException e) {
                    if (Files.exists(database)) {
                        DerbyBackup.deleteTree(database);
                    }
                    if (Files.exists(previous)) {
                        Files.move(previous, database);
                    }
                    throw new IllegalStateException("the restore from " + from + " failed, the database is as it was: "
                            + DatabaseStore.describe(e), e);
                }
                return null;
            }, REOPEN_SECONDS);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the restore from " + from + " failed: " + e.getMessage(), e);
        }
        LOG.info("Database restored from {}; the replaced one is kept in {}", from, previous);
        return new Restored(from, Files.exists(previous) ? previous : null, host.schema());
    }

    @Override
    public Transfer exportTo(Path file) throws IOException {
        DataSource database = host.database();
        try (Connection connection = database.getConnection()) {
            Transfer transfer = new TableTransfer(connection).export(file.toAbsolutePath());
            LOG.info("Database exported to {}: {}", transfer.file(), transfer.rows());
            return transfer;
        } catch (SQLException e) {
            throw new IllegalStateException("the export failed: " + host.settings().scrub(DatabaseStore.describe(e)), e);
        }
    }

    @Override
    public Transfer importFrom(Path file, boolean replace) throws IOException {
        DataSource database = host.database();
        try (Connection connection = database.getConnection()) {
            Transfer transfer = new TableTransfer(connection).importFrom(file.toAbsolutePath(), replace);
            LOG.info("Database imported from {}: {}", transfer.file(), transfer.rows());
            return transfer;
        } catch (SQLException e) {
            throw new IllegalStateException("the import failed and was rolled back, the database is as it was: "
                    + host.settings().scrub(DatabaseStore.describe(e)), e);
        }
    }

    private DataSourceSettings embeddedDerby(String what) {
        DataSourceSettings settings = host.settings();
        if (!settings.isEmbeddedDerby()) {
            throw new IllegalStateException("only embedded Derby is " + (what.equals("back up") ? "backed up" : "restored")
                    + " by the platform: the database is " + DataSourceSettings.masked(settings.url())
                    + (settings.isPostgresql() ? "; use pg_dump and pg_restore (docs/operations.md)" : ""));
        }
        return settings;
    }
}
