package io.renshe.catalog.store;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The state of the platform's database, as last seen by the store. Registered at all times, so that health checks
 * can say why the database is down.
 */
@ProviderType
public interface StoreStatus {

    /**
     * {@code true} when the database is open, every migration track is up to date and the migrated
     * {@code DataSource} service (see {@link PlatformDatabase}) is registered.
     */
    boolean isUp();

    /** The JDBC URL configured, any password in it replaced by {@code ***}; {@code null} when none is configured. */
    String url();

    /**
     * Why the database is down: names the setting and the configuration file at fault, or the migration refused;
     * {@code null} while it is up. Never holds a password.
     */
    String reason();

    /** The version of the platform's own migration track ({@link PlatformDatabase#PLATFORM_TRACK}), 0 while down. */
    int schemaVersion();

    /**
     * The version of every migration track applied and live, by track name ({@code platform} and one per
     * contributing bundle); empty while down.
     *
     * @since 1.1
     */
    Map<String, Integer> schemaVersions();

    /** The product name and version of the database, {@code null} while it is down. */
    String product();
}
