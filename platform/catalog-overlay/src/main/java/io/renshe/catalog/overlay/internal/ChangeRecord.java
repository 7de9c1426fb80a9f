package io.renshe.catalog.overlay.internal;

import java.time.Instant;
import java.util.Map;

import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.overlay.Change;
import io.renshe.catalog.api.overlay.ChangeAction;

/**
 * One row of {@code OVERLAY_CHANGE}: a change as the store keeps it.
 *
 * @param id the change's id (the database's change sequence)
 * @param batch the id of the first change written with it
 * @param jurisdiction whose overlay
 * @param action what it does
 * @param list the list of an entry change, else {@code null}
 * @param target the entry's seq, the unit's name or the locked item
 * @param field the locked field, else {@code null}
 * @param previous the change that was the target's latest before, or {@code null}
 * @param reverts the change it reverts, or {@code null}
 * @param replaces whether the entry was in the bundles' list when an office first changed it
 * @param before the target before (file shape), or {@code null}
 * @param after the target after (file shape), or {@code null}
 * @param by who
 * @param at when
 * @param reason why
 * @param bundleVersion the jurisdiction's bundle version then, or {@code null}
 */
record ChangeRecord(long id, long batch, String jurisdiction, ChangeAction action, String list, String target,
        String field, Long previous, Long reverts, boolean replaces, Map<String, Object> before,
        Map<String, Object> after, String by, Instant at, String reason, String bundleVersion) {

    /** The target's key: one per entry of a list, unit and locked field of a jurisdiction. */
    static String key(String jurisdiction, ChangeAction action, String list, String target, String field) {
        String kind = action.ofEntry() ? "entry" : action == ChangeAction.ADD_UNIT || action == ChangeAction.REMOVE_UNIT
                ? "unit" : "lock";
        return String.join("\u0000", jurisdiction, kind, list == null ? "" : list, target, field == null ? "" : field);
    }

    String key() {
        return key(jurisdiction, action, list, target, field);
    }

    /** The provenance of what this change made. */
    Provenance provenance() {
        return Provenance.ofChange(jurisdiction, id, by, at, reason);
    }

    /** Whether the target is there after this change (an entry put or hidden, a unit added, a field locked). */
    boolean sets() {
        return switch (action) {
            case PUT_ENTRY, HIDE_ENTRY, ADD_UNIT, LOCK -> true;
            case RESTORE_ENTRY, REMOVE_UNIT, UNLOCK -> false;
        };
    }

    Change toChange(boolean orphaned) {
        return new Change(id, batch, jurisdiction, action, list, target, field, before, after, reverts, by, at, reason,
                bundleVersion, orphaned);
    }
}
