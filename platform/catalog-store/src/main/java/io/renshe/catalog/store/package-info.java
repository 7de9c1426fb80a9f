/**
 * The platform's database. The store bundle registers a {@link javax.sql.DataSource} service while its
 * database is reachable and migrated, and a {@link io.renshe.catalog.store.StoreStatus} service at all times,
 * so that health checks can say why the database is down.
 */
@Export
@Version("1.0.0")
package io.renshe.catalog.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
