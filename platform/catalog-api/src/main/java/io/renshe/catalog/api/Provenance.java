package io.renshe.catalog.api;

import java.time.Instant;

/**
 * Where an element of an effective catalog comes from: the bundle of a jurisdiction, and for an element that a local
 * office changed, the change of the overlay that made it what it is ({@code overlay}, {@code by}, {@code at},
 * {@code reason}).
 *
 * @param jurisdiction the jurisdiction that defines it (for an overlay change: whose office changed it)
 * @param inherited {@code true} when it comes from an ancestor
 * @param overridden {@code true} when the jurisdiction redefines an inherited element of the same id
 * @param overlay the id of the overlay change that made the element what it is, or {@code null} when it is as its
 *        bundle ships it
 * @param by who made that change, or {@code null}
 * @param at when, or {@code null}
 * @param reason why, as its author wrote it, or {@code null}
 */
public record Provenance(String jurisdiction, boolean inherited, boolean overridden, Long overlay, String by, Instant at,
        String reason) {

    /** Where an element as its bundle ships it comes from. */
    public Provenance(String jurisdiction, boolean inherited, boolean overridden) {
        this(jurisdiction, inherited, overridden, null, null, null, null);
    }

    /**
     * The provenance of an element made what it is by an overlay change of a jurisdiction's office.
     *
     * @param jurisdiction the jurisdiction whose overlay holds the change
     * @param change the change's id
     * @param by its author
     * @param at when it was made
     * @param reason why
     * @return the provenance
     */
    public static Provenance ofChange(String jurisdiction, long change, String by, Instant at, String reason) {
        return new Provenance(jurisdiction, false, false, change, by, at, reason);
    }

    /** This provenance as seen from a descendant: the same, inherited. */
    public Provenance asInherited() {
        return inherited ? this : new Provenance(jurisdiction, true, overridden, overlay, by, at, reason);
    }
}
