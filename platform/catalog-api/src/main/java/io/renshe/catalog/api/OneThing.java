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

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this bundle's values. */
    public Builder toBuilder() {
        return new Builder().id(id).seq(seq).name(name).lead(lead).co(co).level(level).place(place)
                .process(process).limit(limit).remarks(remarks).flow(flow).materials(materials)
                .result(result).rules(rules).sharing(sharing).items(items).inferred(inferred);
    }

    /** Builds a {@link OneThing}; a value not set is {@code null}, {@code false} or an empty list. */
    public static final class Builder {
        private String id;
        private String seq;
        private String name;
        private List<String> lead = List.of();
        private List<String> co = List.of();
        private String level;
        private String place;
        private String process;
        private Limit limit;
        private List<String> remarks = List.of();
        private List<String> flow = List.of();
        private List<Material> materials = List.of();
        private String result;
        private Map<String, String> inferred = Map.of();
        private List<String> rules = List.of();
        private List<String> sharing = List.of();
        private List<BundleItem> items = List.of();

        private Builder() {
        }

        /** @see OneThing#id() */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** @see OneThing#seq() */
        public Builder seq(String value) {
            seq = value;
            return this;
        }

        /** @see OneThing#name() */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** @see OneThing#lead() */
        public Builder lead(List<String> value) {
            lead = value;
            return this;
        }

        /** @see OneThing#co() */
        public Builder co(List<String> value) {
            co = value;
            return this;
        }

        /** @see OneThing#level() */
        public Builder level(String value) {
            level = value;
            return this;
        }

        /** @see OneThing#place() */
        public Builder place(String value) {
            place = value;
            return this;
        }

        /** @see OneThing#process() */
        public Builder process(String value) {
            process = value;
            return this;
        }

        /** @see OneThing#limit() */
        public Builder limit(Limit value) {
            limit = value;
            return this;
        }

        /** @see OneThing#remarks() */
        public Builder remarks(List<String> value) {
            remarks = value;
            return this;
        }

        /** @see OneThing#flow() */
        public Builder flow(List<String> value) {
            flow = value;
            return this;
        }

        /** @see OneThing#materials() */
        public Builder materials(List<Material> value) {
            materials = value;
            return this;
        }

        /** @see OneThing#result() */
        public Builder result(String value) {
            result = value;
            return this;
        }

        /** @see OneThing#rules() */
        public Builder rules(List<String> value) {
            rules = value;
            return this;
        }

        /** @see OneThing#sharing() */
        public Builder sharing(List<String> value) {
            sharing = value;
            return this;
        }

        /** @see OneThing#items() */
        public Builder items(List<BundleItem> value) {
            items = value;
            return this;
        }

        /** @see OneThing#inferred() */
        public Builder inferred(Map<String, String> value) {
            inferred = value;
            return this;
        }

        /** The bundle. */
        public OneThing build() {
            return new OneThing(id, seq, name, lead, co, level, place, process, limit, remarks, flow, materials,
                    result, rules, sharing, items, inferred);
        }
    }
}
