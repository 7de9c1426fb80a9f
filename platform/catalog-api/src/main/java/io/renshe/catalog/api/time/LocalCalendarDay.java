package io.renshe.catalog.api.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that a jurisdiction adds to the national calendar: an extra non-working day, or an extra working day.
 *
 * @param date the day
 * @param workingDay {@code true} for an extra working day, {@code false} for an extra non-working day
 * @param name why (e.g. the name of the local holiday)
 */
public record LocalCalendarDay(LocalDate date, boolean workingDay, String name) {

    /** Requires a date and a name. */
    public LocalCalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }

    /**
     * An extra non-working day.
     *
     * @param date the day
     * @param name its name
     * @return the day
     */
    public static LocalCalendarDay holiday(LocalDate date, String name) {
        return new LocalCalendarDay(date, false, name);
    }

    /**
     * An extra working day.
     *
     * @param date the day
     * @param name its name
     * @return the day
     */
    public static LocalCalendarDay workingDay(LocalDate date, String name) {
        return new LocalCalendarDay(date, true, name);
    }
}
