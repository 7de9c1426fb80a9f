package io.renshe.catalog.store;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The state of the platform's database, as last seen by the store.
 */
@ProviderType
public interface StoreStatus {

    /** {@code true} when the database is open, migrated and its {@code DataSource} service registered. */
    boolean isUp();

    /** The JDBC URL in use, without credentials. */
    String url();

    /** Why the database is down (names the setting at fault); {@code null} while it is up. */
    String reason();

    /** The highest schema migration applied, 0 when none. */
    int schemaVersion();

    /** The product name and version of the database, {@code null} while it is down. */
    String product();
}
