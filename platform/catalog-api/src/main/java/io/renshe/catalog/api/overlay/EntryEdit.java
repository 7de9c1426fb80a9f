package io.renshe.catalog.api.overlay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One edit of a list: put (add or replace) the entry with a {@code seq}, or hide it. A put replaces the whole entry:
 * to change some fields of an entry, start from {@link EntryShape#of} of the entry as served and change those, so that
 * the fields not shown (its {@code code}, {@code original}, {@code inferred} marks …) stay what they are — and an
 * entry put back as it is changes nothing.
 *
 * @param seq the entry's {@code seq} in its list
 * @param entry the entry in the shape of a list entry of a catalog file; {@code null} to hide the entry
 */
public record EntryEdit(String seq, Map<String, Object> entry) {

    public EntryEdit {
        if (seq == null || seq.isBlank()) {
            throw new IllegalArgumentException("an edit names the seq of its entry");
        }
        entry = entry == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(entry));
    }

    /** Adds the entry, or replaces the entry with its {@code seq}. */
    public static EntryEdit put(String seq, Map<String, Object> entry) {
        if (entry == null) {
            throw new IllegalArgumentException("a put gives the entry");
        }
        return new EntryEdit(seq, entry);
    }

    /** Hides the entry with this {@code seq}. */
    public static EntryEdit hide(String seq) {
        return new EntryEdit(seq, null);
    }

    /** Whether this edit hides its entry. */
    public boolean hides() {
        return entry == null;
    }
}
