package io.renshe.catalog.api.time;

/**
 * The answer to "is this date a working day in this jurisdiction, and why?".
 *
 * @param jurisdictionId the jurisdiction asked about
 * @param day the day
 * @param coverage {@code null} when the day's year is covered by the national calendar; otherwise a note saying that
 *        only weekends (and local days) were treated as non-working days
 */
public record DayStatus(String jurisdictionId, CalendarDay day, String coverage) {
}
