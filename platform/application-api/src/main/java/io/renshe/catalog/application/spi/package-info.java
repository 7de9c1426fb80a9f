/**
 * The item plug-in SPI: a Java bundle adds behaviour to catalog items by registering an
 * {@link io.renshe.catalog.application.spi.ItemPlugin} service that names its items in the service property
 * {@value io.renshe.catalog.application.spi.ItemPlugin#ITEMS}. It supplies each item's application form (a JSON
 * Schema), its materials, an eligibility pre-check that gives every reason for refusal at once, result rules (when a
 * change takes effect …), and it hears of the decisions taken on its items.
 * <p>
 * Plug-ins come and go at runtime (whiteboard): installing one makes its items applicable with its form and pre-check
 * at once; while none is there an item falls back to the generic form (no answers, the catalog's materials, no
 * pre-check). How to write one, with a minimal example to copy: the repository's {@code docs/plugins.md}.
 */
@Export
@Version("1.0.0")
package io.renshe.catalog.application.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
