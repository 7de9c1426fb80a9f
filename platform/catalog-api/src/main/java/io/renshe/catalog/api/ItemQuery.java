package io.renshe.catalog.api;

/**
 * Filters of an item query; {@code null} means any. Build one with {@link #builder()}.
 *
 * @param level offered at this handling level
 * @param channel offered through this channel
 * @param unit handled by this unit: its name or an alias, compared as names are (spaces ignored, full- and half-width
 *        brackets alike); see {@link CatalogService#unit(String, String)}
 * @param category in this category
 * @param applicant for this applicant type
 * @param text a substring of the item's name or of one of its aliases or row names
 */
public record ItemQuery(HandlingLevel level, Channel channel, String unit, Category category, ApplicantType applicant,
        String text) {

    /** A query that matches every item. */
    public static final ItemQuery ALL = builder().build();

    /** A builder of a query that matches every item. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's filters. */
    public Builder toBuilder() {
        return new Builder().level(level).channel(channel).unit(unit).category(category).applicant(applicant)
                .text(text);
    }

    /** Builds an {@link ItemQuery}; a filter not set matches any item. */
    public static final class Builder {
        private HandlingLevel level;
        private Channel channel;
        private String unit;
        private Category category;
        private ApplicantType applicant;
        private String text;

        private Builder() {
        }

        /** @see ItemQuery#level() */
        public Builder level(HandlingLevel value) {
            level = value;
            return this;
        }

        /** @see ItemQuery#channel() */
        public Builder channel(Channel value) {
            channel = value;
            return this;
        }

        /** @see ItemQuery#unit() */
        public Builder unit(String value) {
            unit = value;
            return this;
        }

        /** @see ItemQuery#category() */
        public Builder category(Category value) {
            category = value;
            return this;
        }

        /** @see ItemQuery#applicant() */
        public Builder applicant(ApplicantType value) {
            applicant = value;
            return this;
        }

        /** @see ItemQuery#text() */
        public Builder text(String value) {
            text = value;
            return this;
        }

        /** The query. */
        public ItemQuery build() {
            return new ItemQuery(level, channel, unit, category, applicant, text);
        }
    }
}
