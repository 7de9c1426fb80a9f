package io.renshe.catalog.api;

import java.util.List;

/**
 * What one jurisdiction bundle ships, validated.
 *
 * @param jurisdiction the jurisdiction
 * @param lists its item lists
 * @param bundleSets its one-thing bundle sets
 * @param arrangements its arrangements
 */
public record Catalog(Jurisdiction jurisdiction, List<ItemList> lists, List<BundleSet> bundleSets,
        List<Arrangement> arrangements) {
    public Catalog {
        lists = List.copyOf(lists);
        bundleSets = List.copyOf(bundleSets);
        arrangements = List.copyOf(arrangements);
    }
}
