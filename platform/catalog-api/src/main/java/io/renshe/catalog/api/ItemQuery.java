package io.renshe.catalog.api;

/**
 * Filters of an item query; {@code null} means any.
 *
 * @param level offered at this handling level
 * @param channel offered through this channel
 * @param unit handled by this unit (name or alias)
 * @param category in this category
 * @param applicant for this applicant type
 * @param text a substring of the item's name or of one of its aliases or row names
 */
public record ItemQuery(HandlingLevel level, Channel channel, String unit, String category, String applicant,
        String text) {

    /** A query that matches every item. */
    public static final ItemQuery ALL = new ItemQuery(null, null, null, null, null, null);
}
