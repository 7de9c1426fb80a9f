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

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this item's values. */
    public Builder toBuilder() {
        return new Builder().seq(seq).name(name).item(item).local(local).code(code).units(units)
                .includes(includes).limit(limit).materials(materials).remarks(remarks).original(original).rules(rules).inferred(inferred);
    }

    /** Builds a {@link BundleItem}; a value not set is {@code null}, {@code false} or an empty list. */
    public static final class Builder {
        private String seq;
        private String name;
        private String item;
        private boolean local;
        private String code;
        private List<String> units = List.of();
        private List<String> includes = List.of();
        private Limit limit;
        private List<Material> materials = List.of();
        private String remarks;
        private String original;
        private List<String> rules = List.of();
        private Map<String, String> inferred = Map.of();

        private Builder() {
        }

        /** @see BundleItem#seq() */
        public Builder seq(String value) {
            seq = value;
            return this;
        }

        /** @see BundleItem#name() */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** @see BundleItem#item() */
        public Builder item(String value) {
            item = value;
            return this;
        }

        /** @see BundleItem#local() */
        public Builder local(boolean value) {
            local = value;
            return this;
        }

        /** @see BundleItem#code() */
        public Builder code(String value) {
            code = value;
            return this;
        }

        /** @see BundleItem#units() */
        public Builder units(List<String> value) {
            units = value;
            return this;
        }

        /** @see BundleItem#includes() */
        public Builder includes(List<String> value) {
            includes = value;
            return this;
        }

        /** @see BundleItem#limit() */
        public Builder limit(Limit value) {
            limit = value;
            return this;
        }

        /** @see BundleItem#materials() */
        public Builder materials(List<Material> value) {
            materials = value;
            return this;
        }

        /** @see BundleItem#remarks() */
        public Builder remarks(String value) {
            remarks = value;
            return this;
        }

        /** @see BundleItem#original() */
        public Builder original(String value) {
            original = value;
            return this;
        }

        /** @see BundleItem#rules() */
        public Builder rules(List<String> value) {
            rules = value;
            return this;
        }

        /** @see BundleItem#inferred() */
        public Builder inferred(Map<String, String> value) {
            inferred = value;
            return this;
        }

        /** The item. */
        public BundleItem build() {
            return new BundleItem(seq, name, item, local, code, units, includes, limit, materials, remarks, original, rules, inferred);
        }
    }
}
