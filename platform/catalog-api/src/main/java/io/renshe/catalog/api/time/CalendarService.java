package io.renshe.catalog.api.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The working-day calendar of every jurisdiction: the national public holidays and adjusted working days (调休) of the
 * years the State Council has announced, weekends, and each jurisdiction's local days.
 * <p>
 * Every jurisdiction id of six digits has a calendar: the national one plus the local days registered for that id.
 * Outside the covered years ({@link CalendarStatus#coveredYears()}) only weekends (and local days) are non-working
 * days, and every answer that touches such a year carries a {@code coverage} note saying so.
 * <p>
 * Thread-safe; each call answers from one consistent snapshot. Due dates and working-day counts take time logarithmic
 * in the calendar's span, whatever the number of days.
 */
@ProviderType
public interface CalendarService {

    /**
     * The years covered, the local jurisdictions and the rejected data.
     *
     * @return the status now
     */
    CalendarStatus status();

    /**
     * The rejected calendar data (malformed holiday files, local configurations, providers), with the reasons.
     *
     * @return the problems now
     */
    default List<CalendarProblem> problems() {
        return status().problems();
    }

    /**
     * Whether a date is a working day in a jurisdiction.
     *
     * @param jurisdictionId six digits
     * @param date the date
     * @return whether it is a working day
     * @throws IllegalArgumentException when the id is not six digits
     */
    boolean isWorkingDay(String jurisdictionId, LocalDate date);

    /**
     * Whether a date is a working day in a jurisdiction, and why.
     *
     * @param jurisdictionId six digits
     * @param date the date
     * @return the day, with a coverage note outside the covered years
     * @throws IllegalArgumentException when the id is not six digits
     */
    DayStatus day(String jurisdictionId, LocalDate date);

    /**
     * The Nth working day after a date (the date itself for 0).
     *
     * @param jurisdictionId six digits
     * @param from day 0
     * @param workingDays N, at least 0
     * @return the Nth working day after {@code from}
     * @throws IllegalArgumentException when the id is not six digits or N is negative
     */
    LocalDate addWorkingDays(String jurisdictionId, LocalDate from, int workingDays);

    /**
     * The due date of a time limit, fast: no list of skipped days, no notes.
     *
     * @param jurisdictionId six digits
     * @param limit the limit
     * @param from the acceptance day (day 0)
     * @return the due date; empty when the limit has nothing to compute ({@link TimeLimit#computable()} is false)
     * @throws IllegalArgumentException when the id is not six digits
     * @see DueDate for how each kind of limit is counted
     */
    Optional<LocalDate> due(String jurisdictionId, TimeLimit limit, LocalDate from);

    /**
     * The due date of a time limit with the non-working days it skipped, the coverage and notes.
     *
     * @param jurisdictionId six digits
     * @param limit the limit
     * @param from the acceptance day (day 0)
     * @return the answer
     * @throws IllegalArgumentException when the id is not six digits
     */
    DueDate dueDate(String jurisdictionId, TimeLimit limit, LocalDate from);

    /**
     * The working days after {@code from} up to and including {@code to}.
     *
     * @param jurisdictionId six digits
     * @param from the first date
     * @param to the second date
     * @return the count, negative when {@code to} is before {@code from}
     * @throws IllegalArgumentException when the id is not six digits
     */
    WorkingDayCount workingDaysBetween(String jurisdictionId, LocalDate from, LocalDate to);

    /**
     * A year's public holidays and adjusted working days in a jurisdiction, national and local.
     *
     * @param jurisdictionId six digits
     * @param year the year
     * @return the year
     * @throws IllegalArgumentException when the id is not six digits
     */
    YearCalendar year(String jurisdictionId, int year);
}
