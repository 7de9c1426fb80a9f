package io.renshe.catalog.store;

/**
 * The contract between the store and the bundles that use the platform database.
 *
 * <p><b>Using the database.</b> The store registers the platform database as a {@link javax.sql.DataSource} service
 * once its schema is migrated, with the service property {@value #SCHEMA} listing every migration track that is up
 * to date. A consumer selects it by the track whose tables it uses, never by the name of the pax-jdbc data source
 * (that service is published before any migration runs):
 *
 * <pre>
 * &#64;Reference(target = "(" + PlatformDatabase.SCHEMA + "=platform)")
 * private DataSource database;
 * </pre>
 *
 * <p>The full filter is {@code (&(objectClass=javax.sql.DataSource)(renshe.schema=<track>))}. The service goes away
 * while the database is down or its configuration changes, and a track leaves the property while the bundle that
 * contributes it is stopped, so that a consumer never sees tables older than the ones it was built for.
 *
 * <p><b>Contributing tables.</b> A bundle that owns tables ships its migrations as SQL files in a folder of its own
 * and names it in the manifest:
 *
 * <pre>
 * Renshe-Migrations: db/migrations;track=overlay
 * Require-Capability: osgi.extender;filter:="(&amp;(osgi.extender=io.renshe.migrations)(version&gt;=1.0)(!(version&gt;=2.0)))"
 * </pre>
 *
 * Files are named {@code V<n>__<description>.sql}, numbered 1, 2, 3 … per track; a file
 * {@code V<n>__<description>.<dialect>.sql} ({@code derby}, {@code postgresql}) replaces the plain one on that
 * database. Each track has its own versions; a migration once applied is never edited (the store keeps its checksum
 * and refuses to start on a changed one): add the next one instead. See {@code docs/store.md}.
 */
public final class PlatformDatabase {

    /** Service property of the migrated {@code DataSource}: the names of the migration tracks that are up to date. */
    public static final String SCHEMA = "renshe.schema";

    /** The store's own track: the platform tables (the event log). */
    public static final String PLATFORM_TRACK = "platform";

    /** Manifest header naming a bundle's migration folder and its track: {@code <folder>;track=<name>}. */
    public static final String MIGRATIONS_HEADER = "Renshe-Migrations";

    /** The {@code osgi.extender} name that a bundle with migrations requires. */
    public static final String MIGRATIONS_EXTENDER = "io.renshe.migrations";

    private PlatformDatabase() {
    }

    /** The service filter of the platform database with the tables of {@code track} up to date. */
    public static String filter(String track) {
        return "(&(objectClass=javax.sql.DataSource)(" + SCHEMA + "=" + track + "))";
    }
}
