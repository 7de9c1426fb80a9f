package io.renshe.catalog.application;

import java.time.Instant;
import java.util.List;

/**
 * A poor rating (差评: 1 or 2) for the units of an application to follow up.
 *
 * @param application the application's number
 * @param jurisdiction its jurisdiction
 * @param units the units of its tasks ({@link TaskQuery#FRONT_DESK} for tasks without one)
 * @param items its items
 * @param score the score
 * @param label the score's label
 * @param comment the applicant's comment, or {@code null}
 * @param at when it was rated
 */
public record FollowUp(String application, String jurisdiction, List<String> units, List<String> items, int score,
        String label, String comment, Instant at) {

    /** Copies the lists. */
    public FollowUp {
        units = List.copyOf(units);
        items = List.copyOf(items);
    }
}
