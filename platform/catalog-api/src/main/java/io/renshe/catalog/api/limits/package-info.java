/**
 * Limits on what the catalog reads from outside: uploaded bundle jars, the zip archives they are, and the YAML of
 * catalog files (spreadsheets and application materials have limits of their own, in the configuration of the bundles
 * that read them; see {@link io.renshe.catalog.api.limits.InputLimits}). Refused early, and by name: past a limit a
 * reader throws {@link io.renshe.catalog.api.limits.LimitExceededException}, which names the limit as the
 * configuration file writes it ({@code jar.maxInflatedBytes}) and carries the HTTP status the REST API answers with
 * (413 or 422).
 * <p>
 * The limits are configuration ({@value io.renshe.catalog.api.limits.InputLimits#FILE}, applied at once when the file
 * changes) and reach every bundle through the {@link io.renshe.catalog.api.limits.InputLimits} service:
 *
 * <pre>
 * &#64;Reference
 * private InputLimits limits;
 *
 * UploadLimits jars = limits.jar();
 * jars.checkContentLength(contentLength);                  // 413 before a byte is read
 * try (ZipGuard jar = jars.zip(body)) {                    // 413 past the body size, while reading
 *     for (ZipGuard.Entry entry = jar.next(); entry != null; entry = jar.next()) {
 *         byte[] part = jar.read();                        // 413 past the entry count, inflated size or ratio
 *     }
 * }
 * </pre>
 */
@Export
@Version("1.0.0")
package io.renshe.catalog.api.limits;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
