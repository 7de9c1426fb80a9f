package io.renshe.catalog.api;

import java.util.List;

/**
 * One place where a jurisdiction offers an item: a row of a list or an item of a one-thing bundle.
 *
 * @param jurisdiction the jurisdiction whose effective catalog holds it
 * @param source the jurisdiction that defines the list or bundle
 * @param kind {@code list} or {@code bundle}
 * @param container the id of the list or bundle set
 * @param title the title of the list, or the name of the bundle
 * @param seq the row or item number
 * @param name the item name as written there
 * @param levels the handling levels that apply
 * @param channels the channels
 * @param units the units
 * @param limit the limit, or {@code null}
 * @param limitBefore the limit before acceleration, or {@code null}
 * @param limitAfter the limit after acceleration, or {@code null}
 * @param inferred the fields of this offering whose values the document does not state for this row or item
 *        ({@code levels}, {@code channels}, {@code units}, {@code limit} …, and {@code item} when which item it is
 *        was inferred): derived by the platform (handling levels from the channels, a bundle's level text or the
 *        jurisdiction's level; a bundle item's channels from the bundle's place, its units and limit from the bundle)
 *        or marked inferred in the catalog file; empty when every value is stated
 * @param provenance for a list row that a local office added or changed, the overlay change that made it what it is;
 *        {@code null} for a row or bundle item as its bundle ships it
 */
public record Offering(String jurisdiction, String source, String kind, String container, String title, String seq,
        String name, List<HandlingLevel> levels, List<Channel> channels, List<String> units, Limit limit,
        Limit limitBefore, Limit limitAfter, List<String> inferred, Provenance provenance) {
    public Offering {
        levels = List.copyOf(levels);
        channels = List.copyOf(channels);
        units = List.copyOf(units);
        inferred = List.copyOf(inferred);
    }

    /** An offering as its bundle ships it. */
    public Offering(String jurisdiction, String source, String kind, String container, String title, String seq,
            String name, List<HandlingLevel> levels, List<Channel> channels, List<String> units, Limit limit,
            Limit limitBefore, Limit limitAfter, List<String> inferred) {
        this(jurisdiction, source, kind, container, title, seq, name, levels, channels, units, limit, limitBefore,
                limitAfter, inferred, null);
    }

    /** An offering whose every value is stated by its document. */
    public Offering(String jurisdiction, String source, String kind, String container, String title, String seq,
            String name, List<HandlingLevel> levels, List<Channel> channels, List<String> units, Limit limit,
            Limit limitBefore, Limit limitAfter) {
        this(jurisdiction, source, kind, container, title, seq, name, levels, channels, units, limit, limitBefore,
                limitAfter, List.of());
    }

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this offering's values. */
    public Builder toBuilder() {
        return new Builder().jurisdiction(jurisdiction).source(source).kind(kind).container(container)
                .title(title).seq(seq).name(name).levels(levels).channels(channels).units(units)
                .limit(limit).limitBefore(limitBefore).limitAfter(limitAfter).inferred(inferred).provenance(provenance);
    }

    /** Builds an {@link Offering}; a value not set is {@code null}, {@code false} or an empty list. */
    public static final class Builder {
        private String jurisdiction;
        private String source;
        private String kind;
        private String container;
        private String title;
        private String seq;
        private String name;
        private List<HandlingLevel> levels = List.of();
        private List<Channel> channels = List.of();
        private List<String> units = List.of();
        private Limit limit;
        private Limit limitBefore;
        private Limit limitAfter;
        private List<String> inferred = List.of();
        private Provenance provenance;

        private Builder() {
        }

        /** @see Offering#jurisdiction() */
        public Builder jurisdiction(String value) {
            jurisdiction = value;
            return this;
        }

        /** @see Offering#source() */
        public Builder source(String value) {
            source = value;
            return this;
        }

        /** @see Offering#kind() */
        public Builder kind(String value) {
            kind = value;
            return this;
        }

        /** @see Offering#container() */
        public Builder container(String value) {
            container = value;
            return this;
        }

        /** @see Offering#title() */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** @see Offering#seq() */
        public Builder seq(String value) {
            seq = value;
            return this;
        }

        /** @see Offering#name() */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** @see Offering#levels() */
        public Builder levels(List<HandlingLevel> value) {
            levels = value;
            return this;
        }

        /** @see Offering#channels() */
        public Builder channels(List<Channel> value) {
            channels = value;
            return this;
        }

        /** @see Offering#units() */
        public Builder units(List<String> value) {
            units = value;
            return this;
        }

        /** @see Offering#limit() */
        public Builder limit(Limit value) {
            limit = value;
            return this;
        }

        /** @see Offering#limitBefore() */
        public Builder limitBefore(Limit value) {
            limitBefore = value;
            return this;
        }

        /** @see Offering#limitAfter() */
        public Builder limitAfter(Limit value) {
            limitAfter = value;
            return this;
        }

        /** @see Offering#inferred() */
        public Builder inferred(List<String> value) {
            inferred = value;
            return this;
        }

        /** @see Offering#provenance() */
        public Builder provenance(Provenance value) {
            provenance = value;
            return this;
        }

        /** The offering. */
        public Offering build() {
            return new Offering(jurisdiction, source, kind, container, title, seq, name, levels, channels, units,
                    limit, limitBefore, limitAfter, inferred, provenance);
        }
    }
}
