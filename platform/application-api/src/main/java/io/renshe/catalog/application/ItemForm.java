package io.renshe.catalog.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.renshe.catalog.api.Material;

/**
 * How to apply for one item now: its form, materials, unit and limits.
 *
 * @param item the item's id
 * @param name its name as the one-thing or list writes it
 * @param form {@code plugin} or {@code generic} (see {@link Task#form()})
 * @param plugin the plug-in's bundle and version, or {@code null}
 * @param precheck whether an eligibility pre-check runs on submission
 * @param schema the JSON Schema (draft 2020-12) of the item's answers; the generic form takes none (an empty object)
 * @param materials the materials this item needs
 * @param unit the unit that would handle it, or {@code null} (the front desk)
 * @param unitSource where the unit comes from, or {@code null}
 * @param clocks both clocks with the due dates if accepted today
 * @param rules the item's rules as the catalog writes them (effective dates …)
 */
public record ItemForm(String item, String name, String form, String plugin, boolean precheck,
        Map<String, Object> schema, List<Material> materials, String unit, String unitSource, List<LimitClock> clocks,
        List<String> rules) {

    /** Copies the lists and the schema. */
    public ItemForm {
        schema = Collections.unmodifiableMap(new LinkedHashMap<>(schema));
        materials = List.copyOf(materials);
        clocks = List.copyOf(clocks);
        rules = List.copyOf(rules);
    }
}
