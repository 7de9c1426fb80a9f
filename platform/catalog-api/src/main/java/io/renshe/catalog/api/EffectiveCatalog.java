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
}
