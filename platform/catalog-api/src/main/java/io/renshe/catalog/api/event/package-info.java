/**
 * The platform's event log: what happened to jurisdictions (and later to overlays and applications), kept in the
 * database. Producers post OSGi Event Admin events on the topics of {@link io.renshe.catalog.api.event.PlatformEvents};
 * readers use the {@link io.renshe.catalog.api.event.EventLog} service.
 */
@Export
@Version("1.0.0")
package io.renshe.catalog.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
