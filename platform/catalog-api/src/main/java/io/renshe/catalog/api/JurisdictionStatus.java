package io.renshe.catalog.api;

import java.util.List;

/**
 * What the platform knows of a deployed jurisdiction bundle.
 *
 * @param id the jurisdiction id, or the bundle's symbolic name when the bundle is too broken to tell
 * @param name the Chinese name, or {@code null}
 * @param level its level, or {@code null}
 * @param parent its parent id, or {@code null}
 * @param bundle the bundle's symbolic name
 * @param version the bundle's version, which is the catalog's version
 * @param status {@code active} or {@code rejected}
 * @param errors every problem found, empty when active
 */
public record JurisdictionStatus(String id, String name, Level level, String parent, String bundle, String version,
        String status, List<CatalogError> errors) {

    /** The status of a jurisdiction whose catalog is served. */
    public static final String ACTIVE = "active";
    /** The status of a bundle whose catalog was rejected. */
    public static final String REJECTED = "rejected";

    public JurisdictionStatus {
        errors = List.copyOf(errors);
    }
}
