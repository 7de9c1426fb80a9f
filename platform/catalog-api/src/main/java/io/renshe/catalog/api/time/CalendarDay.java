package io.renshe.catalog.api.time;

import java.util.Objects;

/**
 * One day of a jurisdiction's calendar: whether it is a working day, and why.
 *
 * @param date {@code yyyy-MM-dd}
 * @param workingDay whether it is a working day
 * @param type why
 * @param name the holiday's name for a holiday or an adjusted working day (春节, 国庆节), the local name for a local
 *        day, {@code null} for an ordinary weekday or weekend day
 */
public record CalendarDay(String date, boolean workingDay, DayType type, String name) {

    /**
     * Checks that {@code workingDay} agrees with {@code type}.
     *
     * @throws IllegalArgumentException when it does not
     */
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        if (workingDay != type.working()) {
            throw new IllegalArgumentException(date + ": a " + type + " day cannot have workingDay " + workingDay);
        }
    }
}
