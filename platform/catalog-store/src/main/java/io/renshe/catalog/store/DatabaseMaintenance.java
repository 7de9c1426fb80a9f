package io.renshe.catalog.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What an administrator does to the platform database as a whole: online backups and restores of embedded Derby, and
 * an export and import of every table of every migration track, through JDBC metadata, to move the data from one
 * database to another (embedded Derby to PostgreSQL). Registered by the store at all times; the Karaf commands
 * {@code catalog:backup}, {@code catalog:restore}, {@code catalog:export} and {@code catalog:import} call it.
 * <p>
 * Every method refuses with an {@link IllegalStateException} that says why, for a person: the database is down, it is
 * no embedded Derby database (back PostgreSQL up with {@code pg_dump}), the export does not fit the database.
 *
 * @since 1.2
 */
@ProviderType
public interface DatabaseMaintenance {

    /** The prefix of the folders of backups: {@code renshe-20261128-023000}. */
    String BACKUP_PREFIX = "renshe-";

    /**
     * Backs the embedded Derby database up while the platform runs (Derby's {@code SYSCS_BACKUP_DATABASE}): writers
     * wait for the moments it takes, readers do not. The backup is a new folder {@code renshe-<yyyyMMdd-HHmmss>} below
     * {@code parent}, holding the database folder and {@code backup.properties}; nothing in {@code parent} is replaced.
     *
     * @param parent a folder (created when missing), best on another disk than the database
     * @return what was written
     * @throws IOException when the folder cannot be written
     * @throws IllegalStateException when the database is down or is not embedded Derby
     */
    Backup backup(Path parent) throws IOException;

    /**
     * Replaces the embedded Derby database by a backup. The platform database goes down for the moments it takes
     * (answers that need it are 503, events wait in memory): the pool is closed, the database shut down, its folder
     * moved aside (kept as {@code <folder>.before-restore-<yyyyMMdd-HHmmss>}), the backup copied in its place (Derby's
     * {@code restoreFrom}), and the database opened and migrated again.
     *
     * @param backup the folder of a backup ({@code renshe-…}) or the database folder inside it
     * @return what was restored, and where the replaced database was kept
     * @throws IOException when a folder cannot be moved or read
     * @throws IllegalStateException when the folder holds no Derby backup or the database is not embedded Derby
     */
    Restored restore(Path backup) throws IOException;

    /**
     * Writes every table of every migration track (all tables of the database's schema but the migration history),
     * with the version of every track, to a file: gzip-compressed JSON lines, read in one transaction.
     *
     * @param file the file to write (replaced when it exists)
     * @return what was written
     * @throws IOException when the file cannot be written
     * @throws IllegalStateException when the database is down
     */
    Transfer exportTo(Path file) throws IOException;

    /**
     * Reads an export into this database, in one transaction: all of it or nothing. Every track of the export must be
     * at the same version here (migrate first: start the same platform version on the new database), and every
     * table of the export must be here, empty, unless {@code replace} deletes what the tables hold first.
     * Identity columns keep their values, and go on after the largest.
     *
     * @param file an export
     * @param replace whether to delete the rows of the export's tables first
     * @return what was read
     * @throws IOException when the file cannot be read or is no export
     * @throws IllegalStateException when the export does not fit this database, which is then unchanged
     */
    Transfer importFrom(Path file, boolean replace) throws IOException;

    /**
     * A backup written.
     *
     * @param folder its folder
     * @param at when it was taken
     * @param bytes the size of its files
     * @param schema the version of every migration track it holds
     */
    record Backup(Path folder, Instant at, long bytes, Map<String, Integer> schema) {
    }

    /**
     * A restore done.
     *
     * @param from the backup's database folder
     * @param previous where the replaced database was moved
     * @param schema the version of every migration track after the restore (newer migrations applied)
     */
    record Restored(Path from, Path previous, Map<String, Integer> schema) {
    }

    /**
     * An export written or an import read.
     *
     * @param file the export
     * @param rows the rows of every table, by table name
     * @param schema the version of every migration track of the export
     */
    record Transfer(Path file, Map<String, Long> rows, Map<String, Integer> schema) {
    }
}
