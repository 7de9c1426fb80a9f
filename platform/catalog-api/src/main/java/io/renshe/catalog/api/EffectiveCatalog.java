package io.renshe.catalog.api;

import java.util.List;

/**
 * The catalog a jurisdiction serves: its own bundle's data plus what it inherits from its ancestors,
 * less what it hides, each element with its provenance.
 *
 * @param jurisdiction the jurisdiction
 * @param version the version of its bundle
 * @param ancestors ids of its ancestors, nearest first
 * @param units its units and those it inherits
 * @param items the items it offers
 * @param lists its lists and those it inherits
 * @param bundleSets its bundle sets and those it inherits
 * @param arrangements its arrangements and those it inherits
 */
public record EffectiveCatalog(Jurisdiction jurisdiction, String version, List<String> ancestors,
        List<Sourced<Unit>> units, List<EffectiveItem> items, List<Sourced<ItemList>> lists,
        List<Sourced<BundleSet>> bundleSets, List<Sourced<Arrangement>> arrangements) {
    public EffectiveCatalog {
        ancestors = List.copyOf(ancestors);
        units = List.copyOf(units);
        items = List.copyOf(items);
        lists = List.copyOf(lists);
        bundleSets = List.copyOf(bundleSets);
        arrangements = List.copyOf(arrangements);
    }

    /**
     * An element with where it comes from.
     *
     * @param <T> the element type
     * @param value the element
     * @param provenance where it comes from
     */
    public record Sourced<T>(T value, Provenance provenance) {
    }

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this catalog's values. */
    public Builder toBuilder() {
        return new Builder().jurisdiction(jurisdiction).version(version).ancestors(ancestors).units(units)
                .items(items).lists(lists).bundleSets(bundleSets).arrangements(arrangements);
    }

    /** Builds an {@link EffectiveCatalog}; a value not set is {@code null} or an empty list. */
    public static final class Builder {
        private Jurisdiction jurisdiction;
        private String version;
        private List<String> ancestors = List.of();
        private List<Sourced<Unit>> units = List.of();
        private List<EffectiveItem> items = List.of();
        private List<Sourced<ItemList>> lists = List.of();
        private List<Sourced<BundleSet>> bundleSets = List.of();
        private List<Sourced<Arrangement>> arrangements = List.of();

        private Builder() {
        }

        /** @see EffectiveCatalog#jurisdiction() */
        public Builder jurisdiction(Jurisdiction value) {
            jurisdiction = value;
            return this;
        }

        /** @see EffectiveCatalog#version() */
        public Builder version(String value) {
            version = value;
            return this;
        }

        /** @see EffectiveCatalog#ancestors() */
        public Builder ancestors(List<String> value) {
            ancestors = value;
            return this;
        }

        /** @see EffectiveCatalog#units() */
        public Builder units(List<Sourced<Unit>> value) {
            units = value;
            return this;
        }

        /** @see EffectiveCatalog#items() */
        public Builder items(List<EffectiveItem> value) {
            items = value;
            return this;
        }

        /** @see EffectiveCatalog#lists() */
        public Builder lists(List<Sourced<ItemList>> value) {
            lists = value;
            return this;
        }

        /** @see EffectiveCatalog#bundleSets() */
        public Builder bundleSets(List<Sourced<BundleSet>> value) {
            bundleSets = value;
            return this;
        }

        /** @see EffectiveCatalog#arrangements() */
        public Builder arrangements(List<Sourced<Arrangement>> value) {
            arrangements = value;
            return this;
        }

        /** The catalog. */
        public EffectiveCatalog build() {
            return new EffectiveCatalog(jurisdiction, version, ancestors, units, items, lists, bundleSets,
                    arrangements);
        }
    }
}
