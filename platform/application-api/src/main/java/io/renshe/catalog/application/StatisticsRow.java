package io.renshe.catalog.application;

/**
 * The outcome of the tasks of one group (a unit, an item version, a one-thing version).
 *
 * @param key the unit's name ({@link TaskQuery#FRONT_DESK} for tasks without one), the item's id, or the one-thing's
 *        id ({@code single-items} for applications without one); {@code total} for the total row
 * @param name the item's or one-thing's name, or {@code null}
 * @param catalogVersion the jurisdiction bundle's version at the time of application (item and one-thing groups), or
 *        {@code null}
 * @param itemState the item's catalog fingerprint at the time of application (item groups), or {@code null}
 * @param received tasks received (submitted)
 * @param completed tasks approved (and possibly delivered)
 * @param refused tasks refused
 * @param onTime completed tasks decided on or before their committed due date
 * @param late completed tasks decided after their committed due date
 * @param overdue open tasks whose committed due date is past
 * @param open tasks not yet decided
 * @param averageWorkingDays the average working days from acceptance to decision of the completed tasks, the
 *        suspended days left out; {@code null} when none is completed
 * @param ratings the ratings of the applications that hold the group's tasks
 * @param followUps poor ratings (1 or 2) among them
 */
public record StatisticsRow(String key, String name, String catalogVersion, String itemState, int received,
        int completed, int refused, int onTime, int late, int overdue, int open, Double averageWorkingDays,
        RatingCounts ratings, int followUps) {
}
