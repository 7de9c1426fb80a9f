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
 * @param orphans the changes of the jurisdiction's overlay that no longer apply to its catalog (their entry, list or
 *        unit is gone from the bundle's new version, or the bundle now declares the unit itself): kept, not applied
 */
public record JurisdictionStatus(String id, String name, Level level, String parent, String bundle, String version,
        String status, List<CatalogError> errors, List<OrphanedChange> orphans) {

    /** The status of a jurisdiction whose catalog is served. */
    public static final String ACTIVE = "active";
    /** The status of a bundle whose catalog was rejected. */
    public static final String REJECTED = "rejected";

    public JurisdictionStatus {
        errors = List.copyOf(errors);
        orphans = List.copyOf(orphans);
    }

    /** The status of a bundle, without orphaned overlay changes. */
    public JurisdictionStatus(String id, String name, Level level, String parent, String bundle, String version,
            String status, List<CatalogError> errors) {
        this(id, name, level, parent, bundle, version, status, errors, List.of());
    }

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this status's values. */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).level(level).parent(parent).bundle(bundle).version(version)
                .status(status).errors(errors).orphans(orphans);
    }

    /** Builds a {@link JurisdictionStatus}; a value not set is {@code null} or an empty list. */
    public static final class Builder {
        private String id;
        private String name;
        private Level level;
        private String parent;
        private String bundle;
        private String version;
        private String status;
        private List<CatalogError> errors = List.of();
        private List<OrphanedChange> orphans = List.of();

        private Builder() {
        }

        /** @see JurisdictionStatus#id() */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** @see JurisdictionStatus#name() */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** @see JurisdictionStatus#level() */
        public Builder level(Level value) {
            level = value;
            return this;
        }

        /** @see JurisdictionStatus#parent() */
        public Builder parent(String value) {
            parent = value;
            return this;
        }

        /** @see JurisdictionStatus#bundle() */
        public Builder bundle(String value) {
            bundle = value;
            return this;
        }

        /** @see JurisdictionStatus#version() */
        public Builder version(String value) {
            version = value;
            return this;
        }

        /** @see JurisdictionStatus#status() */
        public Builder status(String value) {
            status = value;
            return this;
        }

        /** @see JurisdictionStatus#errors() */
        public Builder errors(List<CatalogError> value) {
            errors = value;
            return this;
        }

        /** @see JurisdictionStatus#orphans() */
        public Builder orphans(List<OrphanedChange> value) {
            orphans = value;
            return this;
        }

        /** The status. */
        public JurisdictionStatus build() {
            return new JurisdictionStatus(id, name, level, parent, bundle, version, status, errors, orphans);
        }
    }
}
