/**
 * The catalog model and services of the platform.
 * <p>
 * A {@link io.renshe.catalog.api.Jurisdiction} (行政区划) ships its {@link io.renshe.catalog.api.ItemList lists}
 * (清单), {@link io.renshe.catalog.api.BundleSet one-thing bundles} (一件事) and
 * {@link io.renshe.catalog.api.Arrangement arrangements} as a data-only bundle; the core's extender loads them into a
 * {@link io.renshe.catalog.api.Catalog}. The {@link io.renshe.catalog.api.CatalogService} answers every read from
 * memory: the effective catalog of a jurisdiction (its own data, plus what it inherits from its parents), item
 * queries, where an item is offered, and comparisons. Every type here is an immutable value.
 * <p>
 * Build the records with many components through their builders ({@code ListEntry.builder()} …): a component added
 * in a later minor version then changes nothing for the caller (the record keeps its earlier canonical constructor
 * too, for binary compatibility).
 */
@Export
@Version("2.0.0")
package io.renshe.catalog.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
