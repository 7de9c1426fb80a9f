package io.renshe.catalog.application.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import io.renshe.catalog.api.time.CalendarService;
import io.renshe.catalog.api.time.TimeLimit;

/**
 * The due dates of a task's clocks on the jurisdiction's working-day calendar, and how a suspension moves them.
 * <ul>
 * <li>Day 0 is the acceptance day (the submission day while the task waits for acceptance: provisional). N working
 * days end on the Nth working day after it, immediate is day 0 itself, N natural days or months are counted as
 * written ({@link CalendarService#due}).</li>
 * <li>A return for missing materials (补正) stops the clocks; the resubmission starts them again: the working days
 * after the return day up to and including the resubmission day do not count, so a working-day due date moves by
 * that many working days. A clock counted in natural days or months, and an immediate one, moves by the calendar
 * days between the two days.</li>
 * </ul>
 */
final class Clocks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

    private final CalendarService calendar;

    Clocks(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** The due date of a limit counted from day 0; {@code null} when the limit has none. */
    LocalDate due(String jurisdiction, TimeLimit limit, LocalDate dayZero) {
        if (limit == null || !limit.computable()) {
            return null;
        }
        return calendar.due(jurisdiction, limit, dayZero).orElse(null);
    }

    /** The working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    long workingDaysBetween(String jurisdiction, LocalDate from, LocalDate to) {
        return Math.max(0, calendar.workingDaysBetween(jurisdiction, from, to).workingDays());
    }

    /**
     * The due date after a suspension from {@code returnedOn} to {@code resumedOn}.
     *
     * @param due the due date before the suspension, or {@code null}
     * @return the due date after it, or {@code null}
     */
    LocalDate resume(String jurisdiction, TimeLimit limit, LocalDate due, LocalDate returnedOn, LocalDate resumedOn) {
        if (due == null || limit == null || !limit.computable()) {
            return due;
        }
        if (limit.unit() == TimeLimit.Unit.WORKING_DAY) {
            long suspended = workingDaysBetween(jurisdiction, returnedOn, resumedOn);
            return calendar.addWorkingDays(jurisdiction, due, Math.toIntExact(suspended));
        }
        return due.plusDays(Math.max(0, ChronoUnit.DAYS.between(returnedOn, resumedOn)));
    }

    /** Whether a suspension moves a clock by working days (else by calendar days). */
    static boolean countsWorkingDays(TimeLimit limit) {
        return limit != null && limit.unit() == TimeLimit.Unit.WORKING_DAY;
    }

    static String day(LocalDate date) {
        return date == null ? "无" : DAY.format(date);
    }
}
