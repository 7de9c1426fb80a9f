/**
 * The platform's REST convention, for every bundle that serves part of the API.
 * <p>
 * A resource is a JAX-RS whiteboard resource of the default application, marked {@link io.renshe.catalog.rest.ApiResource}
 * so that it is served only once the platform's shared JSON configuration and problem mapper are there. It returns
 * objects, never hand-written JSON, and answers every error by throwing a {@link io.renshe.catalog.rest.Problem}: the
 * client then gets an RFC 9457 {@code application/problem+json} body, the same for every endpoint of every bundle.
 * The rules (field names, enum values, absent values, error bodies) are written in the repository's
 * {@code docs/api.md}.
 */
@Export
@Version("1.4.0")
package io.renshe.catalog.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
