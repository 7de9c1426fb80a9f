/**
 * The overlay of local offices: audited changes of a jurisdiction's lists and units on top of its bundle, which stays
 * the baseline.
 * <p>
 * {@link io.renshe.catalog.api.overlay.OverlayService} is what the REST API, the spreadsheet import and the console
 * commands use: it checks a change exactly as a bundle is checked (the format's schema, units, channels, levels, time
 * limits, items), refuses a stale version of the list and a change of a locked field, writes the change with who, when
 * and why into the platform database, and has the catalog serve it at once. Every change is kept; a revert is itself a
 * change.
 * <p>
 * {@link io.renshe.catalog.api.overlay.OverlayCatalog} is the other side, implemented by the catalog core: it checks
 * entries against a jurisdiction's effective catalog and serves the overlays from memory, so that every catalog read
 * shows them without touching the database.
 * <p>
 * An entry is given in the shape of a list entry of a catalog file ({@code seq}, {@code name}, {@code units},
 * {@code channels}, {@code levels}, {@code limit} …, see the format's JSON Schema {@code $defs/entry}), as a JSON object
 * read into a {@code Map} of {@code String}, {@code Number}, {@code Boolean}, {@code List} and {@code Map} values.
 */
@Export
@Version("1.0.0")
package io.renshe.catalog.api.overlay;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
