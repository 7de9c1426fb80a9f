package io.renshe.catalog.api.overlay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.LevelDuty;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OnlineAccess;

/**
 * A list entry in the shape of a catalog file: what a change puts, what the history shows before and after, and what
 * a spreadsheet row stands for. Reading the shape back (the catalog's check) gives an entry equal to the one it was
 * made from, provenance aside.
 */
public final class EntryShape {

    private EntryShape() {
    }

    /**
     * The entry as a list file would write it: {@code seq}, {@code name}, {@code code}, {@code item} (for a catalogue
     * item), {@code units}, {@code channels}, {@code online}, {@code limit}, {@code limitBefore}, {@code limitAfter},
     * {@code applicants}, {@code category}, {@code levels}, {@code remarks}, {@code original}, {@code inferred}; absent
     * and empty values left out.
     *
     * @return a new, modifiable map in that order
     */
    public static Map<String, Object> of(ListEntry entry) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("seq", entry.seq());
        put(shape, "name", entry.name());
        put(shape, "code", entry.code());
        if (!entry.local()) {
            put(shape, "item", entry.item());
        }
        list(shape, "units", entry.units());
        list(shape, "channels", entry.channels().stream().map(Channel::key).toList());
        OnlineAccess online = entry.online();
        if (online != null) {
            Map<String, Object> details = new LinkedHashMap<>();
            if (online.urls().size() == 1) {
                details.put("url", online.urls().get(0));
            } else {
                list(details, "url", online.urls());
            }
            put(details, "email", online.email());
            list(details, "apps", online.apps());
            shape.put("online", details);
        }
        limit(shape, "limit", entry.limit());
        limit(shape, "limitBefore", entry.limitBefore());
        limit(shape, "limitAfter", entry.limitAfter());
        list(shape, "applicants", entry.applicants());
        put(shape, "category", entry.category());
        if (!entry.levels().isEmpty()) {
            Map<String, Object> levels = new LinkedHashMap<>();
            for (LevelDuty duty : entry.levels()) {
                Map<String, Object> level = new LinkedHashMap<>();
                put(level, "duty", duty.duty());
                put(level, "role", duty.role());
                levels.put(duty.level().key(), level);
            }
            shape.put("levels", levels);
        }
        put(shape, "remarks", entry.remarks());
        put(shape, "original", entry.original());
        if (!entry.inferred().isEmpty()) {
            shape.put("inferred", new LinkedHashMap<>(entry.inferred()));
        }
        return shape;
    }

    private static void put(Map<String, Object> shape, String field, String value) {
        if (value != null) {
            shape.put(field, value);
        }
    }

    private static void list(Map<String, Object> shape, String field, List<String> values) {
        if (!values.isEmpty()) {
            shape.put(field, List.copyOf(values));
        }
    }

    private static void limit(Map<String, Object> shape, String field, Limit limit) {
        if (limit != null) {
            shape.put(field, limit.text());
        }
    }
}
