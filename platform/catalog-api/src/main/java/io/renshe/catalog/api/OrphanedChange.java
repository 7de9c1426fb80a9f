package io.renshe.catalog.api;

/**
 * A change of a jurisdiction's overlay that no longer applies to its catalog: kept in the overlay, reported, not applied
 * (and applied again if a later version of the bundle brings its target back).
 *
 * @param change the change's id
 * @param list the list it changes, or {@code null} for a unit
 * @param target the entry's {@code seq}, or the unit's name
 * @param reason why it does not apply, for a person
 */
public record OrphanedChange(long change, String list, String target, String reason) {
}
