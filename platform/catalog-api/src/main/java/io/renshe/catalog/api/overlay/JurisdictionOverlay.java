package io.renshe.catalog.api.overlay;

import java.util.List;

/**
 * Everything one jurisdiction's overlay changes in its catalog, as the catalog serves it.
 *
 * @param jurisdiction the jurisdiction
 * @param entries the entries it puts or hides, at most one per list and {@code seq}
 * @param units the units it adds
 */
public record JurisdictionOverlay(String jurisdiction, List<EntryOverride> entries, List<UnitOverride> units) {

    public JurisdictionOverlay {
        entries = List.copyOf(entries);
        units = List.copyOf(units);
    }

    /** Whether it changes nothing. */
    public boolean isEmpty() {
        return entries.isEmpty() && units.isEmpty();
    }
}
