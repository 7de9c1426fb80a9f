package io.renshe.catalog.api.time;

/**
 * Calendar data that was rejected: a holiday file, a local configuration or a local calendar provider.
 * Rejected data changes nothing: the calendar keeps what it had before.
 *
 * @param source what was rejected: a file path, a configuration PID, a provider
 * @param year the year it concerns, {@code null} when it is not about one year
 * @param jurisdictionId the jurisdiction it concerns, {@code null} for national data
 * @param message the reason
 */
public record CalendarProblem(String source, Integer year, String jurisdictionId, String message) {
}
