/**
 * What the platform's readiness depends on. A bundle whose part must be working before a node takes traffic
 * registers a {@link io.renshe.catalog.api.health.ReadinessCheck} service; {@code GET /api/health/ready} answers 200
 * only while every registered check is ready (and the database is up), 503 otherwise. The checks are asked on every
 * request of a load balancer: answer from memory, in microseconds.
 */
@Export
@Version("1.0.0")
package io.renshe.catalog.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
