package io.renshe.catalog.api;

import java.util.List;

/**
 * A service item (服务事项): of the core catalogue, or local to a jurisdiction.
 *
 * @param id the national code where known, else the canonical name
 * @param code the national code (e.g. {@code 1.10.1}), or {@code null}
 * @param name the canonical name
 * @param aliases other names the documents use for the same item
 * @param category 业务办理类 or 查询、打印类, or {@code null}
 * @param applicants 个人, 法人, 单位
 * @param local {@code true} for an item that matches nothing in the core catalogue
 * @param jurisdiction for a local item, the jurisdiction that defines it; else {@code null}
 */
public record Item(String id, String code, String name, List<String> aliases, String category,
        List<String> applicants, boolean local, String jurisdiction) {
    public Item {
        aliases = List.copyOf(aliases);
        applicants = List.copyOf(applicants);
    }

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this item's values. */
    public Builder toBuilder() {
        return new Builder().id(id).code(code).name(name).aliases(aliases).category(category)
                .applicants(applicants).local(local).jurisdiction(jurisdiction);
    }

    /** Builds an {@link Item}; a value not set is {@code null}, {@code false} or an empty list. */
    public static final class Builder {
        private String id;
        private String code;
        private String name;
        private List<String> aliases = List.of();
        private String category;
        private List<String> applicants = List.of();
        private boolean local;
        private String jurisdiction;

        private Builder() {
        }

        /** @see Item#id() */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** @see Item#code() */
        public Builder code(String value) {
            code = value;
            return this;
        }

        /** @see Item#name() */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** @see Item#aliases() */
        public Builder aliases(List<String> value) {
            aliases = value;
            return this;
        }

        /** @see Item#category() */
        public Builder category(String value) {
            category = value;
            return this;
        }

        /** @see Item#applicants() */
        public Builder applicants(List<String> value) {
            applicants = value;
            return this;
        }

        /** @see Item#local() */
        public Builder local(boolean value) {
            local = value;
            return this;
        }

        /** @see Item#jurisdiction() */
        public Builder jurisdiction(String value) {
            jurisdiction = value;
            return this;
        }

        /** The item. */
        public Item build() {
            return new Item(id, code, name, aliases, category, applicants, local, jurisdiction);
        }
    }
}
