package io.renshe.catalog.api.time;

import java.util.List;

/**
 * A year of a jurisdiction's calendar: its public holidays and adjusted working days, national and local.
 *
 * @param jurisdictionId the jurisdiction
 * @param year the year
 * @param coverage {@code null} when the national calendar covers the year; otherwise a note saying that only weekends
 *        (and local days) are treated as non-working days in it
 * @param sources where the national data of the year comes from: the State Council notices and the files read
 * @param workingDays how many working days the year has in this jurisdiction
 * @param holidays the year's non-working days other than ordinary weekends ({@link DayType#HOLIDAY} and
 *        {@link DayType#LOCAL_HOLIDAY}), in order
 * @param adjustedWorkingDays the year's working days on a weekend ({@link DayType#ADJUSTED_WORKING_DAY} and
 *        {@link DayType#LOCAL_WORKING_DAY}), in order
 * @param problems rejected data that concerns this year or this jurisdiction
 */
public record YearCalendar(String jurisdictionId, int year, String coverage, List<String> sources, int workingDays,
        List<CalendarDay> holidays, List<CalendarDay> adjustedWorkingDays, List<CalendarProblem> problems) {

    /** Copies the lists. */
    public YearCalendar {
        sources = List.copyOf(sources);
        holidays = List.copyOf(holidays);
        adjustedWorkingDays = List.copyOf(adjustedWorkingDays);
        problems = List.copyOf(problems);
    }
}
