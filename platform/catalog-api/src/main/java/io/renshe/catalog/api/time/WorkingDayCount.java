package io.renshe.catalog.api.time;

/**
 * The number of working days between two dates: those after {@code from} up to and including {@code to}, so that
 * the count from an acceptance day to the due date of N working days is N. Negative when {@code to} is before
 * {@code from}.
 *
 * @param jurisdictionId the jurisdiction whose calendar was used
 * @param from the first date, {@code yyyy-MM-dd}
 * @param to the second date, {@code yyyy-MM-dd}
 * @param workingDays the working days in ({@code from}, {@code to}], negated when {@code to} is before {@code from}
 * @param coverage {@code null} when every year between the two dates is covered by the national calendar; otherwise a
 *        note saying that only weekends (and local days) were treated as non-working days in the others
 */
public record WorkingDayCount(String jurisdictionId, String from, String to, long workingDays, String coverage) {
}
