package io.renshe.catalog.application;

/**
 * A unit's queue: the open tasks of a jurisdiction, ordered by committed due date (tasks without one last), then by
 * number.
 *
 * @param jurisdiction the jurisdiction (required)
 * @param unit only the tasks of this unit, or {@code null}; {@link #FRONT_DESK} for the tasks no unit is named for
 * @param state only tasks in this state, or {@code null} for every open state (submitted, accepted, returned,
 *        approved)
 * @param due only tasks due so, or {@code null}
 * @param limit at most this many, 1 to 1000
 */
public record TaskQuery(String jurisdiction, String unit, TaskState state, DueFilter due, int limit) {

    /** The unit filter of the tasks for which the catalog names no unit: the front desk handles them. */
    public static final String FRONT_DESK = "综合窗口";
}
