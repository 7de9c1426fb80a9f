package io.renshe.catalog.api.overlay;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change of a jurisdiction's overlay, as the history keeps it.
 *
 * @param id the change's id: the platform database's change sequence, increasing in the order changes were committed
 *        (every node sharing the database sees the same ids)
 * @param batch the id of the first change written together with this one (the same reason, one request); its own id
 *        when written alone
 * @param jurisdiction the jurisdiction whose overlay holds it
 * @param action what it does
 * @param list the list of an entry change; {@code null} for a unit or a lock
 * @param target the entry's {@code seq}, the unit's name, or the locked item's id
 * @param field the locked field of a lock or unlock; else {@code null}
 * @param before what the target was before, as the API wrote it then (an entry, a unit, a lock); {@code null} when it
 *        was not there
 * @param after what it is after; {@code null} when it is not there any more (hidden, removed, unlocked)
 * @param reverts the id of the change this one reverts, or {@code null}
 * @param by who made it
 * @param at when
 * @param reason why
 * @param bundleVersion the version of the jurisdiction's bundle when it was made, or {@code null} when none was active
 * @param orphaned whether it no longer applies to the jurisdiction's catalog (see
 *        {@link io.renshe.catalog.api.JurisdictionStatus#orphans()})
 */
public record Change(long id, long batch, String jurisdiction, ChangeAction action, String list, String target,
        String field, Map<String, Object> before, Map<String, Object> after, Long reverts, String by, Instant at,
        String reason, String bundleVersion, boolean orphaned) {

    public Change {
        before = before == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** The same change, orphaned or not. */
    public Change withOrphaned(boolean value) {
        return value == orphaned ? this : new Change(id, batch, jurisdiction, action, list, target, field, before, after,
                reverts, by, at, reason, bundleVersion, value);
    }
}
