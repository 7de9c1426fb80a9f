package io.renshe.catalog.api;

import java.util.List;
import java.util.Map;

/**
 * A row of an item list. Build one with {@link #builder()}.
 *
 * @param seq the sequence number printed in the list
 * @param name the item name as written in this row
 * @param item the id of the catalogue or local item the row stands for
 * @param local {@code true} when the row matches no core catalogue item
 * @param code the national code printed in the row, or {@code null}
 * @param units the units (职能单位) of the row
 * @param channels the channels ticked
 * @param online online details, or {@code null}
 * @param limit the completion limit (办结时限), or {@code null}
 * @param limitBefore for an accelerated list, the limit before, or {@code null}
 * @param limitAfter for an accelerated list, the limit after, or {@code null}
 * @param applicants applicant types of the row ({@link ApplicantType} keys)
 * @param category the category the list gives ({@link Category} key), or {@code null}
 * @param levels the duty at each handling level the list names
 * @param remarks remarks as written, or {@code null}
 * @param original the raw text where it was normalised, or {@code null}
 * @param inferred the values of this row that the document does not state, by field name ({@code units},
 *        {@code limit} …, as in the catalog file), each with the reason it was inferred; every other value is stated
 * @param provenance for a row that a local office added or changed: the overlay change that made it what it is (see
 *        {@link Provenance#overlay()}); {@code null} for a row as its list's bundle ships it
 */
public record ListEntry(String seq, String name, String item, boolean local, String code, List<String> units,
        List<Channel> channels, OnlineAccess online, Limit limit, Limit limitBefore, Limit limitAfter,
        List<String> applicants, String category, List<LevelDuty> levels, String remarks, String original,
        Map<String, String> inferred, Provenance provenance) {
    public ListEntry {
        units = List.copyOf(units);
        channels = List.copyOf(channels);
        applicants = List.copyOf(applicants);
        levels = List.copyOf(levels);
        inferred = Inferred.copy(inferred);
    }

    /** A row as its list's bundle ships it. */
    public ListEntry(String seq, String name, String item, boolean local, String code, List<String> units,
            List<Channel> channels, OnlineAccess online, Limit limit, Limit limitBefore, Limit limitAfter,
            List<String> applicants, String category, List<LevelDuty> levels, String remarks, String original,
            Map<String, String> inferred) {
        this(seq, name, item, local, code, units, channels, online, limit, limitBefore, limitAfter, applicants, category,
                levels, remarks, original, inferred, null);
    }

    /** A row whose every value is stated by its document. */
    public ListEntry(String seq, String name, String item, boolean local, String code, List<String> units,
            List<Channel> channels, OnlineAccess online, Limit limit, Limit limitBefore, Limit limitAfter,
            List<String> applicants, String category, List<LevelDuty> levels, String remarks, String original) {
        this(seq, name, item, local, code, units, channels, online, limit, limitBefore, limitAfter, applicants, category,
                levels, remarks, original, Map.of(), null);
    }

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this row's values. */
    public Builder toBuilder() {
        return new Builder().seq(seq).name(name).item(item).local(local).code(code).units(units).channels(channels)
                .online(online).limit(limit).limitBefore(limitBefore).limitAfter(limitAfter).applicants(applicants)
                .category(category).levels(levels).remarks(remarks).original(original).inferred(inferred)
                .provenance(provenance);
    }

    /** Builds a {@link ListEntry}; a value not set is {@code null}, {@code false} or an empty list. */
    public static final class Builder {
        private String seq;
        private String name;
        private String item;
        private boolean local;
        private String code;
        private List<String> units = List.of();
        private List<Channel> channels = List.of();
        private OnlineAccess online;
        private Limit limit;
        private Limit limitBefore;
        private Limit limitAfter;
        private List<String> applicants = List.of();
        private String category;
        private List<LevelDuty> levels = List.of();
        private String remarks;
        private String original;
        private Map<String, String> inferred = Map.of();
        private Provenance provenance;

        private Builder() {
        }

        /** @see ListEntry#seq() */
        public Builder seq(String value) {
            seq = value;
            return this;
        }

        /** @see ListEntry#name() */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** @see ListEntry#item() */
        public Builder item(String value) {
            item = value;
            return this;
        }

        /** @see ListEntry#local() */
        public Builder local(boolean value) {
            local = value;
            return this;
        }

        /** @see ListEntry#code() */
        public Builder code(String value) {
            code = value;
            return this;
        }

        /** @see ListEntry#units() */
        public Builder units(List<String> value) {
            units = value;
            return this;
        }

        /** @see ListEntry#channels() */
        public Builder channels(List<Channel> value) {
            channels = value;
            return this;
        }

        /** @see ListEntry#online() */
        public Builder online(OnlineAccess value) {
            online = value;
            return this;
        }

        /** @see ListEntry#limit() */
        public Builder limit(Limit value) {
            limit = value;
            return this;
        }

        /** @see ListEntry#limitBefore() */
        public Builder limitBefore(Limit value) {
            limitBefore = value;
            return this;
        }

        /** @see ListEntry#limitAfter() */
        public Builder limitAfter(Limit value) {
            limitAfter = value;
            return this;
        }

        /** @see ListEntry#applicants() */
        public Builder applicants(List<String> value) {
            applicants = value;
            return this;
        }

        /** @see ListEntry#category() */
        public Builder category(String value) {
            category = value;
            return this;
        }

        /** @see ListEntry#levels() */
        public Builder levels(List<LevelDuty> value) {
            levels = value;
            return this;
        }

        /** @see ListEntry#remarks() */
        public Builder remarks(String value) {
            remarks = value;
            return this;
        }

        /** @see ListEntry#original() */
        public Builder original(String value) {
            original = value;
            return this;
        }

        /** @see ListEntry#inferred() */
        public Builder inferred(Map<String, String> value) {
            inferred = value;
            return this;
        }

        /** @see ListEntry#provenance() */
        public Builder provenance(Provenance value) {
            provenance = value;
            return this;
        }

        /** The row. */
        public ListEntry build() {
            return new ListEntry(seq, name, item, local, code, units, channels, online, limit, limitBefore, limitAfter,
                    applicants, category, levels, remarks, original, inferred, provenance);
        }
    }
}
