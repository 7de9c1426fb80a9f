package io.renshe.catalog.api;

import java.util.List;
import java.util.Map;

/**
 * One item of a one-thing bundle.
 *
 * @param seq its order in the bundle
 * @param name the name as written
 * @param item the id of the catalogue or local item
 * @param local {@code true} when it matches no core catalogue item
 * @param code the national code printed, or {@code null}
 * @param units the handling units (承办)
 * @param includes sub-items as written (含…)
 * @param limit its own limit, or {@code null}
 * @param materials its materials
 * @param remarks remarks, or {@code null}
 * @param original the raw text where it was normalised, or {@code null}
 * @param rules effective-date and other rules that concern this item, as written
 * @param inferred the values of this item that the document does not state, by field name ({@code unit},
 *        {@code code} …, as in the catalog file), each with the reason it was inferred; every other value is stated
 */
public record BundleItem(String seq, String name, String item, boolean local, String code, List<String> units,
        List<String> includes, Limit limit, List<Material> materials, String remarks, String original,
        List<String> rules, Map<String, String> inferred) {
    public BundleItem {
        units = List.copyOf(units);
        includes = List.copyOf(includes);
        materials = List.copyOf(materials);
        rules = List.copyOf(rules);
        inferred = Inferred.copy(inferred);
    }

    /** An item with no rules of its own, whose every value is stated by its document. */
    public BundleItem(String seq, String name, String item, boolean local, String code, List<String> units,
            List<String> includes, Limit limit, List<Material> materials, String remarks, String original) {
        this(seq, name, item, local, code, units, includes, limit, materials, remarks, original, List.of(), Map.of());
    }
}
