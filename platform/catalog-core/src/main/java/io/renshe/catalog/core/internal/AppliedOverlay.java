package io.renshe.catalog.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OrphanedChange;
import io.renshe.catalog.api.overlay.UnitOverride;

/**
 * One jurisdiction's overlay as the index applies it: its entries read as the catalog reads a bundle's (once, when the
 * overlay arrives), its units, and the changes that could not be read any more (orphaned whatever the bundle does).
 * Immutable; the index tells overlays apart by identity, so a new overlay of a jurisdiction rebuilds it and those
 * below it.
 */
record AppliedOverlay(String jurisdiction, Map<String, Map<String, Override>> entries, List<UnitOverride> units,
        List<OrphanedChange> unreadable) {

    /**
     * What the overlay makes of one entry.
     *
     * @param entry the entry with its provenance, or {@code null} when the overlay hides it
     * @param replaces whether it replaces an entry of the bundles (and is orphaned when that entry is gone)
     * @param change the change that made it so
     */
    record Override(ListEntry entry, boolean replaces, long change) {
    }

    AppliedOverlay {
        Map<String, Map<String, Override>> copy = new LinkedHashMap<>();
        entries.forEach((list, bySeq) -> copy.put(list, Collections.unmodifiableMap(new LinkedHashMap<>(bySeq))));
        entries = Collections.unmodifiableMap(copy);
        units = List.copyOf(units);
        unreadable = List.copyOf(unreadable);
    }
}
