/**
 * The platform's database. The store migrates the database that pax-jdbc-config opens from
 * {@code etc/org.ops4j.datasource-renshe.cfg} and only then publishes it as a {@link javax.sql.DataSource} service
 * that consumers select with {@link io.renshe.catalog.store.PlatformDatabase#filter(String)}. A
 * {@link io.renshe.catalog.store.StoreStatus} service is registered at all times, so that health checks can say why
 * the database is down.
 */
@Export
@Version("1.2.0")
package io.renshe.catalog.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
