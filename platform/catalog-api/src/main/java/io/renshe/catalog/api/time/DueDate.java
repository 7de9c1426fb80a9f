package io.renshe.catalog.api.time;

import java.util.List;

/**
 * The due date of a time limit counted from an acceptance day.
 * <p>
 * The acceptance day is day 0. N working days end on the Nth working day after it; immediate is the acceptance day
 * itself; N natural days and N months are counted on the calendar as written (a day missing in a shorter month is
 * that month's last day). A rule is computed from the part of it that can be computed, and {@code note} says so.
 *
 * @param jurisdictionId the jurisdiction whose calendar was used
 * @param from the acceptance day, {@code yyyy-MM-dd}
 * @param limit the time limit, as parsed
 * @param due the due date, {@code yyyy-MM-dd}; {@code null} when the limit has no computable part
 * @param skipped the non-working days after {@code from} and before {@code due} that a working-day limit skipped, in
 *        order; empty for other limits
 * @param coverage {@code null} when every year from {@code from} to {@code due} is covered by the national calendar;
 *        otherwise a note saying that only weekends (and local days) were treated as non-working days in the others
 * @param note {@code null}, or what the caller should know about how the limit was read (a rule computed from its
 *        computable part, a limit without a due date)
 */
public record DueDate(String jurisdictionId, String from, TimeLimit limit, String due, List<CalendarDay> skipped,
        String coverage, String note) {

    /** Copies {@code skipped}. */
    public DueDate {
        skipped = List.copyOf(skipped);
    }
}
