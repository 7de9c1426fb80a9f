package io.renshe.catalog.calendar.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated holiday file of one State Council notice (holiday-cn format).
 *
 * @param source where it was read from
 * @param year the year of the notice (the file's name)
 * @param papers the notices, as URLs
 * @param days the public holidays and adjusted working days it lists; may include days of the neighbouring years
 */
record HolidayFile(String source, int year, List<String> papers, List<Day> days) {

    HolidayFile {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    /**
     * One listed day.
     *
     * @param date the date
     * @param name the holiday (春节, 国庆节 …)
     * @param offDay {@code true} for a public holiday, {@code false} for an adjusted working day on a weekend
     */
    record Day(LocalDate date, String name, boolean offDay) {
    }
}
