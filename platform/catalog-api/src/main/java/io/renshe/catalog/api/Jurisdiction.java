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

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this jurisdiction's values. */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).level(level).parent(parent).units(units).items(items)
                .hidden(hidden).holidays(holidays);
    }

    /** Builds a {@link Jurisdiction}; a value not set is {@code null}, {@code false} or an empty list. */
    public static final class Builder {
        private String id;
        private String name;
        private Level level;
        private String parent;
        private List<Unit> units = List.of();
        private List<Item> items = List.of();
        private List<String> hidden = List.of();
        private List<LocalDay> holidays = List.of();

        private Builder() {
        }

        /** @see Jurisdiction#id() */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** @see Jurisdiction#name() */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** @see Jurisdiction#level() */
        public Builder level(Level value) {
            level = value;
            return this;
        }

        /** @see Jurisdiction#parent() */
        public Builder parent(String value) {
            parent = value;
            return this;
        }

        /** @see Jurisdiction#units() */
        public Builder units(List<Unit> value) {
            units = value;
            return this;
        }

        /** @see Jurisdiction#items() */
        public Builder items(List<Item> value) {
            items = value;
            return this;
        }

        /** @see Jurisdiction#hidden() */
        public Builder hidden(List<String> value) {
            hidden = value;
            return this;
        }

        /** @see Jurisdiction#holidays() */
        public Builder holidays(List<LocalDay> value) {
            holidays = value;
            return this;
        }

        /** The jurisdiction. */
        public Jurisdiction build() {
            return new Jurisdiction(id, name, level, parent, units, items, hidden, holidays);
        }
    }
}
