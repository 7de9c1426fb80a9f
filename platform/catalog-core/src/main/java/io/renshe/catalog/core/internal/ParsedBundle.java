package io.renshe.catalog.core.internal;

import java.util.List;

import io.renshe.catalog.api.Catalog;
import io.renshe.catalog.api.CatalogError;

/**
 * A jurisdiction bundle read and checked on its own: its catalog (when it could be read), the unit names it
 * refers to (checked against its ancestors when it is linked), and every problem found so far.
 */
record ParsedBundle(String bundle, String version, long bundleId, Catalog catalog, String jurisdictionFile,
        int parentLine, List<UnitRef> unitRefs, List<CatalogError> errors) {

    /** A unit name used at a place of a file, with its {@linkplain Names#key comparison key}. */
    record UnitRef(String file, int line, String name, String key) {
        UnitRef(String file, int line, String name) {
            this(file, line, name, Names.key(name));
        }
    }

    ParsedBundle {
        unitRefs = List.copyOf(unitRefs);
        errors = List.copyOf(errors);
    }

    String jurisdictionId() {
        return catalog == null ? null : catalog.jurisdiction().id();
    }
}
