package io.renshe.catalog.api.overlay;

import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.Unit;

/**
 * A unit an overlay adds to its jurisdiction.
 *
 * @param unit the unit
 * @param provenance the change that added it
 */
public record UnitOverride(Unit unit, Provenance provenance) {
}
