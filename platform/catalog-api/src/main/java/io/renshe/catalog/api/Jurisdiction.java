package io.renshe.catalog.api;

import java.util.List;

/**
 * A jurisdiction (行政区划) as its bundle declares it.
 *
 * @param id the administrative division code (GB/T 2260), e.g. {@code 341000}
 * @param name the Chinese name
 * @param level its level
 * @param parent the id of its parent, {@code null} for a province
 * @param units its units
 * @param items its local items and local overrides of inherited items
 * @param hidden ids of inherited items it does not offer
 * @param holidays local non-working days
 */
public record Jurisdiction(String id, String name, Level level, String parent, List<Unit> units, List<Item> items,
        List<String> hidden, List<LocalDay> holidays) {
    public Jurisdiction {
        units = List.copyOf(units);
        items = List.copyOf(items);
        hidden = List.copyOf(hidden);
        holidays = List.copyOf(holidays);
    }
}
