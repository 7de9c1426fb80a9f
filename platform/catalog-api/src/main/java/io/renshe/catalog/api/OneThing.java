package io.renshe.catalog.api;

import java.util.List;
import java.util.Map;

/**
 * A one-thing bundle (一件事) or a cross-department bundle (跨部门联办).
 *
 * @param id the id, unique in its jurisdiction
 * @param seq the sequence number in its set
 * @param name the name as written
 * @param lead lead units (牵头单位)
 * @param co co-units (协办、配合、联办单位)
 * @param level at which level it is handled, as written, or {@code null}
 * @param place place and method, as written, or {@code null}
 * @param process the process, as written, or {@code null}
 * @param limit the overall limit, or {@code null}
 * @param remarks remarks
 * @param flow ordered steps
 * @param materials materials of the whole bundle
 * @param result result and delivery, or {@code null}
 * @param rules effective-date and other rules
 * @param sharing the data-sharing list
 * @param items the constituent items in order
 * @param inferred the values of this bundle that the document does not state, by field name ({@code lead},
 *        {@code co} …, as in the catalog file), each with the reason it was inferred; every other value is stated
 */
public record OneThing(String id, String seq, String name, List<String> lead, List<String> co, String level,
        String place, String process, Limit limit, List<String> remarks, List<String> flow,
        List<Material> materials, String result, List<String> rules, List<String> sharing,
        List<BundleItem> items, Map<String, String> inferred) {
    public OneThing {
        lead = List.copyOf(lead);
        co = List.copyOf(co);
        remarks = List.copyOf(remarks);
        flow = List.copyOf(flow);
        materials = List.copyOf(materials);
        rules = List.copyOf(rules);
        sharing = List.copyOf(sharing);
        items = List.copyOf(items);
        inferred = Inferred.copy(inferred);
    }

    /** A bundle whose every value is stated by its document. */
    public OneThing(String id, String seq, String name, List<String> lead, List<String> co, String level,
            String place, String process, Limit limit, List<String> remarks, List<String> flow,
            List<Material> materials, String result, List<String> rules, List<String> sharing,
            List<BundleItem> items) {
        this(id, seq, name, lead, co, level, place, process, limit, remarks, flow, materials, result, rules, sharing,
                items, Map.of());
    }
}
