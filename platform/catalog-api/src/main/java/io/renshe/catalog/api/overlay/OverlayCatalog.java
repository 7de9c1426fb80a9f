package io.renshe.catalog.api.overlay;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.renshe.catalog.api.Unit;

/**
 * The catalog's side of the overlays, implemented by the catalog core: it checks entries as it checks a bundle's, and
 * serves overlays from memory on top of the bundles. Only the overlay store calls it; everyone else reads the catalog
 * through {@code CatalogService}, which shows the overlays at once.
 */
@ProviderType
public interface OverlayCatalog {

    /**
     * Checks edits of a list of an active jurisdiction as a bundle's list is checked: each entry against the format's
     * JSON Schema (a list entry), its units against the units the jurisdiction has (declared, inherited or added by an
     * overlay), its item and its time limits; and the {@code seq} of each edit against its entry's.
     *
     * @return the errors and the entries as read
     * @throws UnknownTargetException when the jurisdiction is not active or has no such list
     */
    EntryCheck check(String jurisdiction, String list, List<EntryEdit> edits);

    /**
     * Checks a unit to add to an active jurisdiction: the format's rules of a unit, and a name or alias that none of the
     * jurisdiction's units (its own, inherited or added) has.
     *
     * @return every error (their {@code pointer} is into the unit, their {@code edit} 0)
     * @throws UnknownTargetException when the jurisdiction is not active
     */
    List<EntryError> checkUnit(String jurisdiction, Unit unit);

    /**
     * Serves these overlays from now on, each in place of what was served for its jurisdiction (an empty one takes a
     * jurisdiction's overlay away). Only the jurisdictions given, and those below them, are rebuilt. An overlay of a
     * jurisdiction that is not deployed is kept and served once it is.
     */
    void apply(Collection<JurisdictionOverlay> overlays);

    /** Serves no overlay any more (the overlay store went away). */
    void clear();
}
