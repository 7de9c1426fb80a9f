package io.renshe.catalog.overlay.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.overlay.ChangeAction;
import io.renshe.catalog.api.overlay.EntryOverride;
import io.renshe.catalog.api.overlay.JurisdictionOverlay;
import io.renshe.catalog.api.overlay.Lock;
import io.renshe.catalog.api.overlay.UnitOverride;

/**
 * The overlays as the changes make them: the latest change of every target, folded in id order. What the catalog
 * serves of a jurisdiction's overlay ({@link #overlay}) and the locks come from here; the history stays in the
 * database. Not thread-safe: the store guards it.
 */
final class OverlayState {

    private final Map<String, ChangeRecord> latest = new HashMap<>();
    private long lastId;

    /** The id of the last change folded in. */
    long lastId() {
        return lastId;
    }

    /**
     * Folds changes in, in id order.
     *
     * @return the jurisdictions whose overlay they change
     */
    Set<String> fold(Collection<ChangeRecord> changes) {
        Set<String> touched = new HashSet<>();
        List<ChangeRecord> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparingLong(ChangeRecord::id));
        for (ChangeRecord change : ordered) {
            if (change.id() <= lastId) {
                continue;
            }
            latest.put(change.key(), change);
            lastId = change.id();
            touched.add(change.jurisdiction());
        }
        return touched;
    }

    /** The latest change of a target, if any. */
    Optional<ChangeRecord> latest(String key) {
        return Optional.ofNullable(latest.get(key));
    }

    /** Every jurisdiction with a change. */
    Set<String> jurisdictions() {
        Set<String> ids = new HashSet<>();
        latest.values().forEach(c -> ids.add(c.jurisdiction()));
        return ids;
    }

    /** What the catalog serves of a jurisdiction's overlay: the entries put or hidden, the units added. */
    JurisdictionOverlay overlay(String jurisdiction) {
        List<EntryOverride> entries = new ArrayList<>();
        List<UnitOverride> units = new ArrayList<>();
        for (ChangeRecord change : byId(jurisdiction)) {
            switch (change.action()) {
                case PUT_ENTRY -> entries.add(new EntryOverride(change.list(), change.target(), change.after(),
                        change.replaces(), change.provenance()));
                case HIDE_ENTRY -> entries.add(new EntryOverride(change.list(), change.target(), null, change.replaces(),
                        change.provenance()));
                case ADD_UNIT -> units.add(new UnitOverride(unit(change.after()), change.provenance()));
                default -> { }
            }
        }
        return new JurisdictionOverlay(jurisdiction, entries, units);
    }

    /** The locks a jurisdiction set, in the order they were set. */
    List<Lock> locks(String jurisdiction) {
        List<Lock> locks = new ArrayList<>();
        for (ChangeRecord change : byId(jurisdiction)) {
            if (change.action() == ChangeAction.LOCK) {
                locks.add(new Lock(jurisdiction, change.target(), change.field(), change.id(), change.by(), change.at(),
                        change.reason()));
            }
        }
        return locks;
    }

    private List<ChangeRecord> byId(String jurisdiction) {
        List<ChangeRecord> changes = new ArrayList<>();
        for (ChangeRecord change : latest.values()) {
            if (change.jurisdiction().equals(jurisdiction)) {
                changes.add(change);
            }
        }
        changes.sort(Comparator.comparingLong(ChangeRecord::id));
        return changes;
    }

    /** A unit in the shape of a jurisdiction file's unit. */
    static Unit unit(Map<String, Object> shape) {
        Object aliases = shape.get("aliases");
        List<String> names = new ArrayList<>();
        if (aliases instanceof List<?> list) {
            list.forEach(a -> names.add(String.valueOf(a)));
        }
        return new Unit(String.valueOf(shape.get("name")), names, (String) shape.get("type"),
                (String) shape.get("department"));
    }

    /** The shape of a unit in a jurisdiction file. */
    static Map<String, Object> shape(Unit unit) {
        Map<String, Object> shape = new java.util.LinkedHashMap<>();
        shape.put("name", unit.name());
        if (!unit.aliases().isEmpty()) {
            shape.put("aliases", List.copyOf(unit.aliases()));
        }
        if (unit.type() != null) {
            shape.put("type", unit.type());
        }
        if (unit.department() != null) {
            shape.put("department", unit.department());
        }
        return shape;
    }
}
