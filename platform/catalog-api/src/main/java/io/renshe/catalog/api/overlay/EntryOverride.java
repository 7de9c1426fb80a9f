package io.renshe.catalog.api.overlay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.renshe.catalog.api.Provenance;

/**
 * What an overlay makes of one entry of a list.
 *
 * @param list the list's id
 * @param seq the entry's {@code seq}
 * @param entry the entry in the file's shape, or {@code null} when the overlay hides it
 * @param replaces whether the entry was in the list (as the bundles make it) when the office first changed it: such an
 *        override (a put or a hide) is orphaned when a new version of the bundle no longer has the entry; an entry the
 *        office added is added whatever the bundle does, and hiding it hides whatever has its {@code seq}
 * @param provenance the change that made the entry what it is
 */
public record EntryOverride(String list, String seq, Map<String, Object> entry, boolean replaces,
        Provenance provenance) {

    public EntryOverride {
        entry = entry == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(entry));
    }
}
